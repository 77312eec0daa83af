//! The kinds of file credcheck reads, and how each is recognised from its name and content.

use super::ScanError;
use serde::{Deserialize, Serialize};

/// A kind of config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A `.env` file.
    Dotenv,
    /// An AutoGen 0.2 / AG2 `OAI_CONFIG_LIST`, or an `llm_config` saved as JSON.
    OaiConfigList,
    /// An AutoGen 0.4+ component config (`provider` + `config`).
    AutogenComponent,
    /// CrewAI `agents.yaml` / `crew.yaml`.
    Crewai,
    /// LangChain / LlamaIndex client parameters saved as JSON or YAML.
    ClientParams,
    /// A Docker Compose file.
    Compose,
    /// Kubernetes manifests (one or more YAML documents).
    Kubernetes,
    /// A LiteLLM proxy config (`model_list` with `litellm_params`).
    LitellmConfig,
}

/// Every kind with its id, in detection order after the name-based ones.
const KINDS: &[(Kind, &str)] = &[
    (Kind::Dotenv, "dotenv"),
    (Kind::OaiConfigList, "oai-config-list"),
    (Kind::AutogenComponent, "autogen-component"),
    (Kind::Crewai, "crewai"),
    (Kind::ClientParams, "client-params"),
    (Kind::Compose, "compose"),
    (Kind::Kubernetes, "kubernetes"),
    (Kind::LitellmConfig, "litellm-config"),
];

impl Kind {
    /// The kind's id (`compose`, `oai-config-list`, ...).
    pub fn id(self) -> &'static str {
        KINDS
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("unknown", |(_, id)| id)
    }

    /// Every id, comma-separated, for messages.
    pub fn names() -> String {
        KINDS
            .iter()
            .map(|(_, id)| *id)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// True when the file is read as strict JSON.
    pub(crate) fn is_json(self, path: &str, text: &str) -> bool {
        let lower = path.to_ascii_lowercase();
        lower.ends_with(".json")
            || (matches!(self, Kind::OaiConfigList | Kind::AutogenComponent)
                && text.trim_start().starts_with(['{', '[']))
    }
}

impl std::str::FromStr for Kind {
    type Err = ScanError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        KINDS
            .iter()
            .find(|(_, id)| *id == s.trim())
            .map(|(k, _)| *k)
            .ok_or_else(|| ScanError::UnknownKind(s.to_string(), Kind::names()))
    }
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The kind a file name alone settles: `.env` files, `OAI_CONFIG_LIST`, Compose file names.
pub fn detect_by_name(path: &str) -> Option<Kind> {
    let name = base_name(path);
    let lower = name.to_ascii_lowercase();
    if lower == ".env" || lower.starts_with(".env.") || lower.ends_with(".env") {
        return Some(Kind::Dotenv);
    }
    if name.starts_with("OAI_CONFIG_LIST") {
        return Some(Kind::OaiConfigList);
    }
    let yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
    if yaml
        && (lower.starts_with("docker-compose")
            || lower.starts_with("compose.")
            || lower == "compose.yaml")
    {
        return Some(Kind::Compose);
    }
    None
}

/// True for files of CI and editor tooling that only look like configs (a GitHub Actions
/// `workflow_dispatch` input named `deployment_name` is no Azure client).
fn is_tooling(path: &str) -> bool {
    let p = path.replace('\\', "/");
    let p = format!("/{}", p.trim_start_matches("./"));
    [
        "/.github/",
        "/.gitlab/",
        "/.vscode/",
        "/.devcontainer/",
        "/.circleci/",
        "/.azure-pipelines/",
    ]
    .iter()
    .any(|d| p.contains(d))
        || p.ends_with("/.gitlab-ci.yml")
        || p.ends_with("/azure-pipelines.yml")
        || p.ends_with("/action.yml")
        || p.ends_with("/action.yaml")
}

/// True for a template that a tool renders before anything reads it as YAML or JSON (Helm and
/// Go templates, Jinja, cookiecutter): `{{ ... }}` or `{% ... %}` outside a `${{ }}`
/// expression. Its values are filled in at render time, so neither syntax nor values can be
/// judged here.
pub(crate) fn is_template(text: &str) -> bool {
    text.contains("{%")
        || text
            .match_indices("{{")
            .any(|(i, _)| !text[..i].ends_with('$') && text[i..].contains("}}"))
}

/// True when some line starts (at column 0) with `key`.
fn top_level(text: &str, key: &str) -> bool {
    text.starts_with(key) || text.contains(&format!("\n{key}"))
}

/// Recognises a file from its name and content; `None` when it is not a kind credcheck reads.
/// Only `.json`, `.yaml`/`.yml` and the names [`detect_by_name`] knows are considered.
pub fn detect(path: &str, text: &str) -> Option<Kind> {
    if let Some(kind) = detect_by_name(path) {
        return Some(kind);
    }
    if is_tooling(path) || is_template(text) {
        return None;
    }
    let lower = base_name(path).to_ascii_lowercase();
    let json = lower.ends_with(".json");
    let yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
    if !json && !yaml {
        return None;
    }
    let has = |s: &str| text.contains(s);
    if yaml && top_level(text, "apiVersion:") && top_level(text, "kind:")
        || json && has("\"apiVersion\"") && has("\"kind\"")
    {
        return Some(Kind::Kubernetes);
    }
    if top_level(text, "model_list:") && has("litellm_params")
        || json && has("\"model_list\"") && has("\"litellm_params\"")
    {
        return Some(Kind::LitellmConfig);
    }
    if yaml && top_level(text, "services:") {
        return Some(Kind::Compose);
    }
    if has("ChatCompletionClient") && (has("\"provider\"") || yaml && has("provider:")) {
        return Some(Kind::AutogenComponent);
    }
    // A JSON list of objects with "model" is a config list only with a config field beside it:
    // API responses and test data have "model" too.
    let list_entry = has("\"api_key\"") || has("\"api_type\"") || has("\"base_url\"");
    if has("config_list")
        || (json && text.trim_start().starts_with('[') && has("\"model\"") && list_entry)
    {
        return Some(Kind::OaiConfigList);
    }
    if yaml && (lower == "agents.yaml" || lower == "agents.yml" || lower.starts_with("crew"))
        || yaml && has("llm:") && (has("role:") || has("goal:"))
    {
        return Some(Kind::Crewai);
    }
    const PARAMS: &[&str] = &[
        "azure_deployment",
        "deployment_name",
        "openai_api_version",
        "openai_api_key",
        "azure_endpoint",
        "openai-chat",
        "OpenAIEmbedding",
        "AzureOpenAI",
    ];
    if PARAMS.iter().any(|p| has(p)) {
        return Some(Kind::ClientParams);
    }
    None
}
