//! LangChain and LlamaIndex client parameters saved as JSON or YAML (`ChatOpenAI`,
//! `AzureChatOpenAI`, `OpenAIEmbedding`, `AzureOpenAIEmbedding`): Azure endpoint, deployment and
//! api-version, the key, and the model. Field names from langchain-openai (`azure_endpoint`,
//! `azure_deployment`/`deployment_name`, `openai_api_version`/`api_version`, `openai_api_key`)
//! and llama-index-llms-azure-openai (`azure_endpoint`, `engine`, `api_version`).

use super::autogen::{azure_checks, key_checks};
use super::fields::{field, finding};
use crate::catalog::catalog;
use crate::env::Env;
use crate::finding::Finding;
use crate::tree::Node;
use std::rc::Rc;

/// Fields that mark a map as client parameters.
const MARKERS: &[&str] = &[
    "_type",
    "class_name",
    "azure_endpoint",
    "azure_deployment",
    "deployment_name",
    "openai_api_version",
    "openai_api_key",
    "openai_api_base",
];

/// Fields that mark Azure parameters.
const AZURE_MARKERS: &[&str] = &[
    "azure_endpoint",
    "azure_deployment",
    "deployment_name",
    "openai_api_version",
    "engine",
];

/// Checks every client-parameter map in the document.
pub(super) fn check(path: &str, docs: &[Rc<Node>], env: &Option<Env>) -> Vec<Finding> {
    let mut out = Vec::new();
    for doc in docs {
        let mut stack: Vec<(&Node, String, usize)> = vec![(doc, String::new(), 0)];
        while let Some((n, label, depth)) = stack.pop() {
            if depth > 32 {
                continue;
            }
            // A disabled block (`enabled: false`) is a template nobody runs.
            if n.is_map() && n.get("enabled").and_then(Node::scalar) == Some("false") {
                continue;
            }
            if is_client(n) {
                client(
                    path,
                    n,
                    if label.is_empty() { "client" } else { &label },
                    env,
                    &mut out,
                );
            }
            for (k, v) in n.entries() {
                if v.is_map() || v.is_seq() {
                    stack.push((v, k.to_string(), depth + 1));
                }
            }
            for (i, v) in n.items().iter().enumerate() {
                stack.push((v, format!("{label}[{i}]"), depth + 1));
            }
        }
    }
    out
}

/// True for a map that holds client parameters: a serialized LangChain/LlamaIndex class
/// (`_type`/`class_name` naming a model client), or at least two parameter fields with plain
/// values. A lone `deployment_name:` (a CI input, a Helm value) is not a client.
fn is_client(n: &Node) -> bool {
    if !n.is_map() {
        return false;
    }
    let class = class(n).to_ascii_lowercase();
    if !class.is_empty() {
        return ["openai", "azure", "anthropic", "chat", "embedding", "llm"]
            .iter()
            .any(|w| class.contains(w));
    }
    MARKERS
        .iter()
        .filter(|m| {
            n.get(m)
                .is_some_and(|v| v.scalar().is_some() || v.get("lc").is_some())
        })
        .count()
        >= 2
}

fn class(n: &Node) -> String {
    n.str_at(&["_type"])
        .or_else(|| n.str_at(&["class_name"]))
        .unwrap_or("")
        .to_string()
}

fn client(path: &str, n: &Node, label: &str, env: &Option<Env>, out: &mut Vec<Finding>) {
    let class = class(n);
    let lc = class.to_ascii_lowercase();
    let azure = lc.contains("azure") || AZURE_MARKERS.iter().any(|m| n.get(m).is_some());
    // A key serialized by LangChain as {"lc": 1, "type": "secret", "id": ["OPENAI_API_KEY"]} is
    // read from the environment when the object is loaded.
    let key_field = field(n, &["api_key", "openai_api_key"]);
    let serialized_secret = key_field.is_some_and(|(_, v)| v.get("lc").is_some());
    let name = key_field.map_or("api_key", |(name, _)| name);
    if azure {
        let Some(p) = catalog().provider("azure-openai") else {
            return;
        };
        let fallback = if lc.starts_with("azure") && !lc.contains('-') {
            "OPENAI_API_KEY"
        } else {
            "AZURE_OPENAI_API_KEY"
        };
        if !serialized_secret {
            key_checks(path, n, label, name, p, fallback, true, env, out);
        }
        azure_checks(
            path,
            n,
            label,
            &["azure_endpoint", "openai_api_base", "api_base", "base_url"],
            &["api_version", "openai_api_version"],
            Some(if n.get("class_name").is_some() {
                &["engine", "deployment_name", "azure_deployment"]
            } else {
                &["azure_deployment", "deployment_name", "engine"]
            }),
            env,
            out,
        );
        return;
    }
    let Some(p) = catalog().provider("openai") else {
        return;
    };
    let base = field(n, &["base_url", "openai_api_base", "api_base"]).and_then(|(_, v)| v.as_str());
    if base.is_none() {
        if let Some((_, m)) = field(n, &["model_name", "model"]) {
            let model = m.as_str().unwrap_or("");
            let serving = catalog().providers_for_model(model);
            if !serving.is_empty()
                && !serving
                    .iter()
                    .any(|s| s.id == "openai" || s.id == "azure-openai")
            {
                out.push(
                    finding(
                        "model-provider-mismatch",
                        path,
                        m,
                        format!("{label}: model {model} is served by {}, but these are OpenAI client parameters with no base URL", serving[0].name),
                        format!("Use the {} integration with {}, or an OpenAI model", serving[0].name, serving[0].primary_key_var()),
                    )
                    .provider(&serving[0].id),
                );
            }
        }
    }
    let own_host = base
        .and_then(|b| {
            crate::azure::split_url(b.trim()).map(|(_, h, _)| p.owns_host(&h.to_ascii_lowercase()))
        })
        .unwrap_or(true);
    if !serialized_secret {
        key_checks(
            path,
            n,
            label,
            name,
            p,
            "OPENAI_API_KEY",
            own_host,
            env,
            out,
        );
    }
}
