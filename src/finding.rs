//! Findings and reports: the one output format every check produces.

use serde::{Deserialize, Serialize};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Will fail (or already fails) authentication.
    Error,
    /// Likely to fail, or fails only in some set-ups.
    Warning,
    /// Worth knowing; nothing is broken.
    Info,
}

impl Severity {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Where a finding points: an environment variable, or a place in a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The environment variable name, for env checks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<String>,
    /// The file path, for file checks (and env files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// A JSON pointer into a structured file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

impl Location {
    /// A location naming an environment variable.
    pub fn env(name: impl Into<String>) -> Self {
        Location {
            env: Some(name.into()),
            ..Default::default()
        }
    }

    /// The location as one short human string: `file:line:col (VAR)` or `VAR`.
    pub fn display(&self) -> String {
        let mut out = String::new();
        if let Some(file) = &self.file {
            out.push_str(file);
            if let Some(line) = self.line {
                out.push_str(&format!(":{line}"));
                if let Some(col) = self.column {
                    out.push_str(&format!(":{col}"));
                }
            }
        }
        if let Some(ptr) = &self.pointer {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(ptr);
        }
        if let Some(env) = &self.env {
            if out.is_empty() {
                out.push_str(env);
            } else {
                out.push_str(&format!(" ({env})"));
            }
        }
        if out.is_empty() {
            out.push_str("(environment)");
        }
        out
    }
}

/// A secret as it may appear in output: masked and fingerprinted, never whole.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SecretRef {
    /// At most the provider prefix and the last four characters (`sk-proj-…Qx7a`).
    pub masked: String,
    /// A short stable hash for comparing processes (`sha256:3f2a9c1b7d4e`).
    pub fingerprint: String,
    /// The provider its shape points to, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Finding {
    /// Stable kebab-case rule id (see [`crate::rules`]).
    pub rule: String,
    /// How bad it is.
    pub severity: Severity,
    /// Where it is.
    pub location: Location,
    /// One line saying what is wrong.
    pub message: String,
    /// A concrete step that fixes it.
    pub fix: String,
    /// The provider concerned, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The secret concerned, masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretRef>,
}

impl Finding {
    /// A finding with the rule's default severity.
    pub fn new(rule: &str, location: Location, message: String, fix: String) -> Self {
        Finding {
            rule: rule.to_string(),
            severity: crate::rules::default_severity(rule),
            location,
            message,
            fix,
            provider: None,
            secret: None,
        }
    }

    /// Sets the severity.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Sets the provider.
    pub fn provider(mut self, provider: &str) -> Self {
        self.provider = Some(provider.to_string());
        self
    }

    /// Attaches a masked secret.
    pub fn secret(mut self, secret: Option<SecretRef>) -> Self {
        self.secret = secret;
        self
    }
}

/// Counts over a report's findings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Summary {
    /// Error-level findings.
    pub errors: usize,
    /// Warning-level findings.
    pub warnings: usize,
    /// Info-level findings.
    pub infos: usize,
    /// True when there are no errors.
    pub ok: bool,
    /// Provider ids that were checked: those asked for and those whose credentials are set
    /// (in the environment, or in the files read).
    pub providers: Vec<String>,
    /// How many files were read, for checks of files (scan, lint); absent for an environment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<usize>,
}

/// The result of any check: `{ "findings": [...], "summary": {...} }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Report {
    /// Every finding, errors first.
    pub findings: Vec<Finding>,
    /// Counts.
    pub summary: Summary,
}

impl Report {
    /// Builds a report: sorts findings (errors first, then by location) and counts them.
    pub fn new(mut findings: Vec<Finding>, providers: Vec<String>) -> Self {
        // The last guard of "no secret leaves in full": a message or fix that quotes user
        // content (a model string, a setting) has any key-shaped run in it masked here.
        for f in &mut findings {
            f.message = crate::secret::mask_in_text(&f.message);
            f.fix = crate::secret::mask_in_text(&f.fix);
        }
        if findings.len() > 1 {
            findings.sort_by_cached_key(|f| (f.severity, f.location.display(), f.rule.clone()));
            findings.dedup();
        }
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let summary = Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            ok: count(Severity::Error) == 0,
            providers,
            files: None,
        };
        Report { findings, summary }
    }

    /// Merges reports (say, a scan's and a lint's) into one: findings sorted and counted again,
    /// providers sorted, files counted.
    pub fn combine(reports: impl IntoIterator<Item = Report>) -> Report {
        let mut providers: Vec<String> = Vec::new();
        let mut findings = Vec::new();
        let mut files: Option<usize> = None;
        for r in reports {
            findings.extend(r.findings);
            if let Some(n) = r.summary.files {
                files = Some(files.unwrap_or(0) + n);
            }
            for p in r.summary.providers {
                if !providers.contains(&p) {
                    providers.push(p);
                }
            }
        }
        providers.sort();
        let report = Report::new(findings, providers);
        match files {
            Some(n) => report.with_files(n),
            None => report,
        }
    }

    /// The report of a check that read `files` files.
    pub fn with_files(mut self, files: usize) -> Self {
        self.summary.files = Some(files);
        self
    }

    /// Error-level findings only.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }
}

/// `word` with its indefinite article: `an OpenAI`, `a Groq`, `an AWS`.
pub fn a(word: &str) -> String {
    let vowel = word
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {word}", if vowel { "an" } else { "a" })
}
