//! What a single secret value is: its likely provider, whether it is a placeholder, a reference,
//! quoted, padded or truncated. Also `mask` and `fingerprint`, the only forms in which a secret
//! may leave credcheck.

use crate::catalog::{catalog, Strength};
use crate::finding::SecretRef;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// Longest value inspected in full; longer values are reported as oversized, never scanned.
pub const MAX_SECRET_LEN: usize = 16 * 1024;

/// What kind of value this is, before shape checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// Nothing, or only whitespace/quotes.
    Empty,
    /// A known placeholder.
    Placeholder,
    /// An unexpanded variable reference.
    Reference,
    /// Too long to be a credential.
    Oversized,
    /// Something that may be a real key.
    Value,
}

/// A cosmetic problem around an otherwise usable value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Wrapping {
    /// Surrounded by matching (or stray) quotes.
    Quoted,
    /// Leading or trailing whitespace; `what` names it (`a trailing newline`, ...).
    Whitespace {
        /// Human description.
        what: String,
    },
    /// Starts with an auth scheme such as `Bearer `.
    Scheme {
        /// The scheme found.
        scheme: String,
    },
}

/// A key shape the value matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShapeMatch {
    /// Provider id.
    pub provider: String,
    /// Shape display name.
    pub shape: String,
    /// Slot the shape belongs to.
    pub slot: String,
    /// How certain.
    pub strength: Strength,
}

/// A value that has a provider's prefix but not its shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Malformed {
    /// Providers whose prefix it carries.
    pub providers: Vec<String>,
    /// The prefix.
    pub prefix: String,
    /// Why it does not fit, in words (`108 characters expected, got 64`).
    pub reason: String,
    /// True when clearly broken (bad characters or too short), false when merely unusual.
    pub certain: bool,
}

/// The full inspection of one value. Holds the cleaned value, so it is never serialized whole.
#[derive(Debug, Clone)]
pub struct Inspection {
    /// The value with whitespace, quotes and scheme removed.
    pub cleaned: String,
    /// What kind of value it is.
    pub kind: ValueKind,
    /// Problems around the value.
    pub wrapping: Vec<Wrapping>,
    /// Shapes matched, strong first.
    pub matches: Vec<ShapeMatch>,
    /// Set when a provider prefix is present but the shape is wrong.
    pub malformed: Option<Malformed>,
}

impl Inspection {
    /// The inspection of a value not visible to the check (set at run time): usable, no shape.
    pub fn unseen() -> Self {
        Inspection {
            cleaned: String::new(),
            kind: ValueKind::Value,
            wrapping: Vec::new(),
            matches: Vec::new(),
            malformed: None,
        }
    }

    /// Strongly matched providers.
    pub fn strong_providers(&self) -> impl Iterator<Item = &str> {
        self.matches
            .iter()
            .filter(|m| m.strength == Strength::Strong)
            .map(|m| m.provider.as_str())
    }

    /// The provider whose key this is, when it sits in variable `var`: a strong match, or a
    /// weak shape (an Azure key is 32 hex characters, like any MD5) of the provider that reads
    /// `var` as its key, where the name settles what the shape alone cannot.
    pub fn provider_for_var(&self, var: &str) -> Option<&str> {
        self.strong_providers().next().or_else(|| {
            self.matches.iter().map(|m| m.provider.as_str()).find(|p| {
                catalog()
                    .vars_named(var)
                    .any(|(owner, v)| owner.id == *p && (v.slot == "api_key" || v.slot == "token"))
            })
        })
    }

    /// The provider the value most likely belongs to: the first strong match, else the only weak one.
    pub fn likely_provider(&self) -> Option<&str> {
        let only_weak = match self.matches.as_slice() {
            [only] => Some(only.provider.as_str()),
            _ => None,
        };
        self.strong_providers().next().or(only_weak)
    }
}

/// True when a setting's text (an endpoint, a deployment, a key) is a placeholder to fill in: a
/// catalogued placeholder (`your-api-key`, `<KEY>`), or a URL or name with an angle-bracket part
/// (`https://<resource>.openai.azure.com`) or a braced `your` part
/// (`https://{your-custom-endpoint}.openai.azure.com`). `{{var}}` and `{name}` alone are template
/// fields filled in by code, not placeholders.
pub fn is_placeholder_text(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    if catalog().is_placeholder(t) {
        return true;
    }
    let angle = t
        .find('<')
        .is_some_and(|i| t[i + 1..].find('>').is_some_and(|j| j > 0));
    let braced_your = t.match_indices('{').any(|(i, _)| {
        !t[i + 1..].starts_with('{')
            && (i == 0 || !t[..i].ends_with(['{', '$']))
            && t[i + 1..].find('}').is_some_and(|j| {
                let inner = t[i + 1..i + 1 + j].to_ascii_lowercase();
                inner.starts_with("your")
                    || inner.starts_with("insert")
                    || inner.starts_with("replace")
            })
    });
    angle || braced_your
}

/// Inspects one secret value. Never fails: odd input is a finding, not an error.
pub fn inspect(raw: &str) -> Inspection {
    let mut wrapping = Vec::new();
    if raw.len() > MAX_SECRET_LEN {
        return Inspection {
            cleaned: String::new(),
            kind: ValueKind::Oversized,
            wrapping,
            matches: Vec::new(),
            malformed: None,
        };
    }
    let trimmed = raw.trim();
    if trimmed.len() != raw.len() && !trimmed.is_empty() {
        wrapping.push(Wrapping::Whitespace {
            what: describe_whitespace(raw, trimmed),
        });
    }
    let mut value = trimmed;
    if let Some(inner) = strip_quotes(value) {
        wrapping.push(Wrapping::Quoted);
        value = inner.trim();
    }
    for scheme in ["Bearer ", "bearer ", "Basic ", "Token "] {
        if let Some(rest) = value.strip_prefix(scheme) {
            wrapping.push(Wrapping::Scheme {
                scheme: scheme.trim().to_string(),
            });
            value = rest.trim();
            break;
        }
    }
    let cat = catalog();
    let kind = if value.is_empty() {
        ValueKind::Empty
    } else if cat.is_reference(value) || value.contains("${") {
        ValueKind::Reference
    } else {
        ValueKind::Value
    };
    let matches = if kind == ValueKind::Value {
        shape_matches(value)
    } else {
        Vec::new()
    };
    let strong = matches.iter().any(|m| m.strength == Strength::Strong);
    let kind = if kind == ValueKind::Value
        && ((!strong && cat.is_placeholder(value)) || cat.is_test_double(value))
    {
        ValueKind::Placeholder
    } else {
        kind
    };
    let malformed = if kind == ValueKind::Value && !strong {
        diagnose_prefix(value)
    } else {
        None
    };
    Inspection {
        cleaned: value.to_string(),
        kind,
        wrapping,
        matches,
        malformed,
    }
}

fn strip_quotes(v: &str) -> Option<&str> {
    for q in ['"', '\'', '`'] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return Some(&v[1..v.len() - 1]);
        }
    }
    // A stray quote at one end only (a paste that lost its partner).
    for q in ['"', '\''] {
        if let Some(rest) = v.strip_prefix(q) {
            return Some(rest);
        }
        if let Some(rest) = v.strip_suffix(q) {
            return Some(rest);
        }
    }
    None
}

fn describe_whitespace(raw: &str, trimmed: &str) -> String {
    let start = raw.len() - raw.trim_start().len();
    let tail = &raw[start + trimmed.len()..];
    let mut parts = Vec::new();
    if start > 0 {
        parts.push("leading whitespace");
    }
    if tail.ends_with("\r\n") || tail.contains('\r') {
        parts.push("a trailing carriage return (\\r, a Windows line ending)");
    } else if tail.contains('\n') {
        parts.push("a trailing newline");
    } else if !tail.is_empty() {
        parts.push("trailing whitespace");
    }
    parts.join(" and ")
}

/// The shapes `value` matches, strong ones first (each group in catalog order). Two passes rather
/// than a stable sort: a sort is kilobytes of code in the startup module, for a list of one or two.
fn shape_matches(value: &str) -> Vec<ShapeMatch> {
    let cat = catalog();
    let strong = [true, false].into_iter().flat_map(|strong| {
        cat.matching_shapes(value)
            .filter(move |(_, s)| (s.strength == Strength::Strong) == strong)
    });
    strong
        .map(|(p, s)| ShapeMatch {
            provider: p.id.to_string(),
            shape: s.name.to_string(),
            slot: s.slot.to_string(),
            strength: s.strength,
        })
        .collect()
}

/// Finds the shapes with the longest prefix the value carries and explains why none fits.
fn diagnose_prefix(value: &str) -> Option<Malformed> {
    let cat = catalog();
    let best = cat
        .shapes()
        .filter(|(_, s, _)| !s.prefix.is_empty() && value.starts_with(s.prefix.as_str()))
        .map(|(_, s, _)| s.prefix.len())
        .max()?;
    let shapes: Vec<_> = cat
        .shapes()
        .filter(|(_, s, _)| s.prefix.len() == best && value.starts_with(s.prefix.as_str()))
        .collect();
    let prefix = shapes[0].1.prefix.to_string();
    let mut providers: Vec<String> = shapes.iter().map(|(p, _, _)| p.id.to_string()).collect();
    providers.dedup();
    let body = &value[prefix.len()..];
    let len = value.chars().count();
    let bad_chars: Vec<char> = body
        .chars()
        .filter(|c| {
            !shapes
                .iter()
                .any(|(_, s, _)| charset_allows(&s.charset, *c))
        })
        .collect();
    // Sorted and distinct, by insertion (a handful of lengths; a sort would add code to the startup module).
    let mut lengths: Vec<usize> = Vec::new();
    for &l in shapes.iter().flat_map(|(_, s, _)| s.lengths.iter()) {
        if let Err(at) = lengths.binary_search(&l) {
            lengths.insert(at, l);
        }
    }
    let names: Vec<&str> = shapes.iter().map(|(_, s, _)| s.name.as_str()).collect();
    let (reason, certain) = if let Some(c) = bad_chars.first() {
        let what = if c.is_whitespace() {
            "whitespace".to_string()
        } else if c.is_ascii_graphic() {
            format!("the character {c:?}")
        } else {
            format!("the character U+{:04X}", *c as u32)
        };
        (
            format!("contains {what}, which {} never contain", names.join(" / ")),
            true,
        )
    } else if !lengths.is_empty() && !lengths.contains(&len) {
        let expected = lengths
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(" or ");
        let short = lengths.iter().all(|l| len < *l);
        let hint = if short { " (truncated?)" } else { "" };
        (
            format!(
                "is {len} characters long; {} is {expected} characters{hint}",
                crate::finding::a(&names.join(" / "))
            ),
            short,
        )
    } else {
        (
            format!("does not match the format of {}", names.join(" / ")),
            false,
        )
    };
    Some(Malformed {
        providers,
        prefix,
        reason,
        certain,
    })
}

/// True when `c` is in a character class written as in a regex (`A-Za-z0-9_-`).
fn charset_allows(class: &str, c: char) -> bool {
    let chars: Vec<char> = class.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if i + 2 < chars.len() && chars[i + 1] == '-' {
            if (chars[i]..=chars[i + 2]).contains(&c) {
                return true;
            }
            i += 3;
        } else {
            if chars[i] == c {
                return true;
            }
            i += 1;
        }
    }
    false
}

/// Masks a secret: at most its provider prefix and its last four characters (`sk-proj-…Qx7a`).
///
/// Short values show less: under 16 characters past the prefix, no tail is shown at all.
pub fn mask(secret: &str) -> String {
    let value = secret.trim();
    let prefix = catalog()
        .shapes()
        .filter(|(_, s, _)| s.strength == Strength::Strong && !s.prefix.is_empty())
        .map(|(_, s, _)| s.prefix.as_str())
        .filter(|p| value.starts_with(p) && value.len() > p.len())
        .max_by_key(|p| p.len())
        .unwrap_or("");
    let rest: Vec<char> = value[prefix.len()..].chars().collect();
    if rest.len() >= 16 {
        let tail: String = rest[rest.len() - 4..].iter().collect();
        format!("{prefix}…{tail}")
    } else {
        format!("{prefix}…")
    }
}

/// `text` with every key-like token masked: tokens that fit a catalogued key shape or carry a
/// provider prefix, and long mixed-character tokens (32+ characters of letters and digits) that
/// look like secrets. For echoing error messages and pasted text.
pub fn mask_in_text(text: &str) -> String {
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || "_-+/=.".contains(c);
    // Built once: every report masks each finding's message and fix through here.
    static PREFIXES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let prefixes = PREFIXES.get_or_init(|| {
        catalog()
            .shapes()
            .filter(|(_, s, _)| s.strength == Strength::Strong && s.prefix.len() >= 3)
            .map(|(_, s, _)| s.prefix.as_str())
            .collect()
    });
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(is_token_char) {
        out.push_str(&rest[..start]);
        let len = rest[start..]
            .find(|c: char| !is_token_char(c))
            .unwrap_or(rest.len() - start);
        crate::work::add(start + len);
        mask_token(&rest[start..start + len], prefixes, &mut out);
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// Masks one run of token characters into `out`. An `=` with more after it (never base64
/// padding) separates parts judged on their own, so in `NAME=value` or `?key=value` the name
/// stays readable and the value is masked by its own shape.
fn mask_token(token: &str, prefixes: &[&str], out: &mut String) {
    let mut rest = token;
    loop {
        // The first run of `=` decides: if it reaches the end there is no later `=`. (Trying
        // every `=` in turn was quadratic on a long `a=====…`: found by fuzzing `explain`.)
        let interior = rest.find('=').and_then(|i| {
            let run = rest[i..].len() - rest[i..].trim_start_matches('=').len();
            (i + run < rest.len()).then_some((i, run))
        });
        let Some((at, run)) = interior else { break };
        // The search read up to the end of the run of `=`.
        crate::work::add(at + run);
        mask_part(&rest[..at], prefixes, out);
        out.push_str(&rest[at..at + run]);
        rest = &rest[at + run..];
    }
    mask_part(rest, prefixes, out);
}

fn mask_part(part: &str, prefixes: &[&str], out: &mut String) {
    let token = part.trim_end_matches(['.', '=']);
    out.push_str(&if looks_secret(token, prefixes) {
        mask(token)
    } else {
        token.to_string()
    });
    out.push_str(&part[token.len()..]);
}

fn looks_secret(token: &str, prefixes: &[&str]) -> bool {
    crate::work::add(token.len());
    if token.len() < 16 {
        return false;
    }
    if prefixes
        .iter()
        .any(|p| token.starts_with(p) && token.len() >= p.len() + 8)
    {
        return true;
    }
    if catalog().matching_shapes(token).next().is_some() {
        return true;
    }
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let upper = token.chars().filter(char::is_ascii_uppercase).count();
    let lower = token.chars().filter(char::is_ascii_lowercase).count();
    // Long runs of letters and digits; and, from 20 characters, mixed-case or all-hex runs: a key
    // cut short (an Azure or Mistral key missing its tail) is no less a secret.
    let hex = token.chars().all(|c| c.is_ascii_hexdigit());
    // A random key can hold no digit at all (one 40-character base62 key in a few hundred):
    // from 32 letters, mixed case with upper-case pairs is random text, where an identifier in
    // CamelCase has upper-case letters only at word starts (a property-test seed found a
    // truncated Cohere key echoed unmasked).
    let upper_pairs = token
        .as_bytes()
        .windows(2)
        .filter(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
        .count();
    let random_letters = token.len() >= 32
        && token.chars().all(|c| c.is_ascii_alphabetic())
        && lower * 5 >= token.len()
        && upper_pairs * 10 >= token.len();
    (token.len() >= 32 && digits > 0 && (upper > 0 || lower > 0) && !token.contains('/'))
        || (token.len() >= 20 && digits > 0 && ((upper > 0 && lower > 0) || hex))
        || random_letters
}

/// A short stable hash of the exact value (`sha256:` and 12 hex digits), for comparing what two
/// processes hold without showing either.
pub fn fingerprint(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The masked, fingerprinted form of a secret, with its likely provider.
pub fn secret_ref(raw: &str, inspection: &Inspection) -> SecretRef {
    SecretRef {
        masked: mask(&inspection.cleaned),
        fingerprint: fingerprint(raw),
        provider: inspection.likely_provider().map(str::to_string),
    }
}

/// What [`describe`] tells about a secret: everything but the secret.
#[derive(Debug, Clone, Serialize)]
pub struct SecretSummary {
    /// Masked form.
    pub masked: String,
    /// Fingerprint of the exact value.
    pub fingerprint: String,
    /// Character count of the exact value.
    pub length: usize,
    /// What kind of value.
    pub kind: ValueKind,
    /// Likely provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Shapes matched.
    pub matches: Vec<ShapeMatch>,
    /// Problems around the value.
    pub wrapping: Vec<Wrapping>,
    /// Prefix present but the shape is wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub malformed: Option<Malformed>,
}

/// Inspects a secret and returns only what is safe to show.
pub fn describe(raw: &str) -> SecretSummary {
    let i = inspect(raw);
    SecretSummary {
        masked: if i.kind == ValueKind::Oversized {
            "…".into()
        } else {
            mask(&i.cleaned)
        },
        fingerprint: fingerprint(raw),
        length: raw.chars().count(),
        kind: i.kind,
        provider: i.likely_provider().map(str::to_string),
        matches: i.matches.clone(),
        wrapping: i.wrapping.clone(),
        malformed: i.malformed.clone(),
    }
}

#[cfg(test)]
mod tests;
