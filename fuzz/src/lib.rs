//! Shared checks for the fuzz targets: the invariants every credcheck entry point must keep for
//! any input (no panic, every report format renders and the JSON ones parse, positions are
//! 1-based, a well-formed key in the input is never echoed in full), and the template filling
//! that turns the fixtures' `{{key:provider}}` seeds into real key shapes at run time.

use credcheck::catalog::{catalog, sample_key};
use credcheck::report::{self, Format};
use credcheck::scan::{check_config, Kind, Scanner};
use credcheck::secret::{self, ValueKind};
use credcheck::{Finding, Report};
use std::borrow::Cow;

/// Replaces `{{key:provider[:seed]}}` and `{{base64key:provider[:seed]}}` with a sample key of
/// that provider's shape (the fixtures' templates), so seeds reach the key-shape checks without
/// a key-shaped string in any committed file. Anything else, unknown providers and unclosed
/// templates included, is left as it is.
pub fn fill(data: &[u8]) -> Cow<'_, [u8]> {
    const OPEN: &[u8] = b"{{";
    if !data.windows(2).any(|w| w == OPEN) {
        return Cow::Borrowed(data);
    }
    let mut out = Vec::with_capacity(data.len() + 64);
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(OPEN) {
            let body = &data[i + 2..];
            // Templates are short; a far `}}` is not one.
            let end = body.iter().take(64).position(|&b| b == b'}');
            if let Some(end) = end.filter(|&e| body[e..].starts_with(b"}}")) {
                if let Some(key) = expand(&body[..end]) {
                    out.extend_from_slice(key.as_bytes());
                    i += 2 + end + 2;
                    continue;
                }
            }
        }
        out.push(data[i]);
        i += 1;
    }
    Cow::Owned(out)
}

fn expand(spec: &[u8]) -> Option<String> {
    let spec = std::str::from_utf8(spec).ok()?;
    let mut parts = spec.split(':');
    let what = parts.next()?;
    let provider = parts.next()?;
    let seed = parts.next().map_or(Some(1), |s| s.parse::<u64>().ok())?;
    let (_, shape, _) = catalog()
        .shapes()
        .find(|(p, s, _)| p.id == provider && s.slot == "api_key")?;
    let key = sample_key(shape, seed);
    match what {
        "key" => Some(key),
        "base64key" => {
            use base64::Engine;
            Some(base64::engine::general_purpose::STANDARD.encode(key))
        }
        _ => None,
    }
}

/// Renders the report in every format; the JSON and SARIF outputs must parse as JSON, and every
/// file position must be 1-based. Returns the rendered outputs for further checks.
pub fn render_all(report: &Report) -> Vec<String> {
    for f in &report.findings {
        assert_ne!(f.location.line, Some(0), "0 line in {f:?}");
        assert_ne!(f.location.column, Some(0), "0 column in {f:?}");
    }
    let text = report::render(report, Format::Text);
    let json = report::render(report, Format::Json);
    let sarif = report::render(report, Format::Sarif);
    for (name, out) in [("json", &json), ("sarif", &sarif)] {
        // IgnoredAny: checks the syntax without building a tree (a tree per run halves exec/s).
        if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(out) {
            panic!("{name} output does not parse: {e}\n{out}");
        }
    }
    vec![text, json, sarif]
}

/// The well-formed provider keys written in `text` exactly once, as whole runs of key
/// characters: what no output may repeat in full.
pub fn keys_in(text: &str) -> Vec<&str> {
    let is_key_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    text.split(|c: char| !is_key_char(c))
        .filter(|t| t.len() >= 20 && t.len() <= 512)
        .filter(|t| {
            let i = secret::inspect(t);
            i.kind == ValueKind::Value
                && i.malformed.is_none()
                && i.strong_providers().next().is_some()
        })
        .filter(|t| text.matches(*t).count() == 1)
        .collect()
}

/// Panics when an output holds one of `keys` in full.
pub fn assert_masked(keys: &[&str], outputs: &[String]) {
    for key in keys {
        for out in outputs {
            assert!(
                !out.contains(key),
                "a key from the input appears unmasked in the output ({} chars)\n{out}",
                key.len()
            );
        }
    }
}

/// Checks `bytes` as a file at `path` of `kind` (or of the kind recognised when `None`), the
/// way `scan` and `checkConfig` do, and returns the findings, for one [`render_all`] per input
/// (rendering dominates a run: once per check ran at a quarter of the speed). Bytes that are
/// not UTF-8 go to the scanner as they are (the encoding finding) and, decoded lossily, through
/// the parsers too.
pub fn check_file(path: &str, bytes: &[u8], kind: Option<Kind>) -> Vec<Finding> {
    let kind_id = kind.map(Kind::id);
    let mut findings = Vec::new();
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            if let Ok(report) = check_config(text, Some(path), kind_id) {
                findings.extend(report.findings);
            }
        }
        Err(_) => {
            let mut scanner = Scanner::new();
            scanner.add(path, bytes, kind);
            findings.extend(scanner.finish().findings);
            let text = String::from_utf8_lossy(bytes);
            if let Ok(report) = check_config(&text, Some(path), kind_id) {
                findings.extend(report.findings);
            }
        }
    }
    findings
}

/// Renders the findings of several checks as one report (see [`render_all`]).
pub fn render_findings(findings: Vec<Finding>) -> Vec<String> {
    render_all(&Report::new(findings, Vec::new()))
}
