//! The key a provider echoes back in its error (`Incorrect API key provided: sk-xxxx***abcd`,
//! `Your api key: ****18b"`): a placeholder means no real key was set; another provider's
//! prefix or an Azure-style hex key means the wrong provider's key was sent.

use super::prefilter::{Matcher, Prepared};
use crate::catalog::catalog;

/// Words that mark a placeholder in an echoed key.
const PLACEHOLDER_WORDS: &[&str] = &[
    "xxx",
    "your",
    "sample",
    "change",
    "example",
    "dummy",
    "placeholder",
    "none",
    "null",
    "undefined",
    "test-key",
    "fake",
];

/// Key prefixes of other providers, as they appear at the start of an echoed key.
const FOREIGN_PREFIXES: &[(&str, &str)] = &[
    ("sk-ant-", "anthropic"),
    ("AIza", "gemini"),
    ("sk-or-", "openrouter"),
    ("gs", "groq"),
    ("xai-", "xai"),
    ("hf_", "huggingface"),
    ("AKIA", "bedrock"),
    ("sk-proj-", "openai"),
];

/// Where a provider echoes the key it received; the key is the first group.
pub(super) const PATTERN: &str =
    r"(?:Incorrect API key provided|Your api key|Received API Key|Received)\s*[:=]\s*([^\s,]+)";

fn echoed<'t>(p: &Prepared<'t>, m: &Matcher) -> Option<&'t str> {
    let raw = p.find_map(m, |c| Some(c.get(1)?.as_str()))?;
    // `provided: .` is an empty key followed by the sentence's full stop.
    if raw == "." {
        return Some("");
    }
    Some(raw.trim_end_matches(['.', '\'']))
}

/// Judges the echoed key: `(cause, weight, evidence)`.
pub(super) fn judge(
    p: &Prepared,
    m: &Matcher,
    provider: Option<&str>,
) -> Option<(&'static str, u32, String)> {
    let key = echoed(p, m)?;
    if key.is_empty() {
        return Some((
            "missing-key",
            6,
            "the key echoed back is empty: no key reached the client".to_string(),
        ));
    }
    let lower = key.to_ascii_lowercase();
    let visible: String = key.chars().filter(|c| *c != '*').collect();
    let shown = format!("the key echoed back ({})", crate::secret::mask(key));
    let inner = key.trim_matches(['<', '>', '{', '}', '"', '\'', '`']);
    if inner.len() != key.len() && inner.len() > 8 {
        return Some((
            "invalid-key",
            5,
            format!("{shown}: the value carries quotes or brackets around the key"),
        ));
    }
    if PLACEHOLDER_WORDS.iter().any(|w| lower.contains(w)) {
        return Some((
            "missing-key",
            6,
            format!("{shown}: a placeholder, not a key"),
        ));
    }
    // `sk-proj-****…MxYA`: the provider masked a key it received. A key was sent; the mask may
    // or may not keep the key's length, so the length proves nothing.
    let masked = is_masked(key);
    if masked {
        if let Some(found) = foreign(key, provider, &shown) {
            return Some(found);
        }
        if provider == Some("openai") && !key.starts_with("sk-") {
            return Some((
                "wrong-provider-key",
                6,
                format!("{shown}: api.openai.com masked a key that does not start with sk-, so not an OpenAI key (an Azure, gateway or other provider's key)"),
            ));
        }
        if hex_shape(key, &visible) && provider != Some("azure-openai") {
            return Some((
                "wrong-provider-key",
                6,
                format!("{shown}: hex digits without a prefix on both sides of the mask, the shape of an Azure key"),
            ));
        }
        return Some((
            "invalid-key",
            4,
            format!("{shown}: a real key was sent (the provider masked it) and refused; mistyped, revoked, or of another account or provider"),
        ));
    }
    if catalog().is_placeholder(key) || lower.starts_with("sk-...") {
        return Some((
            "missing-key",
            6,
            format!("{shown}: a placeholder, not a key"),
        ));
    }
    if is_variable_name(key) {
        return Some((
            "missing-key",
            6,
            format!("{shown}: the name of a variable was sent, not its value"),
        ));
    }
    if let Some(found) = foreign(key, provider, &shown) {
        return Some(found);
    }
    if hex_shape(key, &visible) && provider != Some("azure-openai") {
        return Some((
            "wrong-provider-key",
            7,
            format!("{shown}: hex digits without a prefix, the shape of an Azure key"),
        ));
    }
    let provider = provider?;
    // Only an unmasked echo gets here: its length is the key's length.
    let prefix = own_prefix(key, provider)?;
    // Providers mask the middle but keep the length, so the length tells shapes apart.
    let fits = |p: &crate::catalog::Provider| {
        p.key_shapes.iter().any(|s| {
            key.starts_with(s.prefix.as_str())
                && (s.lengths.is_empty() || s.lengths.iter().any(|l| l.abs_diff(key.len()) <= 1))
        })
    };
    let cat = catalog();
    if cat.provider(provider).is_some_and(fits) {
        // The provider's own shape, unwrapped: a real key, once valid, that it no longer accepts.
        return Some((
            "stale-key",
            5,
            format!("{shown}: a well-formed {prefix} key, so most likely one that was rotated, revoked or deleted, or belongs to another account"),
        ));
    }
    let other = cat.providers().iter().find(|p| {
        p.id != provider
            && p.key_shapes.iter().any(|s| {
                key.starts_with(s.prefix.as_str())
                    && s.lengths.iter().any(|l| l.abs_diff(key.len()) <= 1)
            })
    })?;
    Some((
        "wrong-provider-key",
        7,
        format!(
            "{shown}: {} characters, the length of {} keys, not {provider} keys",
            key.len(),
            other.name
        ),
    ))
}

/// Another provider's prefix at the start of the echo: `(wrong-provider-key, 7, evidence)`.
fn foreign(key: &str, provider: Option<&str>, shown: &str) -> Option<(&'static str, u32, String)> {
    let (prefix, owner) = FOREIGN_PREFIXES.iter().find(|(p, _)| key.starts_with(p))?;
    // The echo wording is OpenAI's: with no provider named, an OpenAI key proves nothing.
    if provider.is_none() && *owner == "openai" {
        return None;
    }
    (Some(*owner) != provider && !(*owner == "openai" && provider == Some("azure-openai"))).then(
        || {
            (
                "wrong-provider-key",
                7,
                format!("{shown}: {prefix} is the prefix of {owner} keys"),
            )
        },
    )
}

/// Hex digits only (besides the mask), no `sk-`: the shape of an Azure key.
fn hex_shape(key: &str, visible: &str) -> bool {
    visible.len() >= 4 && visible.chars().all(|c| c.is_ascii_hexdigit()) && !key.starts_with("sk-")
}

/// True for a provider's masked echo of a received key: a run of at least three `*` with key
/// characters on both sides (`sk-proj-****MxYA`, `sk-PMafP***E873`, `3****5`).
fn is_masked(key: &str) -> bool {
    let (Some(first), Some(last)) = (key.find("***"), key.rfind('*')) else {
        return false;
    };
    let head = &key[..first];
    let tail = &key[last + 1..];
    let keyish = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
    };
    !head.is_empty() && !tail.is_empty() && keyish(head) && keyish(tail)
}

/// True for `OPENAI_API_KEY` or its masked echo `OPENAI_A**_KEY`: upper-case words joined by `_`.
fn is_variable_name(key: &str) -> bool {
    key.contains('_')
        && key.chars().any(|c| c.is_ascii_uppercase())
        && key
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '*')
}

/// The catalog prefix of `provider`'s keys that `key` starts with, when the rest of the echo is
/// key characters (an unmasked echo).
fn own_prefix(key: &str, provider: &str) -> Option<String> {
    let p = catalog().provider(provider)?;
    let prefix = p
        .key_shapes
        .iter()
        .map(|s| s.prefix.as_str())
        .filter(|x| !x.is_empty() && key.starts_with(x))
        .max_by_key(|x| x.len())?;
    let rest = &key[prefix.len()..];
    let charset = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
    (charset && key.len() >= 20).then(|| prefix.to_string())
}
