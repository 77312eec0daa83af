//! Key drift between replicas: processes of one app that run on many machines (pods, Compose
//! containers, Ray nodes, Celery workers) and should hold the same credentials.
//!
//! Two inputs reach the same comparison ([`compare`]): the startup records ([`record`]) that
//! replicas wrote to their logs, read back from `kubectl logs --prefix`, `docker compose logs` or
//! any log ([`check_logs`]); and what a live probe asked every node or worker ([`check_probe`]).

pub mod compare;
pub mod logs;
pub mod record;
#[cfg(test)]
mod tests;

use crate::finding::{Location, Report};
use compare::{Fleet, Replica};
use record::{parse_record, RecordError};
use serde::Deserialize;
use std::collections::BTreeMap;
use thiserror::Error;

pub use record::{record_line, Record, MARKER};

/// Why logs or probe answers could not be compared.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DriftError {
    /// Not one record in the input: nothing to compare, and saying "no drift" would be a lie.
    #[error("no credcheck startup record in {files}: turn the record on where the app starts (CREDCHECK_RECORD=1, assertCredentials({{ record: true }}) or assert_credentials(record=True)) and read the logs again")]
    NoRecords {
        /// The inputs read, comma-separated.
        files: String,
    },
    /// A line holds the marker but not a whole record.
    #[error("{file}:{line}: {source}")]
    Record {
        /// The input it is in.
        file: String,
        /// Its 1-based line.
        line: u32,
        /// What is wrong with it.
        source: RecordError,
    },
    /// A probed replica answered with something that is not a record.
    #[error("the answer of {name}: {source}")]
    Probe {
        /// The replica.
        name: String,
        /// What is wrong with it.
        source: RecordError,
    },
}

/// A replica as the log shows it: its workload, its latest record and where that is, and the
/// first line it wrote.
type Seen = (String, Option<(Record, Location)>, Location);

/// Reads logs (`(name, text)` pairs: a file's path, or `-` for standard input) and compares the
/// startup records in them, replica by replica within each workload: `replica-key-missing`,
/// `replica-key-differs`, `replica-stale-key`, and `replica-unseen` for a replica of a workload
/// with records that wrote none. A replica's latest record counts. Lines may carry a
/// `kubectl logs --prefix` or `docker compose logs` prefix, or none (then the record's host names
/// the replica). Errors: no record at all, or a malformed one (naming its file and line).
pub fn check_logs(files: &[(String, String)]) -> Result<Report, DriftError> {
    let mut replicas: BTreeMap<String, Seen> = BTreeMap::new();
    for (file, text) in files {
        for (n, raw) in text.lines().enumerate() {
            let line = u32::try_from(n + 1).unwrap_or(u32::MAX);
            let at = Location {
                file: Some(file.clone()),
                line: Some(line),
                ..Default::default()
            };
            let (source, rest) = logs::split_line(raw);
            let record = match parse_record(&rest) {
                None => None,
                Some(Ok(r)) => Some(r),
                Some(Err(source)) => {
                    return Err(DriftError::Record {
                        file: file.clone(),
                        line,
                        source,
                    })
                }
            };
            let (name, workload) = match (&source, &record) {
                (Some(s), _) => (s.replica.clone(), s.workload.clone()),
                (None, Some(r)) => (r.host.clone(), String::new()),
                (None, None) => continue,
            };
            let entry = replicas
                .entry(name)
                .or_insert_with(|| (workload, None, at.clone()));
            if let Some(record) = record {
                let newer = entry
                    .1
                    .as_ref()
                    .map_or(true, |(old, _)| record.started >= old.started);
                if newer {
                    entry.1 = Some((record, at));
                }
            }
        }
    }
    if replicas.values().all(|(_, r, _)| r.is_none()) {
        let names: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
        let files = if names.is_empty() {
            "the input (no log was given)".to_string()
        } else {
            names.join(", ")
        };
        return Err(DriftError::NoRecords { files });
    }
    let mut providers: Vec<String> = Vec::new();
    let replicas: Vec<Replica> = replicas
        .into_iter()
        .map(|(name, (workload, record, first))| {
            let (record, location) = match record {
                Some((r, at)) => (Some(r), at),
                None => (None, first),
            };
            for (p, _) in record.iter().flat_map(|r| r.keys.values()) {
                if p != "unknown" && !providers.contains(p) {
                    providers.push(p.clone());
                }
            }
            Replica {
                name,
                workload,
                record,
                location,
                unseen: None,
            }
        })
        .collect();
    providers.sort();
    let fleet = Fleet {
        noun: "replica",
        start_times: true,
        all_unseen: false,
    };
    Ok(Report::new(compare::compare(&replicas, fleet), providers).with_files(files.len()))
}

/// What one probed node or worker answered.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProbeAnswer {
    /// Its name in messages (a node id and address, a worker's name).
    pub name: String,
    /// Its startup record line, made by [`record_line`] where it runs.
    #[serde(default)]
    pub record: Option<String>,
    /// The env check it ran on its own environment.
    #[serde(default)]
    pub report: Option<Report>,
    /// Why it gave no answer (a timeout, an error), when it gave none.
    #[serde(default)]
    pub error: Option<String>,
}

/// Compares the answers of a live probe (`noun`: `node` for Ray, `worker` for Celery): each
/// replica's own findings, named after it, and the comparison of their keys (a live probe reads
/// no start times: a rotated key shows as one that differs from what most hold).
pub fn check_probe(noun: &str, answers: Vec<ProbeAnswer>) -> Result<Report, DriftError> {
    let mut findings = Vec::new();
    let mut providers: Vec<String> = Vec::new();
    let mut replicas = Vec::new();
    for a in answers {
        let record = match a.record.as_deref().map(parse_record) {
            Some(Some(Ok(r))) => Some(r),
            Some(Some(Err(source))) => {
                return Err(DriftError::Probe {
                    name: a.name,
                    source,
                })
            }
            Some(None) => {
                return Err(DriftError::Probe {
                    name: a.name,
                    source: RecordError::Malformed("it holds no startup record".into()),
                })
            }
            None => None,
        };
        for mut f in a.report.into_iter().flat_map(|r| {
            for p in &r.summary.providers {
                if !providers.contains(p) {
                    providers.push(p.clone());
                }
            }
            r.findings
        }) {
            f.message = format!("{noun} {}: {}", a.name, f.message);
            findings.push(f);
        }
        let unseen = record.is_none().then(|| {
            a.error
                .clone()
                .unwrap_or_else(|| "it did not answer the probe".into())
        });
        replicas.push(Replica {
            name: a.name,
            workload: String::new(),
            record,
            location: Location::default(),
            unseen,
        });
    }
    let fleet = Fleet {
        noun,
        start_times: false,
        all_unseen: true,
    };
    findings.extend(compare::compare(&replicas, fleet));
    providers.sort();
    Ok(Report::new(findings, providers))
}
