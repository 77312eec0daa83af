//! The names the lint looks for, as data (`patterns.json`): model clients and their Azure
//! settings, worker and child-process APIs, dotenv loaders and token calls.

use serde::Deserialize;
use std::sync::OnceLock;

/// Everything in `patterns.json`.
#[derive(Debug, Default, Deserialize)]
pub struct Patterns {
    /// Where the names come from.
    pub source: String,
    /// Model clients built from the environment.
    pub clients: Vec<Client>,
    /// What each Azure client needs.
    pub azure: Vec<AzureNeeds>,
    /// Argument names that carry an API key.
    pub key_args: Vec<String>,
    /// Argument names that point a client at another host.
    pub base_url_args: Vec<String>,
    /// Agents that take an `llm_config`.
    pub agents: Agents,
    /// Signs that a module starts workers.
    pub workers: Workers,
    /// Calls that start a child with an `env` option.
    pub children: Children,
    /// `.env` loaders.
    pub dotenv: Dotenv,
    /// Calls that fetch an access token.
    pub token_calls: Vec<String>,
    /// Arguments that take a token rather than a token provider.
    pub token_args: Vec<String>,
    /// Modules whose scripts run again from the top on every user interaction (Streamlit): a
    /// token fetched at module scope there is fetched again each run, not once at import.
    pub rerun_modules: Vec<String>,
    /// Calls whose arguments are checks (`assert(key)`).
    pub assert_calls: Vec<String>,
    /// CrewAI's defaults that call OpenAI whatever model the agents use.
    pub crewai: Crewai,
}

/// CrewAI's OpenAI defaults (crewai `crew.py`, `memory/unified_memory.py`,
/// `utilities/planning_handler.py`, `utilities/llm_utils.py`).
#[derive(Debug, Default, Deserialize)]
pub struct Crewai {
    /// The crew class and the agent class.
    pub crew: String,
    /// The agent class.
    pub agent: String,
    /// Modules that define them.
    pub modules: Vec<String>,
    /// Arguments that name a model (`llm="anthropic/claude-..."`).
    pub model_args: Vec<String>,
    /// Crew options that switch on an OpenAI default unless another argument overrides it.
    pub defaults: Vec<CrewDefault>,
    /// What an agent with no `llm` runs on.
    pub agent_default: String,
    /// Where these come from.
    pub source: String,
}

/// A crew option whose default calls OpenAI.
#[derive(Debug, Default, Deserialize)]
pub struct CrewDefault {
    /// The option (`memory`, `planning`).
    pub arg: String,
    /// Arguments that replace the default (`embedder`, `planning_llm`).
    pub unless: Vec<String>,
    /// What the default does, for the message.
    pub what: String,
}

/// A model client constructor.
#[derive(Debug, Default, Deserialize)]
pub struct Client {
    /// The class name, as called.
    pub name: String,
    /// The provider it calls, when fixed.
    pub provider: Option<String>,
    /// The modules that define it (a prefix: `langchain_openai` covers
    /// `langchain_openai.chat_models`). Empty: any. A class imported from another module is
    /// another class of the same name.
    #[serde(default)]
    pub modules: Vec<String>,
    /// Only a class imported from one of `modules` counts (a generic name such as `LLM`).
    #[serde(default)]
    pub imported: bool,
}

/// The settings an Azure client needs, per language.
#[derive(Debug, Default, Deserialize)]
pub struct AzureNeeds {
    /// Class names.
    pub clients: Vec<String>,
    /// `js` or `py`.
    pub lang: String,
    /// The modules that define these classes: a class of the same name from elsewhere (or of
    /// unknown origin) is not checked, since its settings are unknown.
    pub modules: Vec<String>,
    /// Each setting.
    pub need: Vec<Need>,
    /// Where this comes from.
    pub source: String,
}

/// One setting: the argument names that give it, and the variable read when none is passed.
#[derive(Debug, Default, Deserialize)]
pub struct Need {
    /// `endpoint`, `api-version` or `deployment`.
    pub what: String,
    /// Argument names.
    pub args: Vec<String>,
    /// The environment variables the client falls back to, in the order it reads them; empty
    /// when the setting must be passed.
    #[serde(default)]
    pub env: Vec<String>,
    /// True when an endpoint argument whose URL holds `/deployments/NAME` gives this setting.
    #[serde(default)]
    pub in_url: bool,
    /// How sure a missing setting is to fail when no variable is read: `error` when the
    /// constructor raises, `warning` when the request is likely to go astray. Default `error`.
    #[serde(default)]
    pub severity: Option<crate::finding::Severity>,
}

/// Agents that take a model config.
#[derive(Debug, Default, Deserialize)]
pub struct Agents {
    /// Class names ending with this are agents.
    pub suffix: String,
    /// Other agent class names.
    pub names: Vec<String>,
    /// The keyword that takes the config.
    pub config_arg: String,
    /// The key of the model list inside it.
    pub list_key: String,
}

/// Signs that a module forks or runs workers.
#[derive(Debug, Default, Deserialize)]
pub struct Workers {
    /// JS modules.
    pub js_modules: Vec<String>,
    /// JS calls.
    pub js_calls: Vec<String>,
    /// JS constructors.
    pub js_constructors: Vec<String>,
    /// Python modules.
    pub py_modules: Vec<String>,
    /// Python calls.
    pub py_calls: Vec<String>,
    /// Python decorators (`@app.task`).
    pub py_decorators: Vec<String>,
}

/// Calls that start children.
#[derive(Debug, Default, Deserialize)]
pub struct Children {
    /// JS calls (`child_process`).
    pub js_calls: Vec<String>,
    /// JS constructors (`worker_threads.Worker`).
    pub js_constructors: Vec<String>,
    /// Python calls (`subprocess`, `asyncio`, `os`).
    pub py_calls: Vec<String>,
    /// Names that, unpacked into an env dict, carry the parent's environment.
    pub py_env_unpack: Vec<String>,
}

/// `.env` loaders.
#[derive(Debug, Default, Deserialize)]
pub struct Dotenv {
    /// The JS module.
    pub js_module: String,
    /// Its loading function.
    pub js_call: String,
    /// Python loading functions.
    pub py_calls: Vec<String>,
}

impl Patterns {
    /// The client named `name`, imported from `module` (when an import says).
    pub fn client(&self, name: &str, module: Option<&str>) -> Option<&Client> {
        self.clients.iter().find(|c| {
            c.name == name
                && match module {
                    Some(m) => c.modules.is_empty() || from_module(&c.modules, m),
                    None => !c.imported,
                }
        })
    }

    /// True for CrewAI's `Crew` or `Agent`, imported from CrewAI.
    pub fn is_crew(&self, name: &str, module: Option<&str>) -> bool {
        (name == self.crewai.crew || name == self.crewai.agent)
            && module.is_some_and(|m| from_module(&self.crewai.modules, m))
    }

    /// True for an agent class name.
    pub fn is_agent(&self, name: &str) -> bool {
        (name.ends_with(&self.agents.suffix) && name.len() > self.agents.suffix.len())
            || self.agents.names.iter().any(|n| n == name)
    }

    /// What an Azure client named `name`, imported from `module`, needs in `lang`.
    pub fn azure_needs(&self, name: &str, lang: &str, module: &str) -> Option<&AzureNeeds> {
        self.azure.iter().find(|a| {
            a.lang == lang && a.clients.iter().any(|c| c == name) && from_module(&a.modules, module)
        })
    }
}

/// True when `module` is one of `modules` or inside one (`a.b` and `a/b` are inside `a`).
pub fn from_module(modules: &[String], module: &str) -> bool {
    modules.iter().any(|m| {
        module == m
            || module
                .strip_prefix(m.as_str())
                .is_some_and(|rest| rest.starts_with(['.', '/']))
    })
}

/// True when `list` holds `name`.
pub fn has(list: &[String], name: &str) -> bool {
    list.iter().any(|n| n == name)
}

/// The patterns, parsed once.
pub fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // A test parses the file; an invalid one would make the lint find nothing, not panic.
        serde_json::from_str(include_str!("patterns.json")).unwrap_or_default()
    })
}
