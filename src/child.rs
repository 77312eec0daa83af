//! What environment a child process, worker thread or cluster worker will get, following Node's
//! own rules, and which of this process's credentials it would lose on the way.
//!
//! - `spawn`, `fork`, `exec`, `execFile` (and their `Sync` forms): an `env` option replaces the
//!   whole environment (`undefined` values are dropped); without it the child inherits ours.
//! - `new Worker()`: copies `process.env` at construction, unless `env` is given (then the thread
//!   sees only that object) or is `SHARE_ENV` (then it shares ours).
//! - `cluster.fork(env)`: merges `env` over `process.env`.
//!
//! And Python's (the `credcheck` Python package):
//! - `subprocess.run/Popen(env=...)` and `os.exec*e`/`os.spawn*e`: the mapping replaces the whole
//!   environment; without it the child inherits `os.environ` as it is now.
//! - a `multiprocessing` pool, `ProcessPoolExecutor` or forkserver: each worker keeps the
//!   environment of the moment it (or the forkserver) started, so the caller passes that snapshot
//!   as `env` and a key set later is lost.

use crate::env::{check_env, CheckError, Env, EnvOptions};
use crate::finding::{Finding, Location, Report, Severity};
use crate::secret::{fingerprint, ValueKind};
use crate::{catalog::catalog, secret};
use serde::Deserialize;
use std::collections::BTreeMap;

/// How the child is started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Launch {
    /// `child_process.spawn` / `spawnSync`.
    Spawn,
    /// `child_process.fork`.
    Fork,
    /// `child_process.exec` / `execSync`.
    Exec,
    /// `child_process.execFile` / `execFileSync`.
    ExecFile,
    /// `new worker_threads.Worker()`.
    Worker,
    /// `cluster.fork(env)`.
    ClusterFork,
    /// Python `subprocess.run` / `Popen` with `env=`.
    Subprocess,
    /// Python `os.exec*e` / `os.spawn*e`.
    OsExec,
    /// A Python process pool (`multiprocessing.Pool`, `ProcessPoolExecutor`) or forkserver whose
    /// workers started earlier: `env` is the environment they started with.
    Pool,
}

impl Launch {
    /// How a user writes the call, for messages.
    pub fn call(self) -> &'static str {
        match self {
            Launch::Spawn => "spawn()",
            Launch::Fork => "fork()",
            Launch::Exec => "exec()",
            Launch::ExecFile => "execFile()",
            Launch::Worker => "new Worker()",
            Launch::ClusterFork => "cluster.fork()",
            Launch::Subprocess => "subprocess (env=...)",
            Launch::OsExec => "os.exec*e()",
            Launch::Pool => "a process pool started earlier",
        }
    }
}

/// The options that decide a child's environment.
#[derive(Debug, Clone)]
pub struct ChildSpec {
    /// How it is started.
    pub launch: Launch,
    /// The `env` option, if one is given.
    pub env: Option<Env>,
    /// `env: SHARE_ENV` on a `Worker`.
    pub share_env: bool,
}

/// The environment the child will see.
pub fn child_env(parent: &Env, spec: &ChildSpec) -> Env {
    match (&spec.env, spec.launch) {
        (_, Launch::Worker) if spec.share_env => parent.clone(),
        (None, _) => parent.clone(),
        (Some(given), Launch::ClusterFork) => {
            let mut merged = parent.clone();
            merged.entries.extend(given.entries.iter().cloned());
            merged
        }
        (Some(given), _) => given.clone(),
    }
}

fn is_credential(name: &str) -> bool {
    catalog()
        .vars_named(name)
        .any(|(_, v)| crate::env::SECRET_SLOTS.contains(&v.slot.as_str()))
}

/// Checks the environment a child would get: every env check on the child's environment, plus
/// `env-not-propagated` for each credential this process holds that the child would not, and
/// `env-differs-in-child` for one it would get with another value.
pub fn check_child(
    parent: &Env,
    spec: &ChildSpec,
    opts: &EnvOptions,
) -> Result<Report, CheckError> {
    let child = child_env(parent, spec);
    let report = check_env(&child, opts)?;
    let needed: Vec<String> = report.summary.providers.clone();
    let call = spec.launch.call();
    let mut lost = Vec::new();
    let mut findings = Vec::new();
    for entry in &parent.entries {
        let name = entry.name.as_str();
        let Some(value) = parent.text(name) else {
            continue;
        };
        if !is_credential(name)
            || secret::inspect(value).kind != ValueKind::Value
            || lost.iter().any(|l| l == name)
        {
            continue;
        }
        let provider = catalog()
            .vars_named(name)
            .next()
            .map(|(p, _)| p.id.to_string())
            .unwrap_or_default();
        let severity = if !opts.declared() || needed.contains(&provider) {
            Severity::Error
        } else {
            Severity::Warning
        };
        match child.text(name) {
            None => {
                lost.push(name.to_string());
                findings.push(
                    Finding::new(
                        "env-not-propagated",
                        Location::env(name),
                        format!("{name} is set in this process, but the child started by {call} will not have it: {}", why(spec.launch)),
                        fix(spec.launch),
                    )
                    .severity(severity)
                    .provider(&provider)
                    .secret(Some(secret::secret_ref(value, &secret::inspect(value)))),
                );
            }
            Some(other) if other != value => findings.push(
                Finding::new(
                    "env-differs-in-child",
                    Location::env(name),
                    format!(
                        "the child started by {call} gets another {name} ({}) than this process has ({})",
                        fingerprint(other),
                        fingerprint(value)
                    ),
                    format!("Pass this process's {name} on, or make sure the child's value is the one you mean (a rotated key?)"),
                )
                .provider(&provider),
            ),
            Some(_) => {}
        }
    }
    // A missing key that propagation explains is reported once, as not propagated.
    let explained = |f: &Finding| {
        f.rule == "missing-key" && f.location.env.as_ref().is_some_and(|e| lost.contains(e))
    };
    findings.extend(report.findings.into_iter().filter(|f| !explained(f)));
    Ok(Report::new(findings, needed))
}

/// Fingerprints of the usable credential variables in `env` (name → `sha256:…`): what a probe
/// child reports, and what its parent compares with.
pub fn credential_fingerprints(env: &Env) -> BTreeMap<String, String> {
    env.entries
        .iter()
        .filter(|e| is_credential(&e.name))
        .filter_map(|e| {
            let value = env.text(&e.name)?;
            (secret::inspect(value).kind == ValueKind::Value)
                .then(|| (e.name.clone(), fingerprint(value)))
        })
        .collect()
}

/// Compares what a started child reported (`child`) with this process's credentials (`parent`):
/// `env-not-propagated` for each one the child lacks, `env-differs-in-child` for another value.
pub fn compare_probe(
    launch: Launch,
    parent: &BTreeMap<String, String>,
    child: &BTreeMap<String, String>,
) -> Report {
    let call = launch.call();
    let findings = parent
        .iter()
        .filter_map(|(name, fp)| {
            let provider = catalog().vars_named(name).next().map(|(p, _)| p.id.to_string()).unwrap_or_default();
            let finding = match child.get(name) {
                None => Finding::new(
                    "env-not-propagated",
                    Location::env(name.as_str()),
                    format!("{name} is set in this process ({fp}), but a child started by {call} does not see a usable value"),
                    fix(launch),
                ),
                Some(other) if other != fp => Finding::new(
                    "env-differs-in-child",
                    Location::env(name.as_str()),
                    format!("a child started by {call} sees another {name} ({other}) than this process has ({fp})"),
                    format!("Make the child get this process's {name}; a stale or rotated key may be baked into its start-up"),
                ),
                Some(_) => return None,
            };
            Some(finding.provider(&provider))
        })
        .collect();
    Report::new(findings, Vec::new())
}

fn why(launch: Launch) -> &'static str {
    match launch {
        Launch::Worker => "a Worker given `env` sees only that object",
        Launch::ClusterFork => "its env overrides it",
        Launch::Subprocess | Launch::OsExec => "an `env` mapping replaces the whole environment",
        Launch::Pool => "a pool's workers keep the environment of the moment they started, and it was not set then",
        _ => "an `env` option replaces the whole environment",
    }
}

fn fix(launch: Launch) -> String {
    match launch {
        Launch::Worker => "Pass env: { ...process.env, ...extra }, or env: SHARE_ENV, or leave env out (the thread copies process.env when it is constructed)".into(),
        Launch::ClusterFork => "Do not override it in cluster.fork({ ... }); the worker inherits process.env".into(),
        Launch::Subprocess | Launch::OsExec => "Pass env={**os.environ, **extra} (or leave env out to inherit this process's environment)".into(),
        Launch::Pool => "Set the key (load .env) before the pool or executor is created, or create the pool again after setting it".into(),
        _ => "Pass env: { ...process.env, ...extra } (or leave env out to inherit this process's environment)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::sample_key;

    fn key() -> String {
        let (_, s, _) = catalog()
            .shapes()
            .find(|(_, s, _)| s.name == "OpenAI project key")
            .unwrap();
        sample_key(s, 5)
    }

    fn spec(launch: Launch, env: Option<Vec<(&str, &str)>>) -> ChildSpec {
        ChildSpec {
            launch,
            env: env.map(|pairs| {
                Env::from_pairs(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v.to_string())),
                )
            }),
            share_env: false,
        }
    }

    fn rules(r: &Report) -> Vec<String> {
        r.findings
            .iter()
            .map(|f| format!("{}:{}", f.rule, f.location.env.clone().unwrap_or_default()))
            .collect()
    }

    #[test]
    fn empty_env_object_loses_every_key() {
        let k = key();
        let parent = Env::from_pairs([("OPENAI_API_KEY", k.as_str()), ("PATH", "/bin")]);
        let opts = EnvOptions {
            providers: vec!["openai".into()],
            ..Default::default()
        };
        for launch in [
            Launch::Fork,
            Launch::Spawn,
            Launch::Exec,
            Launch::ExecFile,
            Launch::Worker,
        ] {
            let r = check_child(&parent, &spec(launch, Some(vec![])), &opts).unwrap();
            assert_eq!(
                rules(&r),
                ["env-not-propagated:OPENAI_API_KEY"],
                "{launch:?}"
            );
            assert!(r.findings[0].message.contains(launch.call()));
        }
    }

    #[test]
    fn inherited_spread_shared_and_merged_envs_keep_keys() {
        let k = key();
        let parent = Env::from_pairs([("OPENAI_API_KEY", k.as_str())]);
        let opts = EnvOptions {
            providers: vec!["openai".into()],
            ..Default::default()
        };
        let spread = Some(vec![("OPENAI_API_KEY", k.as_str()), ("EXTRA", "1")]);
        let mut shared = spec(Launch::Worker, Some(vec![]));
        shared.share_env = true;
        for s in [
            spec(Launch::Fork, None),
            spec(Launch::Fork, spread),
            shared,
            spec(Launch::ClusterFork, Some(vec![("ROLE", "w")])),
        ] {
            let r = check_child(&parent, &s, &opts).unwrap();
            assert!(r.findings.is_empty(), "{:?}: {:?}", s.launch, rules(&r));
        }
    }

    #[test]
    fn probe_comparison() {
        let k = key();
        let parent = credential_fingerprints(&Env::from_pairs([
            ("OPENAI_API_KEY", k.as_str()),
            ("GROQ_API_KEY", ""),
            ("PATH", "/bin"),
        ]));
        assert_eq!(parent.keys().collect::<Vec<_>>(), ["OPENAI_API_KEY"]);
        let same = compare_probe(Launch::Fork, &parent, &parent.clone());
        assert!(same.findings.is_empty());
        let lost = compare_probe(Launch::Worker, &parent, &BTreeMap::new());
        assert_eq!(rules(&lost), ["env-not-propagated:OPENAI_API_KEY"]);
        let other = credential_fingerprints(&Env::from_pairs([(
            "OPENAI_API_KEY",
            "a1b2c3d4".repeat(5).as_str(),
        )]));
        assert_eq!(
            rules(&compare_probe(Launch::ClusterFork, &parent, &other)),
            ["env-differs-in-child:OPENAI_API_KEY"]
        );
    }

    #[test]
    fn child_checks_run_on_the_child_env() {
        let k = key();
        let parent = Env::from_pairs([("OPENAI_API_KEY", k.as_str())]);
        let opts = EnvOptions::default();
        let r = check_child(
            &parent,
            &spec(Launch::ClusterFork, Some(vec![("OPENAI_API_KEY", "")])),
            &opts,
        )
        .unwrap();
        assert!(
            rules(&r).contains(&"empty-key:OPENAI_API_KEY".to_string()),
            "{:?}",
            rules(&r)
        );
        let other = format!("{}x", &k[..k.len() - 1]);
        let r = check_child(
            &parent,
            &spec(
                Launch::Spawn,
                Some(vec![("OPENAI_API_KEY", other.as_str())]),
            ),
            &opts,
        )
        .unwrap();
        assert!(
            rules(&r).contains(&"env-differs-in-child:OPENAI_API_KEY".to_string()),
            "{:?}",
            rules(&r)
        );
        assert!(!format!("{r:?}").contains(&k[10..30]));
    }
}
