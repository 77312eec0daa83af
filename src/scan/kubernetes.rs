//! Kubernetes manifests: each container's `env` and `envFrom`, the Secrets and ConfigMaps they
//! refer to, and sibling containers and workloads compared. Field names from the Kubernetes API
//! reference (Container, EnvVar, EnvFromSource, SecretKeySelector).

use super::compose::literal_secret;
use super::siblings::{self, Unit};
use super::situate::situate;
use crate::catalog::catalog;
use crate::env::{check_env, Env, EnvEntry, EnvOptions, EnvValue, SECRET_SLOTS};
use crate::finding::{Finding, Location};
use crate::scan::fields::at;
use crate::tree::Node;
use base64::Engine;
use std::rc::Rc;

/// Where the pod template sits in each workload kind.
const POD_SPECS: &[(&str, &[&str])] = &[
    ("Pod", &["spec"]),
    ("Deployment", &["spec", "template", "spec"]),
    ("StatefulSet", &["spec", "template", "spec"]),
    ("DaemonSet", &["spec", "template", "spec"]),
    ("ReplicaSet", &["spec", "template", "spec"]),
    ("ReplicationController", &["spec", "template", "spec"]),
    ("Job", &["spec", "template", "spec"]),
    (
        "CronJob",
        &["spec", "jobTemplate", "spec", "template", "spec"],
    ),
];

fn is_credential(name: &str) -> bool {
    catalog()
        .vars_named(name)
        .any(|(_, v)| SECRET_SLOTS.contains(&v.slot.as_str()))
}

/// A Secret or ConfigMap defined in the scanned files: its keys with values and places.
struct Store<'n> {
    kind: &'n str,
    namespace: String,
    name: String,
    path: &'n str,
    entries: Vec<(String, Option<String>, &'n Node)>,
}

fn namespace(doc: &Node) -> String {
    doc.str_at(&["metadata", "namespace"])
        .unwrap_or("default")
        .to_string()
}

fn stores<'n>(files: &[(&'n str, &'n [Rc<Node>])], out: &mut Vec<Finding>) -> Vec<Store<'n>> {
    let mut stores = Vec::new();
    for (path, docs) in files {
        for doc in docs.iter() {
            let kind = match doc.str_at(&["kind"]) {
                Some(k @ ("Secret" | "ConfigMap")) => k,
                _ => continue,
            };
            let mut entries = Vec::new();
            for (k, v) in doc.get("data").map(|d| d.entries()).unwrap_or_default() {
                let text = v.scalar().map(str::to_string);
                let value = if kind == "Secret" {
                    let compact: String = text.unwrap_or_default().split_whitespace().collect();
                    let decoded = base64::engine::general_purpose::STANDARD
                        .decode(compact.as_bytes())
                        .ok();
                    match decoded.as_ref().map(|b| String::from_utf8(b.clone())) {
                        Some(Ok(v)) => Some(v),
                        // Valid base64 of bytes that are not UTF-8: Secret data may be binary
                        // (a keystore, a redacted `++++`), which the API server accepts.
                        Some(Err(_)) => None,
                        // `<encoded_secret>`: a placeholder for the reader to fill in.
                        None if crate::secret::is_placeholder_text(&compact) => {
                            out.push(Finding::new(
                                "placeholder-key",
                                at(path, v),
                                format!("Secret {}: data.{k} holds a placeholder, not base64 of a value", doc.str_at(&["metadata", "name"]).unwrap_or("?")),
                                format!("Put the real value under stringData.{k}, or its base64 under data.{k}"),
                            ));
                            None
                        }
                        None => {
                            out.push(Finding::new(
                                "config-syntax",
                                at(path, v),
                                format!("Secret {}: data.{k} is not valid base64; the API server rejects it", doc.str_at(&["metadata", "name"]).unwrap_or("?")),
                                format!("Put the plain value under stringData.{k}, or base64-encode it (printf %s \"$value\" | base64 -w0)"),
                            ));
                            None
                        }
                    }
                } else {
                    text
                };
                entries.push((k.to_string(), value, v));
            }
            if kind == "Secret" {
                for (k, v) in doc
                    .get("stringData")
                    .map(|d| d.entries())
                    .unwrap_or_default()
                {
                    entries.push((k.to_string(), v.scalar().map(str::to_string), v));
                }
            }
            let name = doc.str_at(&["metadata", "name"]).unwrap_or("").to_string();
            if kind == "Secret" {
                let env = Env {
                    entries: entries
                        .iter()
                        .filter_map(|(k, v, n)| {
                            Some(EnvEntry {
                                name: k.clone(),
                                value: EnvValue::Text(v.clone()?),
                                file: Some(path.to_string()),
                                line: Some(n.line),
                                column: Some(n.column),
                            })
                        })
                        .collect(),
                };
                if let Ok(report) = check_env(&env, &EnvOptions::default()) {
                    out.extend(situate(
                        report.findings,
                        &format!("Secret {name}"),
                        &at(path, doc),
                    ));
                }
            }
            stores.push(Store {
                kind,
                namespace: namespace(doc),
                name,
                path,
                entries,
            });
        }
    }
    stores
}

/// Checks every Kubernetes manifest of a scan together.
pub(super) fn check(files: &[(&str, &[Rc<Node>])]) -> Vec<Finding> {
    let mut out = Vec::new();
    let stores = stores(files, &mut out);
    let mut units = Vec::new();
    for (path, docs) in files {
        for doc in docs.iter() {
            let Some(kind) = doc.str_at(&["kind"]) else {
                continue;
            };
            let Some((_, spec_path)) = POD_SPECS.iter().find(|(k, _)| *k == kind) else {
                continue;
            };
            let Some(spec) = doc.at(spec_path) else {
                continue;
            };
            let ns = namespace(doc);
            let workload = format!(
                "{kind}/{}",
                doc.str_at(&["metadata", "name"]).unwrap_or("?")
            );
            for (list, init) in [("containers", false), ("initContainers", true)] {
                for c in spec.get(list).map(Node::items).unwrap_or_default() {
                    let cname = c.str_at(&["name"]).unwrap_or("?");
                    let label = format!("{workload} container {cname}");
                    let location = at(path, c.get("name").unwrap_or(c));
                    let (env, opaque) = container_env(path, c, &ns, &stores, &label, &mut out);
                    if let Ok(report) = check_env(&env, &EnvOptions::default()) {
                        let own: Vec<Finding> = report
                            .findings
                            .into_iter()
                            .filter(|f| f.location.file.as_deref().map_or(true, |p| p == *path))
                            .collect();
                        out.extend(situate(own, &label, &location));
                    }
                    if !init {
                        units.push(Unit {
                            label,
                            location,
                            // One app: the same namespace and the same directory (a chart, a
                            // kustomization); unrelated workloads elsewhere are not siblings.
                            group: format!("{ns}\u{0}{}", super::scope::dir_of(path)),
                            image: c.str_at(&["image"]).map(str::to_string),
                            env,
                            opaque,
                            // Pods reach each other through Services, not container names.
                            host: None,
                            command: super::command::Command::of(&[
                                c.get("command"),
                                c.get("args"),
                            ]),
                        });
                    }
                }
            }
        }
    }
    out.extend(siblings::compare(&units));
    out
}

fn find<'s, 'n>(
    stores: &'s [Store<'n>],
    kind: &str,
    ns: &str,
    name: &str,
) -> Option<&'s Store<'n>> {
    stores
        .iter()
        .find(|s| s.kind == kind && s.namespace == ns && s.name == name)
}

/// The environment a container receives, and whether part of it comes from outside the files.
fn container_env(
    path: &str,
    c: &Node,
    ns: &str,
    stores: &[Store],
    label: &str,
    out: &mut Vec<Finding>,
) -> (Env, bool) {
    let mut env = Env::default();
    let mut opaque = false;
    for from in c.get("envFrom").map(Node::items).unwrap_or_default() {
        let prefix = from.str_at(&["prefix"]).unwrap_or("");
        let (kind, reference) = match (from.get("secretRef"), from.get("configMapRef")) {
            (Some(r), _) => ("Secret", r),
            (_, Some(r)) => ("ConfigMap", r),
            _ => continue,
        };
        match reference
            .str_at(&["name"])
            .and_then(|n| find(stores, kind, ns, n))
        {
            Some(store) => env
                .entries
                .extend(store.entries.iter().map(|(k, _, n)| EnvEntry {
                    name: format!("{prefix}{k}"),
                    value: EnvValue::Runtime,
                    file: Some(store.path.to_string()),
                    line: Some(n.line),
                    column: Some(n.column),
                })),
            None => opaque = true,
        }
    }
    for item in c.get("env").map(Node::items).unwrap_or_default() {
        let Some(name) = item.str_at(&["name"]) else {
            continue;
        };
        let credential = is_credential(name);
        let loc = Location {
            env: Some(name.to_string()),
            ..at(path, item.get("name").unwrap_or(item))
        };
        let value = if let Some(v) = item.get("value") {
            let text = v.scalar().unwrap_or("").to_string();
            let loc = Location {
                env: Some(name.to_string()),
                ..at(path, v)
            };
            out.extend(literal_secret(name, &text, &loc, label));
            EnvValue::Text(text)
        } else if let Some(r) = item
            .at(&["valueFrom", "secretKeyRef"])
            .or_else(|| item.at(&["valueFrom", "configMapKeyRef"]))
        {
            let kind = if item.at(&["valueFrom", "secretKeyRef"]).is_some() {
                "Secret"
            } else {
                "ConfigMap"
            };
            let optional = r.get("optional").is_some_and(Node::is_true);
            let (sname, key) = (
                r.str_at(&["name"]).unwrap_or(""),
                r.str_at(&["key"]).unwrap_or(""),
            );
            if credential && optional {
                out.push(Finding::new(
                    "optional-secret-ref",
                    loc.clone(),
                    format!("{label}: {name} comes from {kind} {sname} key {key} with optional: true; when that is missing the pod starts without {name} and calls fail with 401"),
                    format!("Remove optional: true so the pod waits for the {kind} (CreateContainerConfigError names what is missing)"),
                ));
            }
            if let Some(store) = find(stores, kind, ns, sname) {
                if !store.entries.iter().any(|(k, _, _)| k == key) {
                    out.push(Finding::new(
                        "secret-ref-missing",
                        loc.clone(),
                        format!("{label}: {name} refers to key {key:?} of {kind} {sname}, which has no such key ({})", store.entries.iter().map(|(k, _, _)| k.as_str()).collect::<Vec<_>>().join(", ")),
                        format!("Use one of the {kind}'s keys, or add {key} to it"),
                    ));
                    if optional {
                        continue;
                    }
                }
            } else if credential && !stores.is_empty() && stores.iter().any(|s| s.kind == kind) {
                out.push(Finding::new(
                    "secret-ref-missing",
                    loc.clone(),
                    format!("{label}: {name} refers to {kind} {sname} in namespace {ns}, which the scanned manifests do not define"),
                    format!("Create the {kind} {sname} in namespace {ns} before the workload, or fix the name"),
                ).severity(crate::finding::Severity::Warning));
            }
            EnvValue::Runtime
        } else {
            EnvValue::Runtime
        };
        env.entries.push(EnvEntry {
            name: name.to_string(),
            value,
            file: Some(path.to_string()),
            line: loc.line,
            column: loc.column,
        });
    }
    (env, opaque)
}
