//! The shape of `providers.json`. Field names here are the JSON field names.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The whole catalog file.
#[derive(Debug, Clone, Deserialize)]
pub struct CatalogData {
    /// Reader id → what it stands for (`sdk`, `langchain`, ...).
    pub readers: BTreeMap<String, String>,
    /// Values that mean "nobody filled this in".
    pub placeholders: Placeholders,
    /// Names of proxy variables (`HTTPS_PROXY`, ...).
    pub proxy_vars: Vec<String>,
    /// Model-name rules, first match wins.
    pub models: Vec<ModelRule>,
    /// The providers.
    pub providers: Vec<Provider>,
    /// Azure OpenAI endpoint and api-version facts.
    pub azure: AzureFacts,
}

/// Placeholder and unexpanded-reference detection data.
#[derive(Debug, Clone, Deserialize)]
pub struct Placeholders {
    /// Where these come from.
    pub source: String,
    /// Whole values (compared lowercased).
    pub exact: Vec<String>,
    /// Regexes for placeholder shapes.
    pub patterns: Vec<String>,
    /// Regexes for unexpanded variable references.
    pub references: Vec<String>,
}

/// Maps model names to the providers that serve them.
#[derive(Debug, Clone, Deserialize)]
pub struct ModelRule {
    /// Model-name prefixes (`gpt-`, `anthropic/`); the usual way to write a rule.
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// A regex over the model name, for names a prefix cannot describe.
    #[serde(default)]
    pub pattern: Option<String>,
    /// Provider ids, the usual one first.
    pub providers: Vec<String>,
    /// Where the rule comes from.
    pub source: String,
}

/// One provider's facts.
#[derive(Debug, Clone, Deserialize)]
pub struct Provider {
    /// Stable id (`openai`, `azure-openai`, ...).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Environment variables that configure it.
    pub vars: Vec<EnvVar>,
    /// Ways to authenticate: each inner list is a set of slots that together suffice.
    pub auth: Vec<Vec<String>>,
    /// Settings needed besides credentials (Azure endpoint and api-version, Bedrock region).
    #[serde(default)]
    pub required: Vec<RequiredSlot>,
    /// Known key formats.
    pub key_shapes: Vec<KeyShape>,
    /// API base URL facts.
    pub base_url: BaseUrl,
    /// How the key is sent.
    pub auth_header: AuthHeader,
    /// One cheap authenticated request for a health check.
    pub health: Health,
    /// Where users create keys.
    pub key_url: String,
}

/// A setting a provider needs besides its credential.
#[derive(Debug, Clone, Deserialize)]
pub struct RequiredSlot {
    /// The slot (`endpoint`, `api_version`, `deployment`, `region`).
    pub slot: String,
    /// Other slots that fill the same need (LangChain.js builds the endpoint from an instance name).
    #[serde(default)]
    pub also: Vec<String>,
    /// The rule id reported when it is missing.
    pub rule: String,
    /// A value check to run on it (`azure-endpoint`, `azure-api-version`).
    #[serde(default)]
    pub check: Option<String>,
    /// Only these readers need it; empty means all do.
    #[serde(default)]
    pub readers: Vec<String>,
    /// How to fill it, following "Set NAME ".
    pub fix: String,
}

/// An environment variable and who reads it.
#[derive(Debug, Clone, Deserialize)]
pub struct EnvVar {
    /// The role it fills (`api_key`, `endpoint`, `api_version`, ...).
    pub slot: String,
    /// The variable name.
    pub name: String,
    /// Reader ids that read it.
    pub readers: Vec<String>,
    /// Read only when the slot's other names are unset; does not on its own mean the provider is used.
    #[serde(default)]
    pub fallback: bool,
    /// Where this was read.
    pub source: String,
}

/// A key format.
#[derive(Debug, Clone, Deserialize)]
pub struct KeyShape {
    /// Display name.
    pub name: String,
    /// The slot this shape belongs to; `api_key` when absent.
    #[serde(default = "default_slot")]
    pub slot: String,
    /// The literal prefix; empty for prefixless shapes.
    pub prefix: String,
    /// The published regex for the whole key (gitleaks/trufflehog), kept as the cited source.
    pub pattern: String,
    /// Allowed total lengths (empty: a range, see the pattern).
    pub lengths: Vec<usize>,
    /// The body's character class, as written inside `[...]`.
    pub charset: String,
    /// `strong` when a match is near-certain, `weak` for bare shapes (32 hex, 40 alnum).
    pub strength: Strength,
    /// How the key is matched and test keys are made: literal text with runs of `charset`
    /// (`sk-proj-{58|74}T3BlbkFJ{58|74}`); see [`super::Template`]. Agrees with `pattern`.
    pub template: String,
    /// True when no scanner project publishes the shape.
    #[serde(default)]
    pub unverified: bool,
    /// Where the shape comes from.
    pub source: String,
}

fn default_slot() -> String {
    "api_key".to_string()
}

/// How sure a shape match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// A prefix or checksum marker makes the match near-certain.
    Strong,
    /// Only length and charset: many things look like this.
    Weak,
}

/// API base URL facts.
#[derive(Debug, Clone, Deserialize)]
pub struct BaseUrl {
    /// Default base URL, when the provider has one.
    pub default: Option<String>,
    /// Host names (or suffixes starting with `.`) that belong to the provider.
    pub hosts: Vec<String>,
}

/// The header that carries the credential.
#[derive(Debug, Clone, Deserialize)]
pub struct AuthHeader {
    /// Header name.
    pub name: String,
    /// Scheme before the key (`Bearer`), if any.
    pub scheme: Option<String>,
}

/// A cheap authenticated request.
#[derive(Debug, Clone, Deserialize)]
pub struct Health {
    /// HTTP method.
    pub method: String,
    /// URL template with `{base_url}`, `{endpoint}`, `{api_version}`, `{region}`.
    pub url: String,
    /// Extra headers.
    pub headers: BTreeMap<String, String>,
    /// Where it comes from.
    pub source: String,
}

/// Azure OpenAI endpoint and version facts.
#[derive(Debug, Clone, Deserialize)]
pub struct AzureFacts {
    /// Known api-versions.
    pub api_versions: AzureVersions,
    /// Host suffixes people write with the labels in the wrong order.
    pub misordered_hosts: Vec<String>,
    /// Host suffixes of gateways (APIM, App Service) that front Azure OpenAI.
    pub gateway_hosts: Vec<String>,
}

/// Azure OpenAI api-versions.
#[derive(Debug, Clone, Deserialize)]
pub struct AzureVersions {
    /// Generally available versions.
    pub ga: Vec<String>,
    /// Preview versions.
    pub preview: Vec<String>,
    /// Values accepted by the v1 API.
    pub v1: Vec<String>,
    /// Where the list comes from.
    pub source: String,
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
