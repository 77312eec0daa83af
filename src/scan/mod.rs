//! Scanning files: framework configs, `.env` files and deployment manifests.
//!
//! A [`Scanner`] takes files one at a time (path and bytes), recognises each by name and content,
//! parses it with positions, and on [`Scanner::finish`] checks them together: a Compose service
//! or Kubernetes container is compared with its siblings, a config is checked against the `.env`
//! files beside it, and `.env` files are compared with each other.

mod autogen;
mod command;
mod compose;
mod crewai;
mod dotenv_files;
mod fields;
mod interpolate;
mod kind;
mod kubernetes;
mod litellm;
mod params;
mod providers;
mod scope;
mod siblings;
mod situate;

#[cfg(test)]
pub(crate) mod tests;

pub use kind::{detect, Kind};

use crate::finding::{Finding, Location, Report};
use crate::tree::{self, Node, TreeError};
use std::rc::Rc;

/// Largest file scanned, in bytes; larger files are reported and skipped.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Why a file could not be checked at all (as opposed to a finding in it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScanError {
    /// The named kind is not one credcheck reads.
    #[error("unknown config kind {0:?}; known kinds: {1}")]
    UnknownKind(String, String),
    /// No kind was given and none could be recognised.
    #[error("{0}: not a recognised config (give its kind: {1})")]
    Unrecognised(String, String),
}

/// One file waiting for the cross-file checks. Structured files are kept as text and parsed
/// one at a time in [`Scanner::finish`], so a scan holds about its input size, not every tree.
pub(crate) enum Parsed {
    Dotenv(dotenv_files::DotenvFile),
    Tree {
        path: String,
        kind: Kind,
        text: String,
    },
}

/// Parses a structured file; a syntax error becomes a `config-syntax` finding.
fn parse(path: &str, kind: Kind, text: &str) -> Result<Vec<Rc<Node>>, Box<Finding>> {
    let docs = if kind.is_json(path, text) {
        match tree::parse_json(text) {
            // AutoGen reads OAI_CONFIG_LIST and component files with json.load: strict JSON.
            // Other JSON configs are often read by JSONC loaders (appsettings, tsconfig), so
            // comments and trailing commas there are no error.
            Err(e) if !matches!(kind, Kind::OaiConfigList | Kind::AutogenComponent) => {
                tree::parse_jsonc(text).map_err(|_| e)
            }
            r => r,
        }
        .map(|d| vec![d])
    } else {
        tree::parse_yaml(text)
    };
    docs.map_err(
        |TreeError {
             message,
             line,
             column,
         }| {
            Box::new(file_finding(
                path,
                line,
                column,
                message,
                "Fix the syntax at this position: a strict loader (json.load, JSON.parse, a YAML parser) rejects this file",
            ))
        },
    )
}

/// Collects files and checks them together.
#[derive(Default)]
pub struct Scanner {
    parsed: Vec<Parsed>,
    findings: Vec<Finding>,
    files: usize,
    /// The `credcheck-ignore` comments of the files that have any.
    ignores: Vec<(String, crate::suppress::Suppressions)>,
}

/// A finding about a whole file at a position (syntax, size, encoding).
pub(crate) fn file_finding(
    path: &str,
    line: u32,
    column: u32,
    message: String,
    fix: &str,
) -> Finding {
    Finding::new(
        "config-syntax",
        Location {
            file: Some(path.to_string()),
            line: Some(line),
            column: Some(column),
            ..Default::default()
        },
        message,
        fix.to_string(),
    )
}

impl Scanner {
    /// An empty scanner.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file. `kind` forces the kind; otherwise it is recognised from the path and content.
    /// Returns the kind, or `None` when the file is not one credcheck reads (it is then ignored).
    /// Unreadable content (not UTF-8, too large, bad syntax) becomes a `config-syntax` finding.
    pub fn add(&mut self, path: &str, bytes: &[u8], kind: Option<Kind>) -> Option<Kind> {
        if bytes.len() > MAX_FILE_BYTES {
            let kind = kind.or_else(|| kind::detect_by_name(path))?;
            self.files += 1;
            self.findings.push(file_finding(
                path,
                1,
                1,
                format!(
                    "{path} is {} MiB, over the {} MiB limit for a config file; it was not read",
                    bytes.len() / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                "Check that this is the config you meant; credcheck reads config files up to 16 MiB",
            ));
            return Some(kind);
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let kind = kind.or_else(|| kind::detect(path, &String::from_utf8_lossy(bytes)))?;
                self.files += 1;
                let before = &bytes[..e.valid_up_to()];
                let line = 1 + before.iter().filter(|b| **b == b'\n').count();
                let column = 1 + before.iter().rev().take_while(|b| **b != b'\n').count();
                self.findings.push(file_finding(
                    path,
                    u32::try_from(line).unwrap_or(u32::MAX),
                    u32::try_from(column).unwrap_or(u32::MAX),
                    format!("not valid UTF-8 (byte {} of the file)", e.valid_up_to()),
                    "Save the file as UTF-8; config loaders reject or mangle other encodings",
                ));
                return Some(kind);
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let kind = kind.or_else(|| kind::detect(path, text))?;
        self.files += 1;
        self.add_text(path, text, kind);
        Some(kind)
    }

    fn add_text(&mut self, path: &str, text: &str, kind: Kind) {
        let ignores = crate::suppress::Suppressions::scan(text);
        if !ignores.is_empty() {
            self.ignores.push((path.to_string(), ignores));
        }
        if kind == Kind::Dotenv {
            self.parsed
                .push(Parsed::Dotenv(dotenv_files::DotenvFile::parse(path, text)));
            return;
        }
        self.parsed.push(Parsed::Tree {
            path: path.to_string(),
            kind,
            text: text.to_string(),
        });
    }

    /// How many files were recognised and checked.
    pub fn files(&self) -> usize {
        self.files
    }

    /// Runs the per-file and cross-file checks and returns every finding.
    pub fn finish(self) -> Report {
        let Scanner {
            parsed,
            mut findings,
            ignores,
            files: file_count,
        } = self;
        let scope = scope::Scope::new(&parsed);
        let mut checked = std::collections::BTreeSet::new();
        for p in &parsed {
            if let Parsed::Dotenv(f) = p {
                providers::in_env(&f.env, &mut checked);
            }
        }
        findings.extend(dotenv_files::check(&parsed));
        let mut k8s: Vec<(&str, Vec<Rc<Node>>)> = Vec::new();
        let mut env_files: Vec<String> = Vec::new();
        for p in &parsed {
            let Parsed::Tree { path, kind, text } = p else {
                continue;
            };
            let docs = match parse(path, *kind, text) {
                Ok(docs) => docs,
                // A Compose file or manifest that is a Helm or Jinja template is rendered
                // before it is read: its raw syntax says nothing.
                Err(_) if kind::is_template(text) => continue,
                // Client parameters are read by loaders credcheck cannot see (some accept
                // what a strict parser rejects): likely, not proven, to fail.
                Err(f) if *kind == Kind::ClientParams => {
                    findings.push(f.severity(crate::finding::Severity::Warning));
                    continue;
                }
                Err(f) => {
                    findings.push(*f);
                    continue;
                }
            };
            providers::in_tree(&docs, &mut checked);
            let env = scope.env_for(path);
            match kind {
                Kind::Compose => {
                    env_files.extend(compose::env_file_paths(path, &docs));
                    findings.extend(compose::check(path, &docs, &scope));
                }
                Kind::Kubernetes => k8s.push((path, docs)),
                Kind::OaiConfigList | Kind::AutogenComponent => {
                    findings.extend(autogen::check(path, *kind, &docs, &env))
                }
                Kind::Crewai => findings.extend(crewai::check(path, &docs, &env)),
                Kind::ClientParams => findings.extend(params::check(path, &docs, &env)),
                Kind::LitellmConfig => findings.extend(litellm::check(path, &docs)),
                Kind::Dotenv => {}
            }
        }
        for f in &mut findings {
            if f.location
                .file
                .as_ref()
                .is_some_and(|file| env_files.contains(file))
            {
                dotenv_files::compose_env_file_to_info(f);
            }
        }
        let k8s: Vec<(&str, &[Rc<Node>])> = k8s.iter().map(|(p, d)| (*p, d.as_slice())).collect();
        findings.extend(kubernetes::check(&k8s));
        let files: Vec<(&str, Option<&str>)> = parsed
            .iter()
            .map(|p| match p {
                Parsed::Dotenv(f) => (f.path.as_str(), None),
                Parsed::Tree { path, text, .. } => (path.as_str(), Some(text.as_str())),
            })
            .collect();
        let paths: Vec<&str> = files.iter().map(|(p, _)| *p).collect();
        let below = crate::samples::below_common_root(&paths);
        let samples: Vec<&str> = files
            .iter()
            .zip(below)
            .filter(|((_, text), rel)| crate::samples::is_sample(rel, *text))
            .map(|((path, _), _)| *path)
            .collect();
        crate::samples::soften(&mut findings, |file| samples.contains(&file));
        // A placeholder or empty key written into a committed config (Compose, a manifest, an
        // AutoGen or LiteLLM config) is nearly always there to be filled in before deploying:
        // whether the file is used as written depends on the deployment (info). In a live .env
        // it is an error: that file is what the process loads.
        let dotenvs: Vec<&str> = parsed
            .iter()
            .filter_map(|p| match p {
                Parsed::Dotenv(f) => Some(f.path.as_str()),
                Parsed::Tree { .. } => None,
            })
            .collect();
        for f in &mut findings {
            let in_config = f
                .location
                .file
                .as_deref()
                // `$OAI_CONFIG_LIST`: the live environment's value, not a committed file.
                .is_some_and(|file| !dotenvs.contains(&file) && !file.starts_with('$'));
            if in_config {
                crate::samples::unfilled_to_info(
                    f,
                    "if this file is deployed as written, the call fails",
                );
            }
        }
        // `# credcheck-ignore RULE-ID -- why` in a .env, YAML or Compose file, as in sources.
        findings.retain(|f| {
            !ignores
                .iter()
                .any(|(path, s)| f.location.file.as_deref() == Some(path.as_str()) && s.covers(f))
        });
        checked.extend(findings.iter().filter_map(|f| f.provider.clone()));
        Report::new(findings, checked.into_iter().collect()).with_files(file_count)
    }
}

/// Checks one config text. `kind` (`dotenv`, `oai-config-list`, `autogen-component`, `crewai`,
/// `client-params`, `compose`, `kubernetes`, `litellm-config`) is recognised from `path` and content when not given.
/// Errors only when the kind is unknown or cannot be recognised; bad content is a finding.
pub fn check_config(
    text: &str,
    path: Option<&str>,
    kind: Option<&str>,
) -> Result<Report, ScanError> {
    let kind = kind.map(str::parse::<Kind>).transpose()?;
    let path = path.unwrap_or("(input)");
    let mut scanner = Scanner::new();
    if scanner.add(path, text.as_bytes(), kind).is_none() {
        return Err(ScanError::Unrecognised(path.to_string(), Kind::names()));
    }
    Ok(scanner.finish())
}
