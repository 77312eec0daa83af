//! LiteLLM proxy configs (`config.yaml` with `model_list`), which agent deployments mount into
//! a proxy container. Each `litellm_params` entry names a model with its provider prefix
//! (`azure/<deployment>`, `anthropic/claude-...`) and its key, endpoint and api-version, either
//! written in or read as `os.environ/NAME` when the proxy starts (LiteLLM docs, "Proxy Config.yaml";
//! litellm/proxy/proxy_server.py resolves values that start with `os.environ/`).

use super::fields::{check_api_version, check_endpoint, check_key, finding};
use crate::catalog::catalog;
use crate::finding::{Finding, Severity};
use crate::tree::Node;
use std::rc::Rc;

/// LiteLLM's prefix for a value read from the proxy's environment.
pub(super) const ENV_PREFIX: &str = "os.environ/";

/// Checks every `model_list` entry of a LiteLLM config.
pub(super) fn check(path: &str, docs: &[Rc<Node>]) -> Vec<Finding> {
    let mut out = Vec::new();
    for doc in docs {
        let Some(list) = doc.get("model_list") else {
            continue;
        };
        for (i, entry) in list.items().iter().enumerate() {
            let Some(params) = entry.get("litellm_params").filter(|p| p.is_map()) else {
                continue;
            };
            let name = entry.str_at(&["model_name"]).unwrap_or("");
            let label = format!("model_list[{i}] ({name})");
            params_checks(path, params, &label, &mut out);
        }
    }
    out
}

fn params_checks(path: &str, params: &Node, label: &str, out: &mut Vec<Finding>) {
    let model = params.str_at(&["model"]).unwrap_or("").trim();
    let providers = catalog().providers_for_model(model);
    // A model string names one provider only with a prefix LiteLLM routes on.
    let Some(p) = providers.first().filter(|_| model.contains('/')) else {
        return;
    };
    let base = params.get("api_base").and_then(Node::as_str);
    for (field, node) in params.entries() {
        let Some(text) = node.as_str() else { continue };
        let text = text.trim();
        if text.contains("${") || (text.starts_with('$') && text.len() > 1) {
            out.push(
                finding(
                    "unexpanded-reference",
                    path,
                    node,
                    format!("{label}.{field} is {:?}: LiteLLM reads environment values written as os.environ/NAME and sends this text as it is", text.chars().take(64).collect::<String>()),
                    format!("Write {field}: os.environ/NAME"),
                )
                .severity(Severity::Warning)
                .provider(&p.id),
            );
        }
    }
    if let Some(key) = params.get("api_key") {
        let text = key.as_str().unwrap_or("").trim();
        if let Some(var) = text.strip_prefix(ENV_PREFIX) {
            // An OpenAI-compatible server behind api_base takes whatever key it was given.
            let pointed_elsewhere = base.is_some() && p.id != "azure-openai";
            if let Some(owner) = catalog()
                .key_owner(var)
                .filter(|o| o.id != p.id && !pointed_elsewhere)
            {
                out.push(
                    finding(
                        "provider-mismatch",
                        path,
                        key,
                        format!(
                            "{label} calls {} ({model}) with {var}, which is named as the {} key",
                            p.name, owner.name
                        ),
                        format!(
                            "Give it os.environ/{} (the {} key)",
                            p.primary_key_var(),
                            p.name
                        ),
                    )
                    .severity(Severity::Warning)
                    .provider(&p.id),
                );
            }
        } else if !text.contains('$') {
            out.extend(
                check_key(
                    path,
                    key,
                    &format!("{label}.api_key"),
                    p,
                    Some(Severity::Error),
                    base.is_none() || p.id == "azure-openai",
                )
                .0,
            );
        }
    }
    if p.id == "azure-openai" {
        if let Some(n) = params
            .get("api_base")
            .filter(|n| !n.as_str().unwrap_or("").starts_with(ENV_PREFIX))
        {
            out.extend(check_endpoint(path, n, &format!("{label}.api_base")));
        }
        if let Some(n) = params
            .get("api_version")
            .filter(|n| !n.as_str().unwrap_or("").starts_with(ENV_PREFIX))
        {
            out.extend(check_api_version(path, n, &format!("{label}.api_version")));
        }
    }
}
