//! The key a provider echoes back in its error (`Incorrect API key provided: sk-xxxx***abcd`,
//! `Your api key: ****18b"`): a placeholder means no real key was set; another provider's
//! prefix or an Azure-style hex key means the wrong provider's key was sent.

use crate::catalog::catalog;
use regex_lite::Regex;
use std::sync::OnceLock;

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

fn echoed(text: &str) -> Option<&str> {
    static RX: OnceLock<Regex> = OnceLock::new();
    let rx = RX.get_or_init(|| {
        Regex::new(r"(?i)(?:Incorrect API key provided|Your api key|Received API Key|Received)\s*[:=]\s*([^\s,]+)").unwrap_or_else(|_| unreachable!())
    });
    rx.captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim_end_matches(['.', '\'']))
}

/// Judges the echoed key: `(cause, weight, evidence)`.
pub(super) fn judge(text: &str, provider: Option<&str>) -> Option<(&'static str, u32, String)> {
    let key = echoed(text)?;
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
    if PLACEHOLDER_WORDS.iter().any(|w| lower.contains(w))
        || catalog().is_placeholder(key)
        || lower.starts_with("sk-...")
    {
        return Some((
            "missing-key",
            6,
            format!("{shown}: a placeholder, not a key"),
        ));
    }
    if let Some((prefix, owner)) = FOREIGN_PREFIXES.iter().find(|(p, _)| key.starts_with(p)) {
        if Some(*owner) != provider && !(*owner == "openai" && provider == Some("azure-openai")) {
            return Some((
                "wrong-provider-key",
                7,
                format!("{shown}: {prefix} is the prefix of {owner} keys"),
            ));
        }
    }
    let hex = !visible.is_empty()
        && visible.chars().all(|c| c.is_ascii_hexdigit())
        && !key.starts_with("sk-");
    if hex && provider != Some("azure-openai") {
        return Some((
            "wrong-provider-key",
            7,
            format!("{shown}: hex digits without a prefix, the shape of an Azure key"),
        ));
    }
    None
}
