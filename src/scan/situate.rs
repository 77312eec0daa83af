//! Placing environment-check findings in a config file: a finding about a unit's environment
//! that has no file of its own points at the unit, and every message names the unit.

use crate::finding::{Finding, Location};

/// Rules about a setting that is absent from a unit's environment. The app's code or a mounted
/// config (a LiteLLM proxy's `config.yaml`, an `appsettings.json`) often gives it instead, so
/// in a Compose service or a container only the running environment can say: info.
const ABSENT_SETTING: &[&str] = &[
    "missing-key",
    "azure-missing-endpoint",
    "azure-missing-api-version",
    "azure-missing-deployment",
    "missing-region",
];

/// Lowers a finding about a setting absent from an environment to info (see [`ABSENT_SETTING`]).
pub(crate) fn absent_to_info(f: &mut Finding) {
    if ABSENT_SETTING.contains(&f.rule.as_str()) {
        f.severity = crate::finding::Severity::Info;
    }
}

/// Prefixes each message with `label` and gives findings without a file the unit's location.
/// Drops `no-credentials`: a unit without any credential is normal (a database service).
/// A setting absent from the unit's environment is info (see [`ABSENT_SETTING`]).
pub(crate) fn situate(findings: Vec<Finding>, label: &str, at: &Location) -> Vec<Finding> {
    findings
        .into_iter()
        .filter(|f| f.rule != "no-credentials")
        .map(|mut f| {
            absent_to_info(&mut f);
            if f.location.file.is_none() {
                f.location = Location {
                    env: f.location.env.take(),
                    ..at.clone()
                };
            }
            f.message = format!("{label}: {}", f.message);
            f
        })
        .collect()
}

/// Keeps one finding per rule and place, the most severe: the same `.env` line judged for two
/// models is one problem.
pub(crate) fn dedup_by_place(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by_key(|f| f.severity);
    let mut seen: Vec<(String, String)> = Vec::new();
    findings.retain(|f| {
        let key = (f.rule.clone(), f.location.display());
        let fresh = f.location.file.is_none() || !seen.contains(&key);
        seen.push(key);
        fresh
    });
    findings
}
