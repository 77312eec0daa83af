//! The shape of `providers.json`. Field names here are the JSON field names.
//!
//! `build.rs` includes this file too: it reads the JSON into these types and bakes them into Rust
//! statics (see `baked.rs`), which the binary reads in place at start-up.

use super::baked::{List, Map, Text};
use serde::{Deserialize, Serialize};

/// The whole catalog file.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct CatalogData {
    /// Reader id → what it stands for (`sdk`, `langchain`, ...).
    pub readers: Map,
    /// Values that mean "nobody filled this in".
    pub placeholders: Placeholders,
    /// Names of proxy variables (`HTTPS_PROXY`, ...).
    pub proxy_vars: List<Text>,
    /// Model-name rules, first match wins.
    pub models: List<ModelRule>,
    /// The providers.
    pub providers: List<Provider>,
    /// Azure OpenAI endpoint and api-version facts.
    pub azure: AzureFacts,
}

/// Placeholder and unexpanded-reference detection data.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct Placeholders {
    /// Where these come from.
    pub source: Text,
    /// Whole values (compared lowercased).
    pub exact: List<Text>,
    /// Regexes for placeholder shapes.
    pub patterns: List<Text>,
    /// Regexes for unexpanded variable references.
    pub references: List<Text>,
}

/// Maps model names to the providers that serve them.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct ModelRule {
    /// Model-name prefixes (`gpt-`, `anthropic/`); the usual way to write a rule.
    #[serde(default)]
    pub prefixes: List<Text>,
    /// A regex over the model name, for names a prefix cannot describe.
    #[serde(default)]
    pub pattern: Option<Text>,
    /// Provider ids, the usual one first.
    pub providers: List<Text>,
    /// Where the rule comes from.
    pub source: Text,
}

/// One provider's facts.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct Provider {
    /// Stable id (`openai`, `azure-openai`, ...).
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// Environment variables that configure it.
    pub vars: List<EnvVar>,
    /// Ways to authenticate: each inner list is a set of slots that together suffice.
    pub auth: List<List<Text>>,
    /// Settings needed besides credentials (Azure endpoint and api-version, Bedrock region).
    #[serde(default)]
    pub required: List<RequiredSlot>,
    /// Known key formats.
    pub key_shapes: List<KeyShape>,
    /// API base URL facts.
    pub base_url: BaseUrl,
    /// How the key is sent.
    pub auth_header: AuthHeader,
    /// One cheap authenticated request for a health check.
    pub health: Health,
    /// Where users create keys.
    pub key_url: Text,
    /// Set when many uses need no credential at all (public model downloads from the Hugging
    /// Face Hub): why, for messages. A unit lacking such a key beside a sibling that has one is
    /// then info, not a likely failure.
    #[serde(default)]
    pub credential_optional: Option<Text>,
}

/// A setting a provider needs besides its credential.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct RequiredSlot {
    /// The slot (`endpoint`, `api_version`, `deployment`, `region`).
    pub slot: Text,
    /// Other slots that fill the same need (LangChain.js builds the endpoint from an instance name).
    #[serde(default)]
    pub also: List<Text>,
    /// The rule id reported when it is missing.
    pub rule: Text,
    /// A value check to run on it (`azure-endpoint`, `azure-api-version`).
    #[serde(default)]
    pub check: Option<Text>,
    /// Only these readers need it; empty means all do.
    #[serde(default)]
    pub readers: List<Text>,
    /// How to fill it, following "Set NAME ".
    pub fix: Text,
}

/// An environment variable and who reads it.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct EnvVar {
    /// The role it fills (`api_key`, `endpoint`, `api_version`, ...).
    pub slot: Text,
    /// The variable name.
    pub name: Text,
    /// Reader ids that read it.
    pub readers: List<Text>,
    /// Read only when the slot's other names are unset; does not on its own mean the provider is used.
    #[serde(default)]
    pub fallback: bool,
    /// Where this was read.
    pub source: Text,
}

/// A key format.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct KeyShape {
    /// Display name.
    pub name: Text,
    /// The slot this shape belongs to; `api_key` when absent.
    #[serde(default = "default_slot")]
    pub slot: Text,
    /// The literal prefix; empty for prefixless shapes.
    pub prefix: Text,
    /// The published regex for the whole key (gitleaks/trufflehog), kept as the cited source.
    pub pattern: Text,
    /// Allowed total lengths (empty: a range, see the pattern).
    pub lengths: List<usize>,
    /// The body's character class, as written inside `[...]`.
    pub charset: Text,
    /// `strong` when a match is near-certain, `weak` for bare shapes (32 hex, 40 alnum).
    pub strength: Strength,
    /// How the key is matched and test keys are made: literal text with runs of `charset`
    /// (`sk-proj-{58|74}T3BlbkFJ{58|74}`); see [`super::Template`]. Agrees with `pattern`.
    pub template: Text,
    /// True when no scanner project publishes the shape.
    #[serde(default)]
    pub unverified: bool,
    /// Where the shape comes from.
    pub source: Text,
}

fn default_slot() -> Text {
    Text("api_key")
}

/// How sure a shape match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, databake::Bake)]
#[databake(path = crate::catalog)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// A prefix or checksum marker makes the match near-certain.
    Strong,
    /// Only length and charset: many things look like this.
    Weak,
}

/// API base URL facts.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct BaseUrl {
    /// Default base URL, when the provider has one.
    pub default: Option<Text>,
    /// Host names (or suffixes starting with `.`) that belong to the provider.
    pub hosts: List<Text>,
}

/// The header that carries the credential.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct AuthHeader {
    /// Header name.
    pub name: Text,
    /// Scheme before the key (`Bearer`), if any.
    pub scheme: Option<Text>,
}

/// A cheap authenticated request.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct Health {
    /// HTTP method.
    pub method: Text,
    /// URL template with `{base_url}`, `{endpoint}`, `{api_version}`, `{region}`.
    pub url: Text,
    /// Extra headers.
    pub headers: Map,
    /// Where it comes from.
    pub source: Text,
}

/// Azure OpenAI endpoint and version facts.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct AzureFacts {
    /// Known api-versions.
    pub api_versions: AzureVersions,
    /// Host suffixes people write with the labels in the wrong order.
    pub misordered_hosts: List<Text>,
    /// Host suffixes of gateways (APIM, App Service) that front Azure OpenAI.
    pub gateway_hosts: List<Text>,
}

/// Azure OpenAI api-versions.
#[derive(Debug, Clone, PartialEq, Deserialize, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct AzureVersions {
    /// Generally available versions.
    pub ga: List<Text>,
    /// Preview versions.
    pub preview: List<Text>,
    /// Values accepted by the v1 API.
    pub v1: List<Text>,
    /// Where the list comes from.
    pub source: Text,
}

impl Provider {
    /// The variables filling `slot`, in catalog order.
    pub fn vars_for<'a>(&'a self, slot: &'a str) -> impl Iterator<Item = &'a EnvVar> + 'a {
        self.vars.iter().filter(move |v| v.slot == slot)
    }

    /// Variable names of the first auth alternative's first slot (the usual key variable).
    pub fn primary_key_var(&self) -> &str {
        self.auth
            .first()
            .and_then(|alt| alt.first())
            .and_then(|slot| self.vars_for(slot).next())
            .map(|v| v.name.as_str())
            .unwrap_or("")
    }

    /// True when `host` belongs to this provider.
    pub fn owns_host(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        self.base_url.hosts.iter().any(|h| {
            if h.starts_with('.') {
                host.ends_with(h.as_str())
            } else {
                host == *h
            }
        })
    }
}
