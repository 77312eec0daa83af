//! Test keys built from a shape's `sample` template, so no realistic key is ever committed.

use super::KeyShape;

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

/// A fake key of this shape, deterministic for a seed: `{n}` in the template becomes n
/// pseudo-random characters of the shape's charset (`=` excluded).
pub fn sample_key(shape: &KeyShape, seed: u64) -> String {
    let alphabet: Vec<char> = expand_charset(&shape.charset)
        .into_iter()
        .filter(|c| *c != '=')
        .collect();
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut out = String::new();
    let mut rest = shape.sample.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .unwrap_or(rest.len() - 1);
        let n: usize = rest[open + 1..close].parse().unwrap_or(0);
        for _ in 0..n {
            let idx = (next() % alphabet.len().max(1) as u64) as usize;
            out.push(alphabet.get(idx).copied().unwrap_or('x'));
        }
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}
