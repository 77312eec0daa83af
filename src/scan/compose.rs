//! Docker Compose files: what each service receives from `environment` (map and list forms),
//! `env_file` and `${VAR}` interpolation, checked per service and across sibling services.
//! Semantics from the Compose specification (services.environment, services.env_file,
//! Interpolation): <https://github.com/compose-spec/compose-spec/blob/main/spec.md>.

use super::command::Command;
use super::interpolate::references;
use super::scope::{dir_of, join, Scope};
use super::siblings::{self, Unit};
use super::situate::situate;
use crate::catalog::catalog;
use crate::env::{check_env, Env, EnvEntry, EnvOptions, EnvValue, SECRET_SLOTS};
use crate::finding::{Finding, Location};
use crate::scan::fields::at;
use crate::secret::{self, ValueKind};
use crate::tree::Node;
use std::rc::Rc;

fn is_credential(name: &str) -> bool {
    catalog()
        .vars_named(name)
        .any(|(_, v)| SECRET_SLOTS.contains(&v.slot.as_str()))
}

/// What one `environment` entry gives the container.
struct Assignment<'n> {
    name: String,
    /// The literal value, `None` for a passthrough (`- VAR` or `VAR:` with no value).
    value: Option<String>,
    node: &'n Node,
    /// Column of the value within the line, for list items (`- KEY=value`).
    column: u32,
}

fn assignments(environment: &Node) -> Vec<Assignment<'_>> {
    if environment.is_seq() {
        return environment
            .items()
            .iter()
            .filter_map(|item| {
                let text = item.scalar()?;
                Some(match text.split_once('=') {
                    Some((k, v)) => Assignment {
                        name: k.to_string(),
                        value: Some(v.to_string()),
                        node: item,
                        column: item.column + u32::try_from(k.chars().count() + 1).unwrap_or(0),
                    },
                    None => Assignment {
                        name: text.to_string(),
                        value: None,
                        node: item,
                        column: item.column,
                    },
                })
            })
            .collect();
    }
    environment
        .entries()
        .into_iter()
        .map(|(k, v)| Assignment {
            name: k.to_string(),
            value: if v.is_null() {
                None
            } else {
                v.scalar().map(str::to_string)
            },
            node: v,
            column: v.column,
        })
        .collect()
}

/// The paths (joined to the Compose file's directory) of every `env_file` its services load.
pub(super) fn env_file_paths(path: &str, docs: &[Rc<Node>]) -> Vec<String> {
    let dir = dir_of(path);
    let Some(services) = docs.first().and_then(|d| d.get("services")) else {
        return Vec::new();
    };
    services
        .entries()
        .into_iter()
        .flat_map(|(_, service)| env_files(service))
        .map(|(file, _)| join(&dir, &file))
        .collect()
}

/// The `env_file` paths of a service with whether each is required.
fn env_files(service: &Node) -> Vec<(String, bool)> {
    let Some(node) = service.get("env_file") else {
        return Vec::new();
    };
    let one = |n: &Node| -> Option<(String, bool)> {
        if let Some(p) = n.as_str() {
            return Some((p.to_string(), true));
        }
        let p = n.str_at(&["path"])?;
        Some((
            p.to_string(),
            !n.get("required")
                .is_some_and(|r| r.scalar() == Some("false")),
        ))
    };
    if node.is_seq() {
        node.items().iter().filter_map(|n| one(n)).collect()
    } else {
        one(node).into_iter().collect()
    }
}

fn image(service: &Node, dir: &str) -> Option<String> {
    if let Some(image) = service.str_at(&["image"]) {
        return Some(image.to_string());
    }
    let build = service.get("build")?;
    let context = build
        .as_str()
        .or_else(|| build.str_at(&["context"]))
        .unwrap_or(".");
    // One context can build different images: the Dockerfile names which.
    let dockerfile = build.str_at(&["dockerfile"]).unwrap_or("Dockerfile");
    Some(format!("build:{}:{dockerfile}", join(dir, context)))
}

/// Checks one Compose file.
pub(super) fn check(path: &str, docs: &[Rc<Node>], scope: &Scope) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(services) = docs.first().and_then(|d| d.get("services")) else {
        return out;
    };
    let dir = dir_of(path);
    let project = scope
        .in_dir(&dir)
        .into_iter()
        .find(|f| f.path.rsplit(['/', '\\']).next() == Some(".env"));
    let project_has = |name: &str| project.is_some_and(|f| f.env.is_filled(name));
    let dotenvs = scope.compose_dotenvs(&dir);
    let mut units = Vec::new();
    for (name, service) in services.entries() {
        let key = services.key_node(name).unwrap_or(service);
        let location = at(path, key);
        let label = format!("service {name}");
        let mut env = Env::default();
        let mut opaque = false;
        for (file, _required) in env_files(service) {
            match scope.file(&join(&dir, &file)) {
                Some(f) => env.entries.extend(f.env.entries.iter().cloned()),
                None => opaque = true,
            }
        }
        let environment = service.get("environment");
        for asg in environment.map(assignments).unwrap_or_default() {
            let credential = is_credential(&asg.name);
            let loc = Location {
                column: Some(asg.column),
                env: Some(asg.name.clone()),
                ..at(path, asg.node)
            };
            let value = match asg.value {
                None => {
                    if credential && !project_has(&asg.name) {
                        out.push(
                            Finding::new(
                                "passthrough-unset",
                                loc.clone(),
                                format!("{label}: {} is passed through from the shell that runs compose; where it is unset there, the container silently gets no {}", asg.name, asg.name),
                                format!("Write {0}: ${{{0}:?{0} must be set}} so compose refuses to start without it, or set it in {1}", asg.name, join(&dir, ".env")),
                            ),
                        );
                    }
                    EnvValue::Runtime
                }
                Some(v) => {
                    let refs = references(&v);
                    if refs.is_empty() {
                        EnvValue::Text(v)
                    } else {
                        for r in &refs {
                            out.extend(name_case(&r.name, &loc, &label, &dotenvs));
                        }
                        for r in refs
                            .iter()
                            .filter(|r| !r.guarded && !r.defaulted && !project_has(&r.name))
                        {
                            if credential || is_credential(&r.name) {
                                out.push(Finding::new(
                                    "unguarded-interpolation",
                                    loc.clone(),
                                    format!("{label}: {} = ${{{}}} has no default and no :? guard; where {} is unset, compose substitutes an empty string and only warns", asg.name, r.name, r.name),
                                    format!("Write ${{{0}:?{0} must be set}} so compose refuses to start without it", r.name),
                                ));
                            }
                        }
                        EnvValue::Runtime
                    }
                }
            };
            if let EnvValue::Text(v) = &value {
                out.extend(literal_secret(&asg.name, v, &loc, &label));
            }
            env.entries.push(EnvEntry {
                name: asg.name,
                value,
                file: Some(path.to_string()),
                line: loc.line,
                column: loc.column,
            });
        }
        if let Ok(report) = check_env(&env, &EnvOptions::default()) {
            let own: Vec<Finding> = report
                .findings
                .into_iter()
                .filter(|f| f.location.file.as_deref().map_or(true, |p| p == path))
                .collect();
            out.extend(situate(own, &label, &location));
        }
        if !opaque {
            out.extend(mounted_litellm(path, service, &dir, &env, scope, &label));
        }
        units.push(Unit {
            label,
            location,
            group: path.to_string(),
            image: image(service, &dir),
            env,
            opaque,
            host: Some(name.to_string()),
            command: Command::of(&[service.get("entrypoint"), service.get("command")]),
        });
    }
    out.extend(siblings::compare(&units));
    out
}

/// `${NAME}` where the project's `.env` (or the example users copy to it) spells the name in
/// another case (`INTENT_AGENT_llm`): Compose's lookup is case-sensitive, so the service gets an
/// empty value, and an `environment` entry overrides what an `env_file` gave.
fn name_case(
    name: &str,
    loc: &Location,
    label: &str,
    dotenvs: &[&super::dotenv_files::DotenvFile],
) -> Option<Finding> {
    if dotenvs.iter().any(|f| f.env.get(name).is_some()) {
        return None;
    }
    let (file, entry) = dotenvs.iter().find_map(|f| {
        f.env
            .entries
            .iter()
            .find(|e| e.name != name && e.name.eq_ignore_ascii_case(name))
            .map(|e| (f, e))
    })?;
    let at = format!("{}:{}", file.path, entry.line.unwrap_or(0));
    Some(
        Finding::new(
            "interpolation-name-case",
            loc.clone(),
            format!("{label}: ${{{name}}} is looked up in the project's .env, but {at} spells it {}; names are case-sensitive, so the service gets an empty {name}", entry.name),
            format!("Spell it {name} in {} too (or the other way round in the Compose file)", file.path),
        )
        // Likely, not proven: the shell that runs compose may export the right spelling.
        .severity(crate::finding::Severity::Warning),
    )
}

/// A LiteLLM config bind-mounted into the service (`./config.yaml:/app/config.yaml`) that reads
/// a provider variable (`os.environ/ANTHROPIC_API_KEY`) the service is not given: the proxy
/// starts, and every call to that model fails.
fn mounted_litellm(
    path: &str,
    service: &Node,
    dir: &str,
    env: &Env,
    scope: &Scope,
    label: &str,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(volumes) = service.get("volumes") else {
        return out;
    };
    for v in volumes.items() {
        let source = match v.as_str() {
            Some(short) => short.split(':').next().unwrap_or(""),
            None => v.str_at(&["source"]).unwrap_or(""),
        };
        if !(source.starts_with('.') || source.starts_with('/')) {
            continue; // a named volume
        }
        let Some(vars) = scope.litellm_vars(&join(dir, source)) else {
            continue;
        };
        for var in vars {
            if env.get(var).is_some() || !catalog().is_var_name(var) {
                continue;
            }
            out.push(
                Finding::new(
                    "mounted-config-env",
                    at(path, v),
                    format!("{label}: the LiteLLM config it mounts ({source}) reads os.environ/{var}, but the service is given no {var}; the calls that use it fail"),
                    format!("Add {var} to the service's environment (\"{var}: ${{{var}:?}}\") or its env_file"),
                )
                .severity(crate::finding::Severity::Warning),
            );
        }
    }
    out
}

/// A real-looking key written into a manifest.
pub(crate) fn literal_secret(
    name: &str,
    value: &str,
    loc: &Location,
    label: &str,
) -> Option<Finding> {
    if !is_credential(name) {
        return None;
    }
    let i = secret::inspect(value);
    let provider = i.provider_for_var(name)?.to_string();
    (i.kind == ValueKind::Value && i.malformed.is_none()).then(|| {
        Finding::new(
            "literal-secret",
            loc.clone(),
            format!("{label}: {name} holds {} key written into the file", crate::finding::a(&provider_name(&provider))),
            format!("Move {name} into a secret (an untracked env_file, a Docker or Kubernetes Secret) and rotate the key if this file was committed"),
        )
        .provider(&provider)
        .secret(Some(secret::secret_ref(value, &i)))
    })
}

fn provider_name(id: &str) -> String {
    catalog()
        .provider(id)
        .map_or_else(|| id.to_string(), |p| p.name.to_string())
}
