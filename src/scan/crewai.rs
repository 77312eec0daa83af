//! CrewAI `agents.yaml` / `crew.yaml`: each `llm:` model string (`gpt-4o`, `azure/<deployment>`,
//! `anthropic/claude-...`, `gemini/...`) is routed by LiteLLM, which reads its own env names
//! (`AZURE_API_KEY`, `AZURE_API_BASE`, `AZURE_API_VERSION`, ...). The models are checked against
//! the `.env` files beside the config, as the crew's processes would load them.

use super::fields::{at, finding};
use super::situate::{dedup_by_place, situate};
use crate::catalog::catalog;
use crate::env::{check_env, keyed_providers, Env, EnvOptions};
use crate::finding::{Finding, Severity};
use crate::tree::Node;
use std::rc::Rc;

/// Keys whose values are model strings.
const LLM_KEYS: &[&str] = &["llm", "manager_llm", "function_calling_llm", "planning_llm"];

/// Every model string in the file with its node and the agent it belongs to.
fn models(doc: &Node) -> Vec<(String, &Node, String)> {
    let mut out = Vec::new();
    for (name, v) in doc.entries() {
        if LLM_KEYS.contains(&name) {
            if let Some(m) = v.as_str() {
                out.push((m.trim().to_string(), v, "crew".to_string()));
            }
            continue;
        }
        for key in LLM_KEYS {
            match v.get(key) {
                Some(n) if n.as_str().is_some() => out.push((
                    n.as_str().unwrap_or("").trim().to_string(),
                    n,
                    format!("agent {name}"),
                )),
                Some(n) => {
                    if let Some(m) = n.str_at(&["model"]) {
                        out.push((m.trim().to_string(), n, format!("agent {name}")));
                    }
                }
                None => {}
            }
        }
    }
    out
}

/// Checks a CrewAI YAML file against the environment beside it (`None`: no `.env` was scanned).
pub(super) fn check(path: &str, docs: &[Rc<Node>], env: &Option<Env>) -> Vec<Finding> {
    let mut out = Vec::new();
    for doc in docs {
        for (model, node, owner) in models(doc) {
            let label = format!("{owner} (llm {model})");
            if model.is_empty() {
                out.push(finding("unknown-model", path, node, format!("{label}: the llm is empty, so CrewAI falls back to its default model and OPENAI_API_KEY"), "Name the model with its provider prefix, e.g. openai/gpt-4o or azure/<deployment>".into()));
                continue;
            }
            if catalog().providers_for_model(&model).is_empty() {
                out.push(finding(
                    "unknown-model",
                    path,
                    node,
                    format!("{label}: no catalogued provider serves {model:?}, so credcheck cannot tell which key it needs"),
                    "Use a LiteLLM provider prefix such as openai/, azure/, anthropic/ or gemini/".into(),
                ));
                continue;
            }
            let Some(env) = env else { continue };
            let opts = EnvOptions {
                models: vec![model.clone()],
                framework: Some("crewai".into()),
                ..Default::default()
            };
            if let Ok(report) = check_env(env, &opts) {
                let own: Vec<Finding> = report
                    .findings
                    .into_iter()
                    .filter(|f| f.location.file.is_none() || f.rule == "env-name-not-read")
                    .collect();
                // The key the model needs is absent from the .env beside the config while
                // another provider's is set: that file is likely the one the app loads, so the
                // call likely fails (warning, as for an AutoGen entry); with no key there at
                // all, only the running environment can say (info, from `situate`).
                let other_key = |f: &Finding| {
                    keyed_providers(env).any(|q| f.provider.as_deref() != Some(q.id.as_str()))
                };
                out.extend(situate(own, &label, &at(path, node)).into_iter().map(|f| {
                    if f.rule == "missing-key" && other_key(&f) {
                        f.severity(Severity::Warning)
                    } else {
                        f
                    }
                }));
            }
        }
    }
    dedup_by_place(out)
}
