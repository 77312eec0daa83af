//! `.env` files in a scan: each checked as one process's environment, duplicates within a file,
//! and the same credential given different values in different files.

use super::Parsed;
use crate::catalog::catalog;
use crate::dotenv;
use crate::env::{check_env, Env, EnvOptions, SECRET_SLOTS};
use crate::finding::{Finding, Location};
use crate::secret::{self, ValueKind};
use std::collections::HashMap;

/// A parsed `.env` file.
pub(crate) struct DotenvFile {
    pub path: String,
    /// Its entries as an environment (later lines win), with their lines.
    pub env: Env,
    /// Lines that are not `KEY=VALUE`.
    pub syntax: Vec<Finding>,
    /// Keys set more than once: (key, earlier line, later line, its column, same value).
    pub duplicates: Vec<(String, u32, u32, u32, bool)>,
    /// `.env.example`, `.env.sample`, `.env.template`: placeholders are expected there.
    pub example: bool,
}

/// Name parts that mark a file of example values.
const EXAMPLE_MARKERS: &[&str] = &["example", "sample", "template", "dist", "defaults"];

impl DotenvFile {
    /// Parses `.env` text; never fails (bad lines become findings).
    pub fn parse(path: &str, text: &str) -> Self {
        let parsed = dotenv::parse(text);
        let mut duplicates = Vec::new();
        // The line each key was last set on: one pass (a search back per entry was quadratic).
        let mut last: HashMap<&str, (u32, &str)> = HashMap::new();
        for e in &parsed.entries {
            if let Some((prev, value)) = last.insert(&e.key, (e.line, &e.value)) {
                duplicates.push((e.key.clone(), prev, e.line, e.column, value == e.value));
            }
        }
        let (env, syntax) = Env::from_dotenv(text, path);
        let name = path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(path)
            .to_ascii_lowercase();
        let example = name
            .split(['.', '-', '_'])
            .any(|part| EXAMPLE_MARKERS.contains(&part));
        DotenvFile {
            path: path.to_string(),
            env,
            syntax,
            duplicates,
            example,
        }
    }

    fn location(&self, line: u32, column: u32) -> Location {
        Location {
            file: Some(self.path.clone()),
            line: Some(line),
            column: Some(column),
            ..Default::default()
        }
    }
}

fn is_credential(name: &str) -> bool {
    catalog()
        .vars_named(name)
        .any(|(_, v)| SECRET_SLOTS.contains(&v.slot.as_str()))
}

/// Every `.env` check of a scan.
pub(super) fn check(parsed: &[Parsed]) -> Vec<Finding> {
    let files: Vec<&DotenvFile> = parsed
        .iter()
        .filter_map(|p| match p {
            Parsed::Dotenv(f) => Some(f),
            Parsed::Tree { .. } => None,
        })
        .collect();
    let mut out = Vec::new();
    for f in &files {
        // An example file is not loaded: a line no loader would read there (a docstring header)
        // breaks nothing.
        out.extend(f.syntax.iter().cloned().map(|x| {
            if f.example {
                x.severity(crate::finding::Severity::Info)
            } else {
                x
            }
        }));
        for (key, first, line, column, same) in &f.duplicates {
            // Two lines with the same value (both empty, the same placeholder) lose nothing, and
            // an example file is not loaded: untidy, not broken.
            let finding = Finding::new(
                "duplicate-env-key",
                f.location(*line, *column),
                format!("{key} is set on line {first} and again on line {line}; most loaders keep line {line}, the first one is dead"),
                format!("Keep one {key} line in {}", f.path),
            );
            // A variable no credential check reads (a feature flag) breaks no call either way.
            let relevant = catalog().is_relevant_name(key);
            out.push(if *same || f.example || !relevant {
                finding.severity(crate::finding::Severity::Info)
            } else {
                finding
            });
        }
        if f.example {
            out.extend(example_secrets(f));
        } else if let Ok(report) = check_env(&f.env, &EnvOptions::default()) {
            let committed_default = is_mode_default(&f.path);
            // Findings with no line (a setting such as an Azure endpoint that the file does not
            // set) are left to the configs that use the file: the code may set them.
            out.extend(
                report
                    .findings
                    .into_iter()
                    .filter(|x| x.location.file.is_some())
                    .map(|x| soften_mode_default(x, committed_default))
                    .map(empty_slot_to_info)
                    .map(reference_to_warning)
                    .map(|mut x| {
                        // A setting the file leaves out may come from the code or elsewhere.
                        super::situate::absent_to_info(&mut x);
                        x
                    }),
            );
        }
    }
    out.extend(differences(&files));
    out
}

/// An unexpanded `${VAR}` in a `.env` file found in a tree: whether it reaches the process as
/// written depends on the loader (Node's dotenv and `docker run --env-file` keep it; python-dotenv
/// and Compose's `env_file` expand it from the environment), which the file does not show: likely,
/// not proven. A Compose `env_file` is lowered further by the scan (`compose_env_file_to_info`).
fn reference_to_warning(mut f: Finding) -> Finding {
    if f.rule == "unexpanded-reference" && f.severity == crate::finding::Severity::Error {
        f.severity = crate::finding::Severity::Warning;
        f.message = format!(
            "{}, unless the loader expands it (python-dotenv does by default; Node's dotenv and docker run --env-file do not)",
            f.message.trim_end_matches("; nothing substituted it")
        );
    }
    f
}

/// The same finding in a `.env` file that a scanned Compose service loads with `env_file:`:
/// Compose expands `${VAR}` there from the host's environment (compose-go,
/// `types/project.go` `WithServicesEnvironmentResolved`), so it depends on that environment.
pub(super) fn compose_env_file_to_info(f: &mut Finding) {
    if f.rule == "unexpanded-reference" {
        f.severity = crate::finding::Severity::Info;
        let name = f.location.env.clone().unwrap_or_default();
        f.message = format!(
            "{name} is a ${{VAR}} reference in an env_file of a Compose service: Compose fills it from the environment of `docker compose up` (and the project .env), so the service gets no usable {name} if that is not set there"
        );
    }
}

/// An empty key in a `.env` file read on its own: the file does not show that any call uses that
/// provider (env files list optional slots: `GROQ_API_KEY=` beside a filled `OPENAI_API_KEY`), so
/// it is info. `credcheck env --provider X`, which knows what is needed, reports it as an error.
fn empty_slot_to_info(mut f: Finding) -> Finding {
    if f.rule == "empty-key" {
        f.severity = crate::finding::Severity::Info;
        f.message = format!(
            "{} (an error for any client of this provider that the environment runs)",
            f.message
        );
    }
    f
}

/// True for `.env.development`, `.env.production`, `.env.test` and the like without `.local`:
/// the defaults that Next.js, Vite and Create React App commit, overridden by
/// `.env.<mode>.local` and the process environment (Next.js docs, "Environment Variables";
/// Vite docs, "Env Variables and Modes").
fn is_mode_default(path: &str) -> bool {
    let name = path
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(path)
        .to_ascii_lowercase();
    name.strip_prefix(".env.").is_some_and(|mode| {
        !mode.is_empty() && !mode.contains('.') && mode != "local" && !mode.ends_with("local")
    })
}

/// A placeholder or empty key in a committed mode default is info: the `.local` file or the
/// environment that runs the app is meant to override it.
fn soften_mode_default(mut f: Finding, committed_default: bool) -> Finding {
    if committed_default {
        crate::samples::unfilled_to_info(
            &mut f,
            "a committed mode default, which .env.<mode>.local or the environment overrides",
        );
    }
    f
}

/// A real-looking key in an example file, which is committed by design.
fn example_secrets(f: &DotenvFile) -> Vec<Finding> {
    f.env
        .entries
        .iter()
        .filter_map(|e| {
            let crate::env::EnvValue::Text(v) = &e.value else { return None };
            let inspection = secret::inspect(v);
            let provider = inspection.strong_providers().next()?.to_string();
            let name = catalog().provider(&provider).map_or(provider.clone(), |p| p.name.to_string());
            (inspection.kind == ValueKind::Value).then(|| {
                Finding::new(
                    "literal-secret",
                    f.location(e.line.unwrap_or(1), e.column.unwrap_or(1)),
                    format!("{} in the example file {} holds what looks like a real {name} key", e.name, f.path),
                    "Replace it with a placeholder, and revoke the key: example files are committed".to_string(),
                )
                .provider(&provider)
                .secret(Some(secret::secret_ref(v, &inspection)))
            })
        })
        .collect()
}

/// The same credential variable with different values in two non-example files.
fn differences(files: &[&DotenvFile]) -> Vec<Finding> {
    let mut out = Vec::new();
    let live: Vec<&&DotenvFile> = files.iter().filter(|f| !f.example).collect();
    for (i, later) in live.iter().enumerate() {
        for e in &later.env.entries {
            // Credential names first: `get` searches the file, once per entry was quadratic.
            if !is_credential(&e.name) || later.env.get(&e.name) != Some(e) {
                continue;
            }
            let Some(value) = later.env.text(&e.name).filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            let Some((earlier, other)) = live[..i].iter().find_map(|f| {
                f.env
                    .text(&e.name)
                    .filter(|o| !o.trim().is_empty() && o.trim() != value.trim())
                    .map(|o| (f, o))
            }) else {
                continue;
            };
            let line = earlier.env.get(&e.name).and_then(|x| x.line).unwrap_or(1);
            out.push(Finding::new(
                "env-differs-across-files",
                later.location(e.line.unwrap_or(1), e.column.unwrap_or(1)),
                format!(
                    "{} is {} here but {} in {}:{line}; processes started from each file authenticate differently, and one of them may hold a rotated key",
                    e.name,
                    secret::mask(value),
                    secret::mask(other),
                    earlier.path
                ),
                format!("Give {} one value from one source (a secret store), or confirm both keys are current", e.name),
            ));
        }
    }
    out
}
