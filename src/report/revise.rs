//! What a project asks of a report after the checks: per-rule severity overrides (its config
//! file), a baseline of accepted findings, and errors only (`--quiet`). Every output format and
//! the exit status are then taken from the revised report, so they cannot disagree.

use crate::finding::{Finding, Report, Severity};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// A rule's level in a project config: a severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule's findings are dropped.
    Off,
    /// Info.
    Info,
    /// Warning.
    Warning,
    /// Error.
    Error,
}

/// One accepted finding: its rule, its file (or `(environment)`) and a fingerprint of what it
/// points at. Holds no secret: the fingerprint is a hash of the line after masking.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    /// The rule id.
    pub rule: String,
    /// The file, as findings name it.
    pub file: String,
    /// 16 hex digits of SHA-256 over the rule, the file and the line's masked, trimmed text
    /// (the finding's variable and message when it has no line): a line that moves keeps it.
    pub fingerprint: String,
}

/// The findings a project has accepted (`--write-baseline`), reported no more (`--baseline`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The format's version (1).
    pub version: u32,
    /// The accepted findings; an entry listed twice accepts two identical findings.
    pub findings: Vec<BaselineEntry>,
}

/// How to revise a report.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Revision {
    /// Rule id → level.
    pub rules: BTreeMap<String, Level>,
    /// Findings not to report.
    pub baseline: Option<Baseline>,
    /// The text of each file findings point into (path as findings name it), for fingerprints.
    pub texts: BTreeMap<String, String>,
    /// Keep error-level findings only.
    pub errors_only: bool,
}

/// A revision that names something that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviseError {
    /// A rule id in the overrides that is not a rule.
    #[error("unknown rule {0:?} (credcheck rules lists them)")]
    UnknownRule(String),
    /// A baseline of another format version.
    #[error("baseline version {0} is not one this credcheck reads (1)")]
    BaselineVersion(u32),
}

/// The baseline entry of `f`, reading its line from `texts` when it has one.
pub fn baseline_entry(f: &Finding, texts: &BTreeMap<String, String>) -> BaselineEntry {
    let file = f
        .location
        .file
        .clone()
        .unwrap_or_else(|| "(environment)".into());
    let line = f
        .location
        .line
        .zip(f.location.file.as_ref())
        .and_then(|(n, file)| texts.get(file)?.lines().nth((n as usize).checked_sub(1)?));
    let content = match line {
        Some(l) => crate::secret::mask_in_text(l.trim()),
        None => format!(
            "{}\0{}\0{}",
            f.location.env.as_deref().unwrap_or(""),
            f.location.pointer.as_deref().unwrap_or(""),
            f.message
        ),
    };
    let mut h = Sha256::new();
    for part in [f.rule.as_str(), file.as_str(), content.as_str()] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let fingerprint = h
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    BaselineEntry {
        rule: f.rule.clone(),
        file,
        fingerprint,
    }
}

/// The baseline accepting every finding of `report`, sorted so that it diffs well.
pub fn baseline_of(report: &Report, texts: &BTreeMap<String, String>) -> Baseline {
    let mut findings: Vec<BaselineEntry> = report
        .findings
        .iter()
        .map(|f| baseline_entry(f, texts))
        .collect();
    findings.sort();
    Baseline {
        version: 1,
        findings,
    }
}

/// Applies `revision`: levels first, then the baseline, then errors only; recounts the summary.
pub fn revise(report: &Report, revision: &Revision) -> Result<Report, ReviseError> {
    if let Some(id) = revision
        .rules
        .keys()
        .find(|id| crate::rules::find(id).is_none())
    {
        return Err(ReviseError::UnknownRule(id.clone()));
    }
    let mut accepted: Vec<&BaselineEntry> = match &revision.baseline {
        Some(b) if b.version != 1 => return Err(ReviseError::BaselineVersion(b.version)),
        Some(b) => b.findings.iter().collect(),
        None => Vec::new(),
    };
    let mut findings = Vec::new();
    for f in &report.findings {
        let severity = match revision.rules.get(&f.rule) {
            Some(Level::Off) => continue,
            Some(Level::Info) => Severity::Info,
            Some(Level::Warning) => Severity::Warning,
            Some(Level::Error) => Severity::Error,
            None => f.severity,
        };
        if !accepted.is_empty() {
            let entry = baseline_entry(f, &revision.texts);
            if let Some(i) = accepted.iter().position(|e| **e == entry) {
                accepted.swap_remove(i);
                continue;
            }
        }
        if revision.errors_only && severity != Severity::Error {
            continue;
        }
        findings.push(f.clone().severity(severity));
    }
    let revised = Report::new(findings, report.summary.providers.clone());
    Ok(match report.summary.files {
        Some(n) => revised.with_files(n),
        None => revised,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Location;

    fn at(rule: &str, line: u32) -> Finding {
        let location = Location {
            file: Some("a.env".into()),
            line: Some(line),
            ..Default::default()
        };
        Finding::new(rule, location, "m".into(), "f".into())
    }

    #[test]
    fn a_baselined_finding_stays_accepted_when_lines_are_added_above_it() {
        let (_, shape, _) = crate::catalog::catalog().shapes().next().unwrap();
        let key = crate::catalog::sample_key(shape, 1);
        let before: BTreeMap<_, _> =
            [("a.env".to_string(), format!("OPENAI_API_KEY={key}\n"))].into();
        let report = Report::new(vec![at("literal-secret", 1)], vec![]);
        let baseline = baseline_of(&report, &before);
        let stored = serde_json::to_string(&baseline).unwrap();
        assert!(!stored.contains(&key[key.len() - 8..]), "{stored}");
        let after: BTreeMap<_, _> = [(
            "a.env".to_string(),
            format!("# new\nOPENAI_API_KEY={key}\n"),
        )]
        .into();
        let moved = Report::new(vec![at("literal-secret", 2)], vec![]);
        let revision = Revision {
            baseline: Some(baseline.clone()),
            texts: after.clone(),
            ..Default::default()
        };
        assert!(revise(&moved, &revision).unwrap().findings.is_empty());
        // A new finding on another line is still reported.
        let changed: BTreeMap<_, _> = [(
            "a.env".to_string(),
            "# new\nOPENAI_API_KEY=other\n".to_string(),
        )]
        .into();
        let revision = Revision {
            baseline: Some(baseline),
            texts: changed,
            ..Default::default()
        };
        assert_eq!(revise(&moved, &revision).unwrap().findings.len(), 1);
    }

    #[test]
    fn levels_change_severity_and_counts_and_unknown_rules_are_refused() {
        let report = Report::new(vec![at("empty-key", 1), at("duplicate-env-key", 2)], vec![]);
        let revision = Revision {
            rules: [
                ("empty-key".to_string(), Level::Warning),
                ("duplicate-env-key".to_string(), Level::Off),
            ]
            .into(),
            ..Default::default()
        };
        let r = revise(&report, &revision).unwrap();
        assert_eq!(
            (
                r.summary.errors,
                r.summary.warnings,
                r.findings.len(),
                r.summary.ok
            ),
            (0, 1, 1, true)
        );
        let bad = Revision {
            rules: [("empty-keys".to_string(), Level::Off)].into(),
            ..Default::default()
        };
        assert_eq!(
            revise(&report, &bad).unwrap_err(),
            ReviseError::UnknownRule("empty-keys".into())
        );
    }
}
