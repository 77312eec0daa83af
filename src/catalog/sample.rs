//! Test keys built from a shape's template, so no realistic key is ever committed.

use super::{KeyShape, Template};

/// Expands a regex-style class (`A-Za-z0-9_-`) into its characters.
pub fn expand_charset(class: &str) -> Vec<char> {
    let chars: Vec<char> = class.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if i + 2 < chars.len() && chars[i + 1] == '-' {
            out.extend(chars[i]..=chars[i + 2]);
            i += 3;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// A fake key of this shape, deterministic for a seed. Empty if the template does not parse
/// (the catalog rejects such data at load).
pub fn sample_key(shape: &KeyShape, seed: u64) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    Template::parse(&shape.template, &shape.charset)
        .map(|t| t.generate(next))
        .unwrap_or_default()
}

/// A fake key of one catalogued shape, with where it belongs.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SampleKey {
    /// Provider id.
    pub provider: String,
    /// The shape's name (`OpenAI project key`).
    pub shape: String,
    /// The slot it fills (`api_key`, ...).
    pub slot: String,
    /// The fake key.
    pub key: String,
}

/// A fake key of every catalogued shape, deterministic per seed: for tests that plant keys.
pub fn sample_keys(seed: u64) -> Vec<SampleKey> {
    super::catalog()
        .shapes()
        .map(|(p, s, _)| SampleKey {
            provider: p.id.to_string(),
            shape: s.name.to_string(),
            slot: s.slot.to_string(),
            key: sample_key(s, seed),
        })
        .collect()
}
