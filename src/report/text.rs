//! The terminal format: one block per finding, errors first, and a one-line summary.

use crate::finding::{Report, Summary};
use std::fmt::Write;

/// Renders a report for people: location, severity, rule, message, fix, masked secret.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{:<7} {}  [{}]",
            f.severity.as_str(),
            f.location.display(),
            f.rule
        );
        let _ = writeln!(out, "        {}", f.message);
        if let Some(s) = &f.secret {
            let provider = s
                .provider
                .as_deref()
                .map(|p| format!(", looks like {p}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "        value: {} ({}{provider})",
                s.masked, s.fingerprint
            );
        }
        let _ = writeln!(out, "        fix: {}", f.fix);
        out.push('\n');
    }
    let s = &report.summary;
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let checked = checked(s);
    let verdict = if s.ok { "ok" } else { "FAILED" };
    let _ = writeln!(
        out,
        "credcheck: {verdict}: {}, {}, {} (checked: {checked})",
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.infos, "info"),
    );
    out
}

/// What a check covered, one shape for every command: `3 files; providers anthropic, openai`,
/// `providers openai`, `1 file`, or `no provider credentials` when it covered nothing.
pub fn checked(s: &Summary) -> String {
    let mut parts = Vec::new();
    if let Some(n) = s.files {
        parts.push(format!("{n} file{}", if n == 1 { "" } else { "s" }));
    }
    if !s.providers.is_empty() {
        parts.push(format!("providers {}", s.providers.join(", ")));
    }
    if parts.is_empty() {
        "no provider credentials".to_string()
    } else {
        parts.join("; ")
    }
}

/// The message of a CredentialError (the npm package's and the Python package's): every
/// error-level finding, with its masked value, one block each. No secret in full.
pub fn credential_error(report: &Report) -> String {
    let errors: Vec<_> = report.errors().collect();
    let n = errors.len();
    let mut out = format!(
        "credcheck: {n} credential error{}:",
        if n == 1 { "" } else { "s" }
    );
    for f in errors {
        let l = &f.location;
        let place = match (&l.env, &l.file) {
            (Some(env), _) => env.clone(),
            (None, Some(file)) => {
                let mut p = file.clone();
                for n in [l.line, l.column].into_iter().flatten() {
                    let _ = write!(p, ":{n}");
                }
                p
            }
            (None, None) => "(environment)".to_string(),
        };
        let value = f
            .secret
            .as_ref()
            .map(|s| format!(" [{} {}]", s.masked, s.fingerprint))
            .unwrap_or_default();
        let _ = write!(
            out,
            "\n  - {} {place}: {}{value}\n    fix: {}",
            f.rule, f.message, f.fix
        );
    }
    out
}
