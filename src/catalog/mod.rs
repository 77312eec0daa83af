//! The provider catalog: every fact about a provider (env names, key shapes, model patterns,
//! endpoints, auth header, health endpoint) lives in `providers.json`, compiled into the binary.
//!
//! Adding a provider means adding an entry there and a test; no code here names a provider.

mod baked;
mod lazy;
mod sample;
mod template;
mod types;

pub use baked::{List, Map, Text};
pub use lazy::LazyRegex;
pub use sample::{expand_charset, sample_key, sample_keys, SampleKey};
pub use template::Template;
pub use types::*;

use std::sync::OnceLock;

/// The catalog source, embedded at compile time.
pub const CATALOG_JSON: &str = include_str!("providers.json");

// The same catalog baked into a Rust static by `build.rs`: `CATALOG_DATA`.
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The catalog, with each pattern compiled on first use.
pub struct Catalog {
    /// The parsed data, as written in `providers.json`.
    pub data: CatalogData,
    /// Key-shape templates, index-parallel to `data.providers[i].key_shapes`.
    templates: Vec<Vec<Template>>,
    model_res: Vec<Option<LazyRegex>>,
    placeholder_res: Vec<LazyRegex>,
    reference_res: Vec<LazyRegex>,
    /// First characters a reference can start with (a cheap test before any regex runs).
    reference_starts: Vec<char>,
    /// Every variable name the catalog knows, sorted: a name test is a binary search, not a walk
    /// over every provider's variables (a process environment holds hundreds of names).
    var_names: Vec<&'static str>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

/// The process-wide catalog, decoded on first use; its patterns compile on their first use.
///
/// The data is part of the binary, written by `build.rs` and checked by tests, so a decode
/// failure is a build defect; it panics with the error rather than limping on with an empty
/// catalog.
pub fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(|| {
        Catalog::prepare(CATALOG_DATA.clone())
            .unwrap_or_else(|e| panic!("the built-in catalog is invalid: {e}"))
    })
}

/// What can go wrong while loading catalog data.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The JSON does not match the schema.
    #[error("catalog JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A key template in the data does not parse.
    #[error("catalog key template {template:?}: {reason}")]
    Template {
        /// The offending template.
        template: String,
        /// What is wrong.
        reason: String,
    },
    /// A pattern in the data does not compile.
    #[error("catalog pattern {pattern:?}: {reason}")]
    Pattern {
        /// The offending pattern.
        pattern: String,
        /// The regex engine's error.
        reason: String,
    },
    /// A model rule or auth alternative names something that does not exist.
    #[error("catalog reference: {0}")]
    Reference(String),
}

/// The literal first character of an anchored pattern (`^\\$...` → `$`), if it has one.
fn literal_start(pattern: &str) -> Option<char> {
    let rest = pattern.strip_prefix('^')?;
    let mut chars = rest.chars();
    match chars.next()? {
        '\\' => chars.next().filter(|c| c.is_ascii_punctuation()),
        c if c.is_alphanumeric() || "%#<>_-".contains(c) => Some(c),
        _ => None,
    }
}

impl Catalog {
    /// Parses and validates catalog JSON. Patterns are compiled on first use;
    /// [`Catalog::compile_all`] compiles them all (the tests do).
    pub fn from_json(text: &str) -> Result<Self, CatalogError> {
        Self::from_data(serde_json::from_str(text)?)
    }

    /// Validates catalog data and prepares its templates and (lazy) patterns.
    pub fn from_data(data: CatalogData) -> Result<Self, CatalogError> {
        let catalog = Self::prepare(data)?;
        catalog.validate()?;
        Ok(catalog)
    }

    /// Prepares templates and (lazy) patterns without validating the cross-references: for the
    /// built-in data, which the tests validate (`the_baked_catalog_is_the_json_and_valid`).
    fn prepare(data: CatalogData) -> Result<Self, CatalogError> {
        let templates = data
            .providers
            .iter()
            .map(|p| {
                p.key_shapes
                    .iter()
                    .map(|s| {
                        Template::parse(&s.template, &s.charset).map_err(|reason| {
                            CatalogError::Template {
                                template: s.template.to_string(),
                                reason,
                            }
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .collect::<Result<Vec<_>, _>>()?;
        let model_res = data
            .models
            .iter()
            .map(|m| m.pattern.map(|p| LazyRegex::new(p.as_str())))
            .collect();
        let placeholder_res = data
            .placeholders
            .patterns
            .iter()
            .map(|p| LazyRegex::new(p.as_str()))
            .collect();
        let refs = &data.placeholders.references;
        let starts: Option<Vec<char>> = refs.iter().map(|p| literal_start(p)).collect();
        let reference_res = refs.iter().map(|p| LazyRegex::new(p.as_str())).collect();
        // Sorted and distinct by insertion: about sixty names, and no sort's code in the startup module.
        let mut var_names: Vec<&'static str> = Vec::new();
        for name in data
            .providers
            .iter()
            .flat_map(|p| p.vars.iter().map(|v| v.name.as_str()))
        {
            if let Err(at) = var_names.binary_search(&name) {
                var_names.insert(at, name);
            }
        }
        let catalog = Catalog {
            reference_starts: starts.unwrap_or_default(),
            var_names,
            data,
            templates,
            model_res,
            placeholder_res,
            reference_res,
        };
        Ok(catalog)
    }

    /// Compiles every pattern, returning the first that does not compile.
    pub fn compile_all(&self) -> Result<(), CatalogError> {
        let all = self
            .model_res
            .iter()
            .flatten()
            .chain(&self.placeholder_res)
            .chain(&self.reference_res);
        for re in all {
            re.check().map_err(|reason| CatalogError::Pattern {
                pattern: re.pattern().to_string(),
                reason,
            })?;
        }
        Ok(())
    }

    fn validate(&self) -> Result<(), CatalogError> {
        for rule in &self.data.models {
            if rule.prefixes.is_empty() == rule.pattern.is_none() {
                return Err(CatalogError::Reference(format!(
                    "model rule for {:?} needs exactly one of prefixes and pattern",
                    rule.providers
                )));
            }
            for id in &rule.providers {
                if self.provider(id).is_none() {
                    return Err(CatalogError::Reference(format!(
                        "model rule {:?} names unknown provider {id:?}",
                        rule.prefixes
                    )));
                }
            }
        }
        for (p, s, t) in self.shapes() {
            if s.prefix != t.prefix() {
                return Err(CatalogError::Reference(format!(
                    "{} {}: prefix {:?} differs from its template's {:?}",
                    p.id,
                    s.name,
                    s.prefix,
                    t.prefix()
                )));
            }
        }
        for p in &self.data.providers {
            let required = p
                .required
                .iter()
                .flat_map(|r| std::iter::once(&r.slot).chain(&r.also));
            for slot in p.auth.iter().flatten().chain(required) {
                if !p.vars.iter().any(|v| &v.slot == slot) {
                    return Err(CatalogError::Reference(format!(
                        "provider {} requires slot {slot:?} but no variable fills it",
                        p.id
                    )));
                }
            }
            for v in &p.vars {
                for r in &v.readers {
                    if !self.data.readers.contains_key(r) {
                        return Err(CatalogError::Reference(format!(
                            "{} lists unknown reader {r:?}",
                            v.name
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// All providers, in catalog order.
    pub fn providers(&self) -> &[Provider] {
        &self.data.providers
    }

    /// The provider with this id, if catalogued.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.data.providers.iter().find(|p| p.id == id)
    }

    /// True when some provider reads a variable of this exact name.
    pub fn is_var_name(&self, name: &str) -> bool {
        self.var_names.binary_search(&name).is_ok()
    }

    /// True when an environment entry of this name can matter to a check: a catalogued
    /// variable's name in any case and with any surrounding whitespace (the name checks report
    /// those), or a proxy variable. No check reads any other variable, so the startup check
    /// drops the rest first (`crate::env`), and the wasm glue does not even copy them.
    pub fn is_relevant_name(&self, name: &str) -> bool {
        let name = name.trim();
        // The catalogued names are all upper case (a catalog test checks it), so their sorted
        // order is the order of their upper-case forms.
        fn upper(s: &str) -> impl Iterator<Item = u8> + '_ {
            s.bytes().map(|b| b.to_ascii_uppercase())
        }
        self.var_names
            .binary_search_by(|probe| upper(probe).cmp(upper(name)))
            .is_ok()
            || self.proxy_vars().iter().any(|p| *p == name)
    }

    /// Every catalogued variable with this exact name, with its provider.
    pub fn vars_named<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = (&'a Provider, &'a EnvVar)> + 'a {
        self.data
            .providers
            .iter()
            .flat_map(|p| p.vars.iter().map(move |v| (p, v)))
            .filter(move |(_, v)| v.name == name)
    }

    /// Every key shape with its provider and parsed template.
    pub fn shapes(&self) -> impl Iterator<Item = (&Provider, &KeyShape, &Template)> {
        self.data
            .providers
            .iter()
            .zip(&self.templates)
            .flat_map(|(p, ts)| p.key_shapes.iter().zip(ts).map(move |(s, t)| (p, s, t)))
    }

    /// The key shapes `value` matches (by template: no regex runs).
    pub fn matching_shapes<'a>(
        &'a self,
        value: &'a str,
    ) -> impl Iterator<Item = (&'a Provider, &'a KeyShape)> + 'a {
        self.shapes()
            .filter(move |(_, _, t)| t.matches(value))
            .map(|(p, s, _)| (p, s))
    }

    /// The providers that can serve `model`, most likely first; empty when the name is unknown.
    pub fn providers_for_model(&self, model: &str) -> Vec<&Provider> {
        let model = model.trim();
        self.data
            .models
            .iter()
            .zip(&self.model_res)
            .find(|(rule, re)| {
                rule.prefixes.iter().any(|p| model.starts_with(p.as_str()))
                    || re.as_ref().is_some_and(|re| re.is_match(model))
            })
            .map(|(rule, _)| {
                rule.providers
                    .iter()
                    .filter_map(|id| self.provider(id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The provider whose own key variable `var` is (not a fallback it also reads): `OPENAI_API_KEY`
    /// is OpenAI's. `None` for a variable no provider names as its key.
    pub fn key_owner<'a>(&'a self, var: &'a str) -> Option<&'a Provider> {
        self.vars_named(var)
            .find(|(_, v)| v.slot == "api_key" && !v.fallback)
            .map(|(p, _)| p)
    }

    /// True when `value` is a known placeholder (`your-api-key`, `sk-...`, `<KEY>`, `changeme`).
    pub fn is_placeholder(&self, value: &str) -> bool {
        let lower = value.to_ascii_lowercase();
        self.data.placeholders.exact.iter().any(|e| *e == lower)
            || self.placeholder_res.iter().any(|re| re.is_match(value))
            || is_test_double(value)
    }

    /// True for a value shaped like a real key that is a documented example or test double:
    /// AWS's documentation keys end in `EXAMPLE` / `EXAMPLEKEY` (AWS IAM User Guide, "Managing
    /// access keys"), and a body of at most three characters (`AKIA6666666666666666`) is no key.
    pub fn is_test_double(&self, value: &str) -> bool {
        is_test_double(value)
    }

    /// True when `value` is an unexpanded variable reference (`${OPENAI_API_KEY}`, `$KEY`, `%KEY%`).
    pub fn is_reference(&self, value: &str) -> bool {
        let plausible = self.reference_starts.is_empty()
            || value
                .chars()
                .next()
                .is_some_and(|c| self.reference_starts.contains(&c));
        plausible && self.reference_res.iter().any(|re| re.is_match(value))
    }

    /// The names of environment variables that configure an HTTP proxy.
    pub fn proxy_vars(&self) -> &[Text] {
        &self.data.proxy_vars
    }

    /// Azure OpenAI facts shared by env, config and endpoint checks.
    pub fn azure(&self) -> &AzureFacts {
        &self.data.azure
    }
}

/// A key-length value whose body (past a prefix of up to 8 characters) uses at most three
/// characters: `AKIA6666666666666666`, `sk-aaaaaaaaaaaaaaaaaaaa`. Test doubles, not keys: a real
/// key's body is random over dozens of characters.
fn is_test_double(value: &str) -> bool {
    value.ends_with("EXAMPLE") || value.ends_with("EXAMPLEKEY") || is_monotonous(value)
}

fn is_monotonous(value: &str) -> bool {
    if value.len() < 20 || !value.is_ascii() {
        return false;
    }
    let mut seen: Vec<u8> = Vec::new();
    for b in value.as_bytes()[8..].iter() {
        if !seen.contains(b) {
            seen.push(*b);
            if seen.len() > 3 {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests;
