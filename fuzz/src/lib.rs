//! Shared checks for the fuzz targets: the invariants every credcheck entry point must keep for
//! any input (no panic, every report format renders and the JSON ones parse, positions are
//! 1-based, no run of 8 characters of a well-formed key in the input past its pinned prefix is
//! ever echoed), and the template filling that turns the fixtures' `{{key:provider}}` seeds
//! into real key shapes at run time.

use credcheck::catalog::{catalog, sample_key};
use credcheck::report::{self, Format};
use credcheck::scan::{check_config, Kind, Scanner};
use credcheck::secret::{self, ValueKind};
use credcheck::{Finding, Report};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

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

/// The prefixes a key may show in any output, pinned by hand in
/// `tests/fixtures/keys/allowed-prefix.json` (shared with `tests/helpers.mjs`), not read from
/// `mask` or the catalog: widening the mask fails the check instead of widening it.
fn allowed_prefixes() -> &'static [String] {
    static PREFIXES: OnceLock<Vec<String>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct Pinned {
            prefixes: BTreeMap<String, String>,
        }
        let pinned: Pinned = serde_json::from_str(include_str!(
            "../../tests/fixtures/keys/allowed-prefix.json"
        ))
        .expect("tests/fixtures/keys/allowed-prefix.json parses");
        pinned.prefixes.into_values().collect()
    })
}

/// Panics when an output holds a key of `keys` in full, or any run of 8 of its characters past
/// the longest pinned prefix the key starts with (as `assertNoLeak` in tests/helpers.mjs does).
/// A run that `input` holds more than once is skipped, since it may have reached the output
/// from elsewhere in the input; a run at the key's start that begins a pinned prefix of 8 or
/// more characters is public text (`sk-ant-a` of the advice "keys start with sk-ant-api03-").
/// Keys are runs of ASCII key characters (see [`keys_in`]).
pub fn assert_no_leak(input: &str, keys: &[&str], outputs: &[String]) {
    const RUN: usize = 8;
    let prefixes = allowed_prefixes();
    for key in keys {
        let shown = prefixes
            .iter()
            .filter(|p| key.starts_with(p.as_str()))
            .map(String::len)
            .max()
            .unwrap_or(0);
        for out in outputs {
            assert!(
                !out.contains(key),
                "a key from the input appears unmasked in the output ({} chars)\n{out}",
                key.len()
            );
        }
        for i in 0..=key.len().saturating_sub(RUN) {
            if i + RUN <= shown || key.len() < RUN {
                continue;
            }
            let run = &key[i..i + RUN];
            if i == 0
                && prefixes
                    .iter()
                    .any(|p| p.len() >= RUN && p.starts_with(run))
            {
                continue;
            }
            if input.matches(run).nth(1).is_some() {
                continue;
            }
            for out in outputs {
                assert!(
                    !out.contains(run),
                    "the run {i}..{} of a {}-char key from the input appears in the output\n{out}",
                    i + RUN,
                    key.len()
                );
            }
        }
    }
}

/// Renders `findings` as one report (see [`render_all`]) and checks that no well-formed key of
/// `input` leaks into any output (see [`assert_no_leak`]): the invariant every target keeps.
pub fn render_checked(input: &str, findings: Vec<Finding>) -> Vec<String> {
    let outputs = render_findings(findings);
    assert_no_leak(input, &keys_in(input), &outputs);
    outputs
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
