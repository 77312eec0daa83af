//! The comparison of replicas of one workload: which lacks a credential the others have, which
//! holds another key than the rest, and which started before the newest key appeared.

use super::record::{self, Record};
use crate::finding::{Finding, Location};
use std::collections::{BTreeMap, BTreeSet};

/// One replica as the comparison sees it.
#[derive(Debug, Clone)]
pub struct Replica {
    /// Its name in messages: `pod/web-7d4b9c6f5-x2kqz/app`, `app-web-2`, `node 5f3a2b1c0d9e`.
    pub name: String,
    /// The workload it belongs to (replicas are compared within one); empty for "all of them".
    pub workload: String,
    /// Its latest startup record, or `None` when it has none.
    pub record: Option<Record>,
    /// Where its record is (a log file and line), or just nothing for a probe.
    pub location: Location,
    /// Why it has no record, for the `replica-unseen` message.
    pub unseen: Option<String>,
}

/// How to compare.
#[derive(Debug, Clone, Copy)]
pub struct Fleet<'a> {
    /// What a replica is called: `replica`, `node`, `worker`.
    pub noun: &'a str,
    /// Read start times as evidence of a rotation (logs: yes; a live probe compares what every
    /// replica holds now, and a worker's start time says nothing about its node's environment).
    pub start_times: bool,
    /// Report a replica without a record even when no replica of its workload has one (a probe
    /// asked every node; a log holds sidecars that never write records).
    pub all_unseen: bool,
}

/// The findings over `replicas`, workload by workload.
pub fn compare(replicas: &[Replica], fleet: Fleet<'_>) -> Vec<Finding> {
    let mut groups: BTreeMap<&str, Vec<&Replica>> = BTreeMap::new();
    for r in replicas {
        groups.entry(r.workload.as_str()).or_default().push(r);
    }
    let mut findings = Vec::new();
    for (workload, group) in groups {
        let seen: Vec<(&Replica, &Record)> = group
            .iter()
            .filter_map(|r| r.record.as_ref().map(|rec| (*r, rec)))
            .collect();
        if !seen.is_empty() || fleet.all_unseen {
            for r in group.iter().filter(|r| r.record.is_none()) {
                findings.push(unseen(r, workload, fleet));
            }
        }
        let vars: BTreeSet<&str> = seen
            .iter()
            .flat_map(|(_, rec)| rec.keys.keys().map(String::as_str))
            .collect();
        for var in vars {
            findings.extend(compare_var(&seen, workload, var, fleet));
        }
    }
    findings
}

/// `replica app-web-2`, or `pod/x/app (of web/app)`.
fn named(r: &Replica, workload: &str, fleet: Fleet<'_>) -> String {
    // `pod/x/app` and `node/x` say what they are already.
    let name = if r.name.starts_with(fleet.noun) || r.name.contains('/') {
        r.name.clone()
    } else {
        format!("{} {}", fleet.noun, r.name)
    };
    if workload.is_empty() || r.name == workload {
        name
    } else {
        format!("{name} (of {workload})")
    }
}

fn unseen(r: &Replica, workload: &str, fleet: Fleet<'_>) -> Finding {
    let why = r.unseen.clone().unwrap_or_else(|| {
        "its log holds no credcheck startup record (it started before records were turned on, or the log was cut by --tail or --since)".into()
    });
    Finding::new(
        "replica-unseen",
        r.location.clone(),
        format!("{} cannot be compared: {why}", named(r, workload, fleet)),
        "Turn the startup record on everywhere (assertCredentials({ record: true }), assert_credentials(record=True) or CREDCHECK_RECORD=1) and read the whole log, or probe the replica again".into(),
    )
}

fn compare_var(
    seen: &[(&Replica, &Record)],
    workload: &str,
    var: &str,
    fleet: Fleet<'_>,
) -> Vec<Finding> {
    // Fingerprint → its holders, in the order they came.
    let mut holders: BTreeMap<&str, Vec<(&Replica, &Record)>> = BTreeMap::new();
    let mut provider = "";
    for (r, rec) in seen {
        if let Some((p, fp)) = rec.keys.get(var) {
            holders.entry(fp.as_str()).or_default().push((*r, *rec));
            provider = p;
        }
    }
    let held: usize = holders.values().map(Vec::len).sum();
    let total = seen.len();
    let most = holders.values().map(Vec::len).max().unwrap_or(0);
    let majority: Vec<&str> = holders
        .iter()
        .filter(|(_, h)| h.len() == most)
        .map(|(fp, _)| *fp)
        .collect();
    let common = (majority.len() == 1).then(|| majority[0]);
    let at = |r: &Replica| Location {
        env: Some(var.to_string()),
        ..r.location.clone()
    };
    let with_provider = |f: Finding| {
        if provider.is_empty() || provider == "unknown" {
            f
        } else {
            f.provider(provider)
        }
    };
    let mut findings = Vec::new();
    for (r, rec) in seen {
        if rec.keys.contains_key(var) {
            continue;
        }
        let others = match common {
            Some(fp) => format!("{held} of {total} have it ({fp})"),
            None => format!("{held} of {total} have it"),
        };
        findings.push(with_provider(Finding::new(
            "replica-key-missing",
            at(r),
            format!("{} started without {var}; {others}", named(r, workload, fleet)),
            format!("Give {} {var} from the same source as the others (its Secret, env file, runtime_env or worker environment) and restart it", r.name),
        )));
    }
    if holders.len() < 2 {
        return findings;
    }
    if let Some(stale) = fleet.start_times.then(|| stale_holders(&holders)).flatten() {
        let Rotation {
            newest,
            first,
            introducer,
            stale,
        } = stale;
        let on_new = holders[newest].len();
        for (fp, group) in holders.iter().filter(|(fp, _)| **fp != newest) {
            for (r, rec) in group {
                let who = named(r, workload, fleet);
                let finding = if stale.contains(&r.name.as_str()) {
                    Finding::new(
                        "replica-stale-key",
                        at(r),
                        format!("{who} started at {} with {var} {fp}, before the newest {var} ({newest}) first appeared, on {introducer} at {first}: it holds the key from before a rotation ({on_new} of {total} hold the newest)", rec.started),
                        format!("If {var} was rotated, restart {} (restart every replica after rotating a key); if {newest} is not the current key, {introducer} is the odd one", r.name),
                    )
                } else {
                    Finding::new(
                        "replica-key-differs",
                        at(r),
                        format!("{who} started at {}, after the newest {var} ({newest}) appeared on {introducer} at {first}, yet holds another ({fp})", rec.started),
                        format!("Find where {} gets {var} (an old Secret version, a node-local env file) and make it the current key, then restart it", r.name),
                    )
                };
                findings.push(with_provider(finding));
            }
        }
        return findings;
    }
    for (fp, group) in holders.iter().filter(|(fp, _)| Some(**fp) != common) {
        for (r, _) in group {
            let who = named(r, workload, fleet);
            let message = match common {
                Some(main) => format!(
                    "{who} holds another {var} ({fp}) than the other {} of {total} ({main})",
                    holders[main].len()
                ),
                None => format!(
                    "{who} holds {var} {fp}, and no key is held by most: {}",
                    spread(&holders)
                ),
            };
            findings.push(with_provider(Finding::new(
                "replica-key-differs",
                at(r),
                message,
                format!("Give every {} the same {var} (check where {} gets it: a Secret, env file, runtime_env or the worker's environment) and restart the odd one", fleet.noun, r.name),
            )));
        }
    }
    findings
}

/// Replicas started this long before a key appeared are not of the rollout that brought it.
const ROLLOUT_WINDOW_MS: i64 = 10 * 60 * 1000;

/// A rotation the start times show: the key that appeared last, when and where it first did,
/// and the replicas holding another key that started more than [`ROLLOUT_WINDOW_MS`] before.
struct Rotation<'a> {
    newest: &'a str,
    first: &'a str,
    introducer: &'a str,
    stale: Vec<&'a str>,
}

/// The rotation the start times show, if any: `None` when two keys first appeared at the same
/// time, or when every holder of an older key started within the rollout window of the newest
/// (replicas of one rollout that got different keys: compared by majority instead).
fn stale_holders<'a>(
    holders: &BTreeMap<&'a str, Vec<(&'a Replica, &'a Record)>>,
) -> Option<Rotation<'a>> {
    let mut firsts: Vec<(&str, &Replica, &Record)> = holders
        .iter()
        .filter_map(|(fp, h)| {
            let (r, rec) = h.iter().min_by_key(|(_, rec)| rec.started.as_str())?;
            Some((*fp, *r, *rec))
        })
        .collect();
    firsts.sort_by(|a, b| b.2.started.cmp(&a.2.started));
    let (newest, introducer, first) = match firsts.as_slice() {
        [(fp, r, rec), rest @ ..]
            if rest
                .first()
                .map_or(true, |(_, _, o)| o.started < rec.started) =>
        {
            (*fp, *r, *rec)
        }
        _ => return None,
    };
    let appeared = record::iso_ms(&first.started)?;
    let stale: Vec<&str> = holders
        .iter()
        .filter(|(fp, _)| **fp != newest)
        .flat_map(|(_, h)| h.iter())
        .filter(|(_, rec)| {
            record::iso_ms(&rec.started).is_some_and(|t| t < appeared - ROLLOUT_WINDOW_MS)
        })
        .map(|(r, _)| r.name.as_str())
        .collect();
    (!stale.is_empty()).then_some(Rotation {
        newest,
        first: first.started.as_str(),
        introducer: introducer.name.as_str(),
        stale,
    })
}

fn spread(holders: &BTreeMap<&str, Vec<(&Replica, &Record)>>) -> String {
    holders
        .iter()
        .map(|(fp, h)| format!("{} hold {fp}", h.len()))
        .collect::<Vec<_>>()
        .join(", ")
}
