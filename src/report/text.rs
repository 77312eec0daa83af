//! The terminal format: one block per finding, errors first, and a one-line summary.

use crate::finding::Report;
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
    let checked = if s.providers.is_empty() {
        "no providers".to_string()
    } else {
        s.providers.join(", ")
    };
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
