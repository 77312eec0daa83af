//! SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers. Every rule is listed in
//! the tool's driver; each finding is a result pointing at its file, line and column (or, for an
//! environment finding, at the variable as a logical location). Secrets appear only masked.

use crate::finding::{Finding, Report, Severity};
use crate::rules::RULES;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The SARIF schema this output follows.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: `/` separators, anything outside the URI's unreserved and path
/// characters percent-encoded; absolute paths become `file://` URIs.
pub fn path_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.starts_with('/') {
        format!("file://{out}")
    } else if out.len() > 2 && out.as_bytes()[1] == b':' && out.as_bytes()[2] == b'/' {
        format!("file:///{out}")
    } else {
        out
    }
}

fn fingerprint(f: &Finding) -> String {
    let mut h = Sha256::new();
    for part in [
        f.rule.as_str(),
        f.location.file.as_deref().unwrap_or(""),
        f.location.env.as_deref().unwrap_or(""),
        f.location.pointer.as_deref().unwrap_or(""),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `message. fix.`: what is wrong, a period, and the fix, as code-scanning shows one line.
fn one_sentence(message: &str, fix: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    let fix = fix.trim().trim_end_matches('.');
    format!("{message}. {fix}.")
}

fn result(f: &Finding) -> Value {
    let rule_index = RULES.iter().position(|r| r.id == f.rule);
    let mut r = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": one_sentence(&f.message, &f.fix) },
        "partialFingerprints": { "credcheck/v1": fingerprint(f) },
    });
    if let Some(i) = rule_index {
        r["ruleIndex"] = json!(i);
    }
    let mut location = json!({});
    if let Some(file) = &f.location.file {
        let mut physical = json!({ "artifactLocation": { "uri": path_uri(file) } });
        if let Some(line) = f.location.line.filter(|l| *l > 0) {
            let mut region = json!({ "startLine": line });
            if let Some(col) = f.location.column.filter(|c| *c > 0) {
                region["startColumn"] = json!(col);
            }
            physical["region"] = region;
        }
        location["physicalLocation"] = physical;
    }
    if let Some(env) = &f.location.env {
        location["logicalLocations"] = json!([{ "name": env, "kind": "variable" }]);
    }
    if location.as_object().is_some_and(|o| !o.is_empty()) {
        r["locations"] = json!([location]);
    }
    let mut props = serde_json::Map::new();
    props.insert("fix".into(), json!(f.fix));
    if let Some(p) = &f.provider {
        props.insert("provider".into(), json!(p));
    }
    if let Some(s) = &f.secret {
        props.insert(
            "secret".into(),
            json!({ "masked": s.masked, "fingerprint": s.fingerprint }),
        );
    }
    r["properties"] = Value::Object(props);
    r
}

/// The report as a SARIF 2.1.0 log with one run.
pub fn sarif(report: &Report) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.id.split('-').map(|w| {
                    let mut c = w.chars();
                    c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
                }).collect::<String>(),
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.summary },
                "defaultConfiguration": { "level": level(r.severity) },
                "help": { "text": format!("{} Run `npx credcheck rules` for every rule.", r.summary) },
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "credcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/credcheck/credcheck",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{ "executionSuccessful": true }],
            "results": report.findings.iter().map(result).collect::<Vec<_>>(),
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(path_uri("deploy/k8s app.yaml"), "deploy/k8s%20app.yaml");
        assert_eq!(path_uri("/srv/app/.env"), "file:///srv/app/.env");
        assert_eq!(path_uri("C:\\app\\.env"), "file:///C:/app/.env");
        assert_eq!(path_uri("a#b?.yaml"), "a%23b%3F.yaml");
    }
}
