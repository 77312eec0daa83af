//! AutoGen configs: 0.2 / AG2 `OAI_CONFIG_LIST` files and saved `llm_config`s (`config_list`
//! entries with `model`, `api_key`, `base_url`, `api_type`, `api_version`), and 0.4+ component
//! configs (`provider` naming a `...ChatCompletionClient`, with `config`).
//! Field names: AutoGen 0.2 docs "LLM Configuration" and autogen_ext.models.openai
//! (`OpenAIClientConfigurationConfigModel`, `AzureOpenAIClientConfigurationConfigModel`).

use super::fields::{check_api_version, check_endpoint, check_key, field, finding};
use super::Kind;
use crate::catalog::{catalog, Provider, Text};
use crate::env::Env;
use crate::finding::{Finding, Severity};
use crate::tree::Node;
use std::rc::Rc;

/// AutoGen 0.2 `api_type` values and the catalog provider each calls.
const API_TYPES: &[(&str, &str)] = &[
    ("openai", "openai"),
    ("azure", "azure-openai"),
    ("anthropic", "anthropic"),
    ("google", "gemini"),
    ("mistral", "mistral"),
    ("groq", "groq"),
    ("cohere", "cohere"),
    ("together", "together"),
    ("bedrock", "bedrock"),
    ("deepseek", "deepseek"),
];

/// Hosts that mark an Azure OpenAI endpoint.
const AZURE_HOSTS: &[&str] = &[
    ".openai.azure.com",
    ".cognitiveservices.azure.com",
    ".services.ai.azure.com",
];

fn provider(id: &str) -> Option<&'static Provider> {
    catalog().provider(id)
}

fn host(url: &str) -> Option<String> {
    crate::azure::split_url(url.trim()).map(|(_, h, _)| h.to_ascii_lowercase())
}

fn is_azure_url(url: &str) -> bool {
    host(url).is_some_and(|h| AZURE_HOSTS.iter().any(|a| h.ends_with(a)))
}

/// Checks an AutoGen config file.
pub(super) fn check(path: &str, kind: Kind, docs: &[Rc<Node>], env: &Option<Env>) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(doc) = docs.first() else { return out };
    if kind == Kind::AutogenComponent {
        components(path, doc, env, &mut out);
        return out;
    }
    let mut lists: Vec<(&Node, String)> = Vec::new();
    if doc.is_seq() {
        lists.push((doc, String::new()));
    } else {
        collect_lists(doc, String::new(), &mut lists, 0);
    }
    for (list, prefix) in &lists {
        let label = if prefix.is_empty() {
            "config list".to_string()
        } else {
            format!("{prefix}config_list")
        };
        if list.items().is_empty() {
            out.push(finding(
                "empty-config-list",
                path,
                list,
                format!("{label} is empty, so the agents using it have no model to call"),
                "Add an entry such as {\"model\": \"gpt-4o\"} (its key from OPENAI_API_KEY), or check the filter that emptied it".into(),
            ));
        }
        let start = out.len();
        for (i, entry) in list.items().iter().enumerate() {
            entry_checks(path, entry, &format!("{label}[{i}]"), env, &mut out);
        }
        collapse_missing(&mut out, start);
    }
    consistency(path, &lists, &mut out);
    out
}

/// Finds every `config_list` under `node` (in `llm_config`s of agents), with a label prefix.
fn collect_lists<'n>(
    node: &'n Node,
    prefix: String,
    out: &mut Vec<(&'n Node, String)>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    for (k, v) in node.entries() {
        if k == "config_list" && v.is_seq() {
            out.push((v, prefix.clone()));
        } else if v.is_map() {
            collect_lists(v, format!("{prefix}{k}."), out, depth + 1);
        }
    }
}

fn entry_checks(path: &str, entry: &Node, label: &str, env: &Option<Env>, out: &mut Vec<Finding>) {
    if !entry.is_map() {
        out.push(finding(
            "config-syntax",
            path,
            entry,
            format!("{label} is not an object"),
            "Write each entry as {\"model\": ..., \"api_key\": ...}".into(),
        ));
        return;
    }
    let model = entry.str_at(&["model"]);
    let api_type = entry.str_at(&["api_type"]).unwrap_or("openai");
    let base_url = entry.get("base_url").filter(|n| !n.is_null());
    let Some(p) = API_TYPES
        .iter()
        .find(|(t, _)| *t == api_type)
        .and_then(|(_, id)| provider(id))
    else {
        return; // ollama, cerebras and other api_types credcheck has no facts for
    };
    let azure = p.id == "azure-openai";
    if let (false, Some(url)) = (azure, base_url.and_then(Node::as_str)) {
        if is_azure_url(url) {
            out.push(
                finding(
                    "azure-missing-api-type",
                    path,
                    base_url.unwrap_or(entry),
                    format!("{label}.base_url is an Azure OpenAI endpoint but api_type is {api_type:?}; the OpenAI client sends the key as a Bearer token to the wrong path and gets 401 or 404"),
                    format!("Add \"api_type\": \"azure\" and \"api_version\" to {label}"),
                )
                .provider("azure-openai"),
            );
            return;
        }
    }
    let own_host = base_url
        .and_then(Node::as_str)
        .and_then(host)
        .map_or(true, |h| p.owns_host(&h) || azure);
    if let (Some(m), true) = (model, base_url.is_none() && !azure) {
        let serving = catalog().providers_for_model(m);
        if !serving.is_empty() && !serving.iter().any(|s| s.id == p.id) {
            out.push(
                finding(
                    "model-provider-mismatch",
                    path,
                    entry.get("model").unwrap_or(entry),
                    format!("{label}: model {m} is served by {}, but the entry calls {} (api_type {api_type:?})", serving[0].name, p.name),
                    format!("Set api_type to the model's provider and give its key ({}), or choose {} model", serving[0].primary_key_var(), crate::finding::a(&p.name)),
                )
                .provider(&serving[0].id),
            );
        }
    }
    key_checks(
        path,
        entry,
        label,
        "api_key",
        p,
        p.primary_key_var(),
        own_host,
        env,
        out,
    );
    if azure {
        azure_checks(
            path,
            entry,
            label,
            &["base_url", "azure_endpoint"],
            &["api_version"],
            None,
            env,
            out,
        );
    }
}

/// Checks `api_key` (or its absence) for provider `p`, whose client falls back to `fallback`.
#[allow(clippy::too_many_arguments)]
pub(super) fn key_checks(
    path: &str,
    entry: &Node,
    label: &str,
    name: &str,
    p: &Provider,
    fallback: &str,
    own_host: bool,
    env: &Option<Env>,
    out: &mut Vec<Finding>,
) {
    // An Azure AD token provider replaces the key: an empty api_key then is deliberate.
    let token_auth = ["azure_ad_token_provider", "azure_ad_token", "use_azure_ad"]
        .iter()
        .any(|k| {
            entry
                .get(k)
                .is_some_and(|v| !v.is_null() && v.scalar() != Some("false"))
        });
    if token_auth {
        return;
    }
    match entry.get(name).filter(|n| !n.is_null()) {
        Some(key) => out.extend(
            check_key(
                path,
                key,
                &format!("{label}.{name}"),
                p,
                Some(Severity::Warning),
                own_host,
            )
            .0,
        ),
        None => {
            if env.as_ref().is_some_and(|e| e.is_filled(fallback)) {
                return;
            }
            // Reading the key from the environment is the documented default: only the
            // environment that runs it can say whether the key is there (info). A `.env` beside
            // the config that sets another provider's key but not this one is likely the one
            // the app loads, and it lacks the key (warning).
            let others: Vec<&str> = env.as_ref().map_or(Vec::new(), |e| {
                catalog()
                    .providers()
                    .iter()
                    .flat_map(|pr| pr.vars.iter())
                    .filter(|v| v.slot == "api_key" && !v.fallback && e.is_filled(&v.name))
                    .map(|v| v.name.as_str())
                    .collect()
            });
            let (severity, message) = match others.first() {
                Some(other) => (
                    Severity::Warning,
                    format!("{label} has no {name}, so the client reads {fallback}; the .env beside this config sets {other} but not {fallback}"),
                ),
                None => (
                    Severity::Info,
                    format!("{label} has no {name}, so the client reads {fallback} from the environment; every process that loads it (workers included) needs {fallback}"),
                ),
            };
            out.push(
                finding(
                    "missing-key",
                    path,
                    entry,
                    message,
                    format!("Set {fallback} in the environment of every process that uses this config, or add {name} to the entry"),
                )
                .severity(severity)
                .provider(&p.id),
            );
        }
    }
}

/// Endpoint, api-version and deployment of an Azure entry; each may come from the environment.
#[allow(clippy::too_many_arguments)]
pub(super) fn azure_checks(
    path: &str,
    entry: &Node,
    label: &str,
    endpoint: &[&'static str],
    version: &[&'static str],
    deployment: Option<&[&'static str]>,
    env: &Option<Env>,
    out: &mut Vec<Finding>,
) {
    let has_env = |v: &str| env.as_ref().is_some_and(|e| e.is_filled(v));
    match field(entry, endpoint) {
        Some((name, n)) => out.extend(check_endpoint(path, n, &format!("{label}.{name}"))),
        None if has_env("AZURE_OPENAI_ENDPOINT") => {}
        // The openai SDK's AzureOpenAI, which AutoGen, LangChain and LlamaIndex build, falls
        // back to AZURE_OPENAI_ENDPOINT: only the environment that runs this can say.
        None => out.push(
            finding(
                "azure-missing-endpoint",
                path,
                entry,
                format!("{label} gives no {}, so the client reads AZURE_OPENAI_ENDPOINT from the environment", endpoint[0]),
                format!(
                    "Set AZURE_OPENAI_ENDPOINT wherever this config is loaded, or add \"{}\": \"https://<resource>.openai.azure.com/\" to {label}",
                    endpoint[0]
                ),
            )
            .severity(Severity::Info)
            .provider("azure-openai"),
        ),
    }
    match field(entry, version) {
        Some((name, n)) => out.extend(check_api_version(path, n, &format!("{label}.{name}"))),
        None if has_env("OPENAI_API_VERSION") => {}
        None => out.push(
            finding(
                "azure-missing-api-version",
                path,
                entry,
                format!("{label} gives no {}, so the client reads OPENAI_API_VERSION from the environment", version[0]),
                format!(
                    "Set OPENAI_API_VERSION wherever this config is loaded, or add \"{}\" with a published version, e.g. \"{}\"",
                    version[0],
                    catalog()
                        .azure()
                        .api_versions
                        .ga
                        .last()
                        .map_or("", Text::as_str)
                ),
            )
            .severity(Severity::Info)
            .provider("azure-openai"),
        ),
    }
    if let Some(names) = deployment {
        if field(entry, names).is_none() && !has_env("AZURE_OPENAI_DEPLOYMENT") {
            out.push(
                finding(
                    "azure-missing-deployment",
                    path,
                    entry,
                    format!("{label} gives no {}, so requests go to a deployment named after the model", names[0]),
                    format!(
                        "Add \"{}\" with the deployment name from the Azure portal, unless the deployment is named after the model",
                        names[0]
                    ),
                )
                .severity(Severity::Info)
                .provider("azure-openai"),
            );
        }
    }
}

/// One `missing-key` finding per provider for a list, not one per entry: the fix is the same.
fn collapse_missing(out: &mut Vec<Finding>, start: usize) {
    let mut kept: Vec<(Option<String>, usize, usize)> = Vec::new();
    let mut i = start;
    while i < out.len() {
        if out[i].rule != "missing-key" {
            i += 1;
            continue;
        }
        let provider = out[i].provider.clone();
        if let Some(k) = kept.iter_mut().find(|k| k.0 == provider) {
            k.2 += 1;
            out.remove(i);
        } else {
            kept.push((provider, i, 0));
            i += 1;
        }
    }
    for (_, at, more) in kept.into_iter().filter(|k| k.2 > 0) {
        let f = &mut out[at];
        if let Some(pos) = f.message.find(" has no ") {
            f.message
                .insert_str(pos, &format!(" (and {more} more entries)"));
        }
    }
}

/// Agents of one file given different or empty config lists.
fn consistency(path: &str, lists: &[(&Node, String)], out: &mut Vec<Finding>) {
    if lists.len() < 2 {
        return;
    }
    let signature = |l: &Node| -> Vec<(String, String)> {
        l.items()
            .iter()
            .map(|e| {
                (
                    e.str_at(&["model"]).unwrap_or("").to_string(),
                    e.str_at(&["api_type"]).unwrap_or("openai").to_string(),
                )
            })
            .collect()
    };
    let (first, first_label) = &lists[0];
    for (list, label) in &lists[1..] {
        if signature(list) != signature(first) {
            out.push(finding(
                "inconsistent-llm-config",
                path,
                list,
                format!("{label}config_list differs from {first_label}config_list (line {}); agents of one app calling different providers or none fail one by one", first.line),
                "Build every agent's llm_config from one shared config list (filter it per agent if you must)".into(),
            ));
        }
    }
}

/// AutoGen 0.4+ component configs, found anywhere in the document (teams nest them).
fn components(path: &str, node: &Node, env: &Option<Env>, out: &mut Vec<Finding>) {
    let mut stack: Vec<(&Node, usize)> = vec![(node, 0)];
    while let Some((n, depth)) = stack.pop() {
        if depth > 64 {
            continue;
        }
        if let (Some(provider), Some(config)) = (n.str_at(&["provider"]), n.get("config")) {
            if provider.ends_with("ChatCompletionClient") && config.is_map() {
                component(path, provider, config, env, out);
            }
        }
        for (_, v) in n.entries() {
            stack.push((v, depth + 1));
        }
        for v in n.items() {
            stack.push((v, depth + 1));
        }
    }
}

fn component(
    path: &str,
    provider_name: &str,
    config: &Node,
    env: &Option<Env>,
    out: &mut Vec<Finding>,
) {
    let class = provider_name.rsplit('.').next().unwrap_or(provider_name);
    let label = class.to_string();
    let model = config.str_at(&["model"]).unwrap_or("");
    match class {
        "AzureOpenAIChatCompletionClient" => {
            let Some(p) = provider("azure-openai") else {
                return;
            };
            key_checks(
                path,
                config,
                &label,
                "api_key",
                p,
                "AZURE_OPENAI_API_KEY",
                true,
                env,
                out,
            );
            azure_checks(
                path,
                config,
                &label,
                &["azure_endpoint", "base_url"],
                &["api_version"],
                // Without azure_deployment the openai SDK uses the model as the deployment.
                None,
                env,
                out,
            );
        }
        "OpenAIChatCompletionClient" => {
            let base = config.str_at(&["base_url"]);
            if base.is_some_and(is_azure_url) {
                out.push(
                    finding("azure-missing-api-type", path, config.get("base_url").unwrap_or(config), format!("{label}.base_url is an Azure OpenAI endpoint; OpenAIChatCompletionClient cannot authenticate against it"), "Use AzureOpenAIChatCompletionClient with azure_endpoint, azure_deployment and api_version".into())
                        .provider("azure-openai"),
                );
                return;
            }
            // autogen_ext picks the key variable from the model family when none is given.
            let (id, fallback) = if model.starts_with("gemini-") {
                ("gemini", "GEMINI_API_KEY")
            } else if model.starts_with("claude-") {
                ("anthropic", "ANTHROPIC_API_KEY")
            } else {
                ("openai", "OPENAI_API_KEY")
            };
            let Some(p) = provider(id) else { return };
            let own_host = base.and_then(host).map_or(true, |h| p.owns_host(&h));
            key_checks(
                path, config, &label, "api_key", p, fallback, own_host, env, out,
            );
        }
        "AnthropicChatCompletionClient" | "AnthropicBedrockChatCompletionClient" => {
            if class.starts_with("AnthropicBedrock") {
                return; // AWS credentials, not an Anthropic key
            }
            let Some(p) = provider("anthropic") else {
                return;
            };
            let base = config.str_at(&["base_url"]);
            let own_host = base.and_then(host).map_or(true, |h| p.owns_host(&h));
            key_checks(
                path,
                config,
                &label,
                "api_key",
                p,
                "ANTHROPIC_API_KEY",
                own_host,
                env,
                out,
            );
        }
        _ => {}
    }
}
