//! Checks over an environment (a name → value map): everything that would make the process that
//! holds this environment fail to authenticate, reported all at once.

mod names;
mod needs;
mod settings;
mod values;

#[cfg(feature = "scan")]
pub(crate) use needs::{keyed_providers, mentions};
pub use values::SECRET_SLOTS;

use crate::catalog::{catalog, EnvVar, Provider};
use crate::dotenv;
use crate::finding::{Finding, Location, Report, Severity};
use crate::secret::Inspection;
use serde::Deserialize;

/// What the app needs and how to judge it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EnvOptions {
    /// Provider ids the app uses (`openai`, `anthropic`, ...).
    pub providers: Vec<String>,
    /// Model names the app uses; each maps to a provider through the catalog.
    pub models: Vec<String>,
    /// The library that reads the env (`sdk`, `langchain`, `llamaindex`, `litellm`, `crewai`,
    /// `autogen`): only the names it reads count. `None` accepts every known name.
    pub framework: Option<String>,
    /// The Azure deployment name when it is given in code rather than in the env.
    pub deployment: Option<String>,
    /// The current time in seconds since the epoch; token expiry is checked only when given.
    pub now: Option<i64>,
    /// A token expiring within this many seconds is reported (default 600).
    pub token_window_seconds: Option<i64>,
    /// Names of what the app needs, each a provider id, a catalogued variable name
    /// (`OPENAI_API_KEY`: its provider) or a model name; a name that is none of these is a
    /// [`CheckError::UnknownRequirement`], never ignored.
    pub required: Vec<String>,
    /// The caller asserts that the app can authenticate: a check asked for nothing that finds no
    /// credential is then an error (`no-credentials`), not a note.
    pub assert: bool,
}

impl EnvOptions {
    /// True when the caller named anything the app needs (providers, models or required names).
    pub fn declared(&self) -> bool {
        !self.providers.is_empty() || !self.models.is_empty() || !self.required.is_empty()
    }
}

/// A variable's value as received: a string, or something that is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvValue {
    /// A string value.
    Text(String),
    /// A value of another type; holds the type's name (`number`, `object`, ...).
    NotText(String),
    /// Set when the process starts, from a source not visible here (a Kubernetes Secret, the
    /// shell through `${VAR}`): counted as set and usable, its value unchecked.
    Runtime,
}

/// One variable, with its place in a file when it came from one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvEntry {
    /// The name.
    pub name: String,
    /// The value.
    pub value: EnvValue,
    /// The file it came from, if any.
    pub file: Option<String>,
    /// 1-based line in `file`.
    pub line: Option<u32>,
    /// 1-based column in `file`.
    pub column: Option<u32>,
}

/// An environment to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    /// Entries in order; a later entry with the same name wins.
    pub entries: Vec<EnvEntry>,
}

impl Env {
    /// An environment from string pairs.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Env {
            entries: pairs
                .into_iter()
                .map(|(k, v)| EnvEntry {
                    name: k.into(),
                    value: EnvValue::Text(v.into()),
                    file: None,
                    line: None,
                    column: None,
                })
                .collect(),
        }
    }

    /// An environment from a JSON object. `null` values are dropped (as Node drops `undefined`
    /// from a child's env); other non-strings are kept as [`EnvValue::NotText`] and reported.
    pub fn from_json(map: &serde_json::Map<String, serde_json::Value>) -> Self {
        use serde_json::Value;
        let entries = map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| EnvEntry {
                name: k.clone(),
                value: match v {
                    Value::String(s) => EnvValue::Text(s.clone()),
                    Value::Bool(_) => EnvValue::NotText("boolean".into()),
                    Value::Number(_) => EnvValue::NotText("number".into()),
                    Value::Array(_) => EnvValue::NotText("array".into()),
                    Value::Object(_) | Value::Null => EnvValue::NotText("object".into()),
                },
                file: None,
                line: None,
                column: None,
            })
            .collect();
        Env { entries }
    }

    /// Appends the entries of `.env` text (later entries win), keeping their lines; returns the
    /// lines that could not be parsed as `env-file-syntax` findings.
    pub fn add_dotenv(&mut self, text: &str, file: &str) -> Vec<Finding> {
        let parsed = dotenv::parse(text);
        self.entries
            .extend(parsed.entries.into_iter().map(|e| EnvEntry {
                name: e.key,
                value: EnvValue::Text(e.value),
                file: Some(file.to_string()),
                line: Some(e.line),
                column: Some(e.column),
            }));
        parsed
            .errors
            .into_iter()
            .map(|e| {
                let location = Location {
                    file: Some(file.to_string()),
                    line: Some(e.line),
                    column: Some(1),
                    ..Default::default()
                };
                Finding::new(
                    "env-file-syntax",
                    location,
                    format!("{file}:{}: {}", e.line, e.message),
                    "Write the line as KEY=value; quote values that contain spaces or #".into(),
                )
            })
            .collect()
    }

    /// An environment from one `.env` text, with its syntax findings.
    pub fn from_dotenv(text: &str, file: &str) -> (Self, Vec<Finding>) {
        let mut env = Env::default();
        let errors = env.add_dotenv(text, file);
        (env, errors)
    }

    /// The entries whose names `keep` accepts, in order.
    #[inline(never)]
    pub fn only(&self, keep: impl Fn(&str) -> bool) -> Env {
        Env {
            entries: self
                .entries
                .iter()
                .filter(|e| keep(&e.name))
                .cloned()
                .collect(),
        }
    }

    /// The entry in force for `name` (the last one).
    pub fn get(&self, name: &str) -> Option<&EnvEntry> {
        let mut seen = 0;
        let found = self
            .entries
            .iter()
            .rev()
            .inspect(|_| seen += 1)
            .find(|e| e.name == name);
        crate::work::add(seen);
        found
    }

    /// True when `name` has a non-blank text value or a [`EnvValue::Runtime`] one.
    pub fn is_filled(&self, name: &str) -> bool {
        match self.get(name).map(|e| &e.value) {
            Some(EnvValue::Text(s)) => !s.trim().is_empty(),
            Some(EnvValue::Runtime) => true,
            _ => false,
        }
    }

    /// The text value in force for `name`.
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.get(name).map(|e| &e.value) {
            Some(EnvValue::Text(s)) => Some(s),
            _ => None,
        }
    }

    /// Where `name` is: the variable, and its file position when known.
    pub fn location(&self, name: &str) -> Location {
        let entry = self.get(name);
        Location {
            env: Some(name.to_string()),
            file: entry.and_then(|e| e.file.clone()),
            line: entry.and_then(|e| e.line),
            column: entry.and_then(|e| e.column),
            pointer: None,
        }
    }
}

/// Input the caller got wrong: reported as an error, not as a finding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    /// A provider id that is not in the catalog.
    #[error("unknown provider {0:?}; known providers: {1}")]
    UnknownProvider(String, String),
    /// A framework id that is not a known reader.
    #[error("unknown framework {0:?}; known frameworks: {1}")]
    UnknownFramework(String, String),
    /// A required name that is no provider id, catalogued variable or known model.
    #[error("{0:?} is not a provider id, a credential variable or a model credcheck knows; give a provider id ({1}), a variable such as OPENAI_API_KEY, or a model such as gpt-4o")]
    UnknownRequirement(String, String),
}

/// The state of one set variable, computed once and shared by the checks.
pub(crate) struct VarState<'a> {
    pub var: &'a EnvVar,
    pub inspection: Inspection,
    /// True when the value can authenticate or configure as it is.
    pub usable: bool,
    /// True for a value set at run time and not visible here: usable, never checked.
    pub runtime: bool,
}

/// Shared state of one check run.
pub(crate) struct Ctx<'a> {
    pub env: &'a Env,
    pub opts: &'a EnvOptions,
    pub findings: Vec<Finding>,
}

impl Ctx<'_> {
    /// True when the chosen framework reads `var`: always when no framework is chosen, and when
    /// the catalog records nothing that framework reads for `provider` (unknown is not "never").
    pub fn reads(&self, provider: &Provider, var: &EnvVar) -> bool {
        match &self.opts.framework {
            None => true,
            Some(f) => {
                var.readers.iter().any(|r| r == f)
                    || !provider
                        .vars
                        .iter()
                        .any(|v| v.readers.iter().any(|r| r == f))
            }
        }
    }

    pub fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }
}

/// Checks an environment against what the app needs. Every problem is a finding; only
/// unknown provider or framework ids are errors.
pub fn check_env(env: &Env, opts: &EnvOptions) -> Result<Report, CheckError> {
    check_env_with(env, opts, Vec::new())
}

/// Checks `.env` files as the environment of one process (later files win); unparsable lines
/// are `env-file-syntax` findings and the rest of each file is still checked.
pub fn check_env_files(
    files: &[(String, String)],
    opts: &EnvOptions,
) -> Result<Report, CheckError> {
    let mut env = Env::default();
    let mut syntax = Vec::new();
    for (path, text) in files {
        syntax.extend(env.add_dotenv(text, path));
    }
    check_env_with(&env, opts, syntax)
}

/// The checks in order. Each phase is a function of its own (`#[inline(never)]`): V8 charges a
/// loop's every turn against the enclosing function's tiering budget by that function's size, so
/// with every phase inlined here the one 26 KB function ran out of budget during a single startup
/// check and V8 recompiled it with TurboFan on a background thread, which Node waits for before a
/// process exits (`tests/startup.test.mjs` fails on any TurboFan compile).
fn check_env_with(env: &Env, opts: &EnvOptions, prior: Vec<Finding>) -> Result<Report, CheckError> {
    let cat = catalog();
    if let Some(f) = &opts.framework {
        if !cat.data.readers.contains_key(f) || f == "app" {
            let known: Vec<&str> = cat.data.readers.keys().filter(|r| *r != "app").collect();
            return Err(CheckError::UnknownFramework(f.clone(), known.join(", ")));
        }
    }
    // Only catalogued names (in any case or spacing) and proxy variables can matter to a check,
    // so the checks run on those entries alone: a process carries hundreds of unrelated
    // variables, and walking them on every lookup made the startup check hot enough for V8 to
    // recompile it with TurboFan (which a cold start then waits for at exit).
    let relevant = env.only(|name| cat.is_relevant_name(name));
    let mut ctx = Ctx {
        env: &relevant,
        opts,
        findings: prior,
    };
    names::check_names(&mut ctx);
    let needs = needs::resolve(&mut ctx)?;
    let checked = needs::checked_providers(&ctx, &needs);
    let mut checked_ids = Vec::new();
    for provider in &checked {
        let need = needs.get(provider.id.as_str());
        let severity = if need.is_some() || !needs.declared() {
            Severity::Error
        } else {
            Severity::Warning
        };
        let states = values::check_values(&mut ctx, provider, severity);
        settings::check_provider(&mut ctx, provider, &states, need, severity);
        checked_ids.push(provider.id.to_string());
    }
    settings::check_proxy(&mut ctx, &needs);
    if checked.is_empty() && !needs.declared() {
        // Asserting credentials that nothing asks for and nothing provides proves nothing:
        // under assert that is an error, so the check cannot pass by checking nothing.
        let severity = if opts.assert {
            Severity::Error
        } else {
            Severity::Info
        };
        ctx.push(
            Finding::new(
                "no-credentials",
                Location::default(),
                "No provider credentials found in the environment, and none were asked for.".into(),
                "Pass --provider or --model (checkEnv({ providers, models })) to say what the app needs.".into(),
            )
            .severity(severity),
        );
    }
    Ok(Report::new(ctx.findings, checked_ids))
}

#[cfg(test)]
mod tests;
