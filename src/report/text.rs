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
