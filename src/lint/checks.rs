//! The lint rules: each reads the [`Facts`] of one file and returns findings. No syntax here.

use super::facts::{Call, Facts, Fallback, Offset, Value};
use super::patterns::{patterns, Patterns};
use super::Lang;
use crate::catalog::catalog;
use crate::finding::{Finding, Location, Severity};
use crate::secret::{self, ValueKind};

/// Maps byte offsets to 1-based lines and columns (in characters).
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        crate::work::add(text.len());
        Lines { text, starts }
    }

    /// `(line, column)` of `offset`.
    pub fn at(&self, offset: Offset) -> (u32, u32) {
        let offset = (offset as usize).min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts[line - 1];
        // A binary search (one step here), then the characters of this line before `offset`.
        crate::work::add(1 + offset.saturating_sub(start));
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line as u32, column as u32)
    }
}

/// Everything a rule needs to place and word a finding.
pub struct Ctx<'a> {
    /// The file.
    pub path: &'a str,
    /// Its language.
    pub lang: Lang,
    /// Its line index.
    pub lines: Lines<'a>,
}

impl Ctx<'_> {
    /// A finding at `at`.
    pub fn finding(&self, rule: &str, at: Offset, message: String, fix: String) -> Finding {
        let (line, column) = self.lines.at(at);
        let location = Location {
            file: Some(self.path.to_string()),
            line: Some(line),
            column: Some(column),
            ..Default::default()
        };
        Finding::new(rule, location, message, fix)
    }

    fn js(&self) -> bool {
        self.lang == Lang::Js
    }
}

/// Runs every rule over the facts of one file.
pub fn check(facts: &Facts, ctx: &Ctx) -> Vec<Finding> {
    let p = patterns();
    let mut out = Vec::new();
    client_at_import(facts, ctx, p, &mut out);
    dropped_child_env(facts, ctx, &mut out);
    unchecked_env_keys(facts, ctx, &mut out);
    placeholder_defaults(facts, ctx, &mut out);
    placeholder_writes(facts, ctx, &mut out);
    dotenv_after_client(facts, ctx, p, &mut out);
    azure_clients(facts, ctx, p, &mut out);
    foreign_keys(facts, ctx, p, &mut out);
    literal_keys(facts, ctx, &mut out);
    cached_tokens(facts, ctx, p, &mut out);
    agent_configs(facts, ctx, p, &mut out);
    implicit_openai(facts, ctx, p, &mut out);
    out
}

fn line(ctx: &Ctx, at: Offset) -> u32 {
    ctx.lines.at(at).0
}

/// True for a constructor the lint treats as a model client or a configured agent.
fn builds_model(call: &Call, p: &Patterns) -> bool {
    p.client(&call.name, call.module.as_deref()).is_some()
        || (p.is_agent(&call.name)
            && call
                .arg(std::slice::from_ref(&p.agents.config_arg))
                .is_some_and(|v| !matches!(v, Value::False | Value::Null)))
}

fn client_at_import(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    let Some((sign, at)) = facts.workers.first() else {
        return;
    };
    for call in facts
        .calls
        .iter()
        .filter(|c| c.module_scope && builds_model(c, p))
    {
        out.push(ctx.finding(
            "client-at-import",
            call.at,
            format!("{} is built when the module is imported, and this module starts workers ({sign}, line {})", call.name, line(ctx, *at)),
            "Build it inside each worker (in the task or worker entry function, or lazily on first use), so every process makes its own client from its own environment".into(),
        ));
    }
}

fn dropped_child_env(facts: &Facts, ctx: &Ctx, out: &mut Vec<Finding>) {
    let fix = if ctx.js() {
        "Pass env: { ...process.env, ...extra } (or leave env out) so the child inherits the provider keys"
    } else {
        "Pass env={**os.environ, ...} (or leave env out) so the child inherits the provider keys"
    };
    for (call, at) in &facts.children {
        out.push(ctx.finding(
            "env-not-propagated",
            *at,
            format!("{call} starts a child with an env that leaves out this process's environment, so no provider key reaches it"),
            fix.into(),
        ));
    }
}

/// True for a variable the catalog knows as a provider's key or token.
fn is_credential(var: &str) -> bool {
    catalog()
        .vars_named(var)
        .any(|(_, v)| v.slot == "api_key" || v.slot == "token")
}

/// A key read from the environment with an empty or placeholder default, passed to a client.
/// A read without a default is not reported: the SDKs fall back to their own variable and
/// raise at construction when it is unset too (openai-python `OpenAIError`, openai-node,
/// LangChain's `secret_from_env`), which is the fail-fast a check would give. A default of `""`
/// or a placeholder turns that clear error into a 401 at the first call.
fn unchecked_env_keys(facts: &Facts, ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut seen: Vec<&str> = Vec::new();
    for (var, fallback, at) in &facts.passed {
        let given = match fallback {
            Fallback::Empty => "an empty string".to_string(),
            Fallback::Text(t) if secret::inspect(t).kind == ValueKind::Placeholder => {
                "a placeholder".to_string()
            }
            _ => continue,
        };
        if seen.contains(&var.as_str()) || facts.checked.contains(var) || !is_credential(var) {
            continue;
        }
        seen.push(var);
        let fix = if ctx.js() {
            format!("Drop the default (the SDK then fails at startup with a clear error when {var} is unset), or check it: if (!process.env.{var}) throw new Error(\"{var} is not set\")")
        } else {
            format!("Drop the default (os.environ[\"{var}\"] fails at startup when it is unset), or check it: if not key: raise SystemExit(\"{var} is not set\")")
        };
        out.push(ctx.finding(
            "unchecked-env-key",
            *at,
            format!("{var} is read with {given} as its default and passed to a client: where {var} is unset the client is built anyway and every call fails with 401"),
            fix,
        ));
    }
}

/// An Azure endpoint, api-version or key read from the environment with a placeholder default
/// (`os.environ.get("AZURE_OPENAI_ENDPOINT", "https://<your-endpoint>.openai.azure.com")`).
fn placeholder_defaults(facts: &Facts, ctx: &Ctx, out: &mut Vec<Finding>) {
    for (var, text, at) in &facts.defaults {
        if !catalog().is_var_name(var) {
            continue;
        }
        if !secret::is_placeholder_text(text) {
            continue;
        }
        out.push(
            ctx.finding(
                "placeholder-setting",
                *at,
                format!("{var} defaults to a placeholder: where {var} is unset, the placeholder is used and the call fails"),
                format!("Drop the default so a missing {var} fails at startup, or set {var} in every environment that runs this"),
            )
            .severity(Severity::Warning),
        );
    }
}

/// A placeholder the code itself writes into the environment (`os.environ["OPENAI_API_KEY"] =
/// "your-api-key-here"`): it replaces any real key, so every call after it sends the placeholder
/// (blind7: an example pipeline's start-up). In a sample file the scan lowers it to info.
fn placeholder_writes(facts: &Facts, ctx: &Ctx, out: &mut Vec<Finding>) {
    for (var, text, at) in &facts.env_writes {
        if !catalog().is_var_name(var) || !secret::is_placeholder_text(text) {
            continue;
        }
        out.push(ctx.finding(
            "placeholder-key",
            *at,
            format!("the code sets {var} to a placeholder: it replaces any real {var} in the environment, and every call made after this line sends the placeholder and fails with 401"),
            format!("Remove this assignment and set {var} in the environment the process runs in (or load it from a secret store)"),
        ));
    }
}

fn dotenv_after_client(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    let Some(load) = facts.dotenv.iter().min() else {
        return;
    };
    let loader = if ctx.js() {
        "dotenv.config()"
    } else {
        "load_dotenv()"
    };
    for call in facts.calls.iter().filter(|c| {
        c.module_scope && c.at < *load && p.client(&c.name, c.module.as_deref()).is_some()
    }) {
        out.push(ctx.finding(
            "dotenv-after-client",
            call.at,
            format!("{} is built before {loader} on line {}: it reads the environment before .env is loaded", call.name, line(ctx, *load)),
            format!("Call {loader} first, at the top of the entry module, before any client is built (or build clients lazily)"),
        ));
    }
}

/// True when some string argument in `names` is a URL naming a deployment (`.../deployments/x`).
fn deployment_in_url(call: &Call, names: &[String]) -> bool {
    call.args.iter().any(|(n, v)| {
        names.iter().any(|x| x == n) && matches!(v, Value::Str(s) if s.contains("/deployments/"))
    })
}

/// Azure clients given no endpoint, api-version or deployment. Only classes whose module an
/// import names are checked (LangChain.js's `AzureOpenAI` is not the openai SDK's). A setting the
/// library reads from the environment when it is not passed is reported as info: only the
/// environment that runs the code can say whether it is there.
fn azure_clients(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    let lang = if ctx.js() { "js" } else { "py" };
    for call in &facts.calls {
        let Some(module) = call.module.as_deref() else {
            continue;
        };
        let Some(needs) = p.azure_needs(&call.name, lang, module) else {
            continue;
        };
        if call.has_spread() {
            continue;
        }
        let endpoints: Vec<String> = needs
            .need
            .iter()
            .filter(|n| n.what == "endpoint")
            .flat_map(|n| n.args.clone())
            .collect();
        for need in &needs.need {
            if call.arg(&need.args).is_some()
                || (need.what == "deployment" && call.positional > 0)
                || (need.in_url && deployment_in_url(call, &endpoints))
            {
                continue;
            }
            let arg = need.args.first().map_or("", String::as_str);
            let f = if need.env.is_empty() {
                let severity = need.severity.unwrap_or(Severity::Error);
                let consequence = if severity == Severity::Error {
                    "the constructor fails without it"
                } else {
                    "requests go to a deployment named after the default model"
                };
                ctx.finding(
                    "azure-client-incomplete",
                    call.at,
                    format!("{} is given no {} ({arg}) and reads none from the environment: {consequence}", call.name, need.what),
                    format!("Pass {arg}: the Azure {} from the portal", need.what),
                )
                .severity(severity)
            } else {
                let vars = need.env.join(" or ");
                ctx.finding(
                    "azure-client-incomplete",
                    call.at,
                    format!("{} takes its {} from {vars} (no {arg} is passed): every process that builds it needs that set", call.name, need.what),
                    format!("Make sure {vars} is set wherever the client is built (npx credcheck env --provider azure-openai), or pass {arg}"),
                )
                .severity(Severity::Info)
            };
            out.push(f.provider("azure-openai"));
        }
    }
}

fn foreign_keys(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    for call in &facts.calls {
        let Some(provider) = p
            .client(&call.name, call.module.as_deref())
            .and_then(|c| c.provider.as_deref())
        else {
            continue;
        };
        let Some(Value::Env { var, fallback, .. }) = call.arg(&p.key_args) else {
            continue;
        };
        let Some(owner) = catalog().key_owner(var).map(|o| o.id.to_string()) else {
            continue;
        };
        let own = catalog()
            .provider(provider)
            .is_some_and(|pr| pr.vars.iter().any(|v| v.name == *var && !v.fallback));
        // A non-Azure client may be pointed at another provider's host on purpose.
        let elsewhere = provider != "azure-openai" && call.arg(&p.base_url_args).is_some();
        if owner == provider || own || elsewhere {
            continue;
        }
        let name = |id: &str| {
            catalog()
                .provider(id)
                .map_or(id.to_string(), |p| p.name.to_string())
        };
        let wanted = catalog()
            .provider(provider)
            .map_or(String::new(), |p| p.primary_key_var().to_string());
        // `os.getenv("OPENAI_API_KEY") or os.getenv("AZURE_OPENAI_API_KEY")`: the app accepts
        // its own provider's key too, and only an environment holding both can pick the wrong one.
        let own_fallback = match fallback {
            Fallback::Env(f) => catalog()
                .provider(provider)
                .is_some_and(|pr| pr.vars.iter().any(|v| v.name == *f)),
            _ => false,
        };
        let f = if own_fallback {
            let Fallback::Env(f) = fallback else { continue };
            ctx.finding(
                "provider-mismatch",
                call.at,
                format!(
                    "{} calls {} and is given {var} before {f}; where {var} is also set (for {} client), it wins and the calls fail with 401",
                    call.name,
                    name(provider),
                    crate::finding::a(&name(&owner))
                ),
                format!("Read {f} first, or only {f}"),
            )
            .severity(Severity::Info)
        } else {
            ctx.finding(
                "provider-mismatch",
                call.at,
                format!(
                    "{} calls {} but is given {var}, the {} key",
                    call.name,
                    name(provider),
                    name(&owner)
                ),
                format!("Pass the {} key ({wanted}) instead", name(provider)),
            )
            // The variable's name is another provider's; its value may still be the right key.
            .severity(Severity::Warning)
        };
        out.push(f.provider(provider));
    }
}

fn literal_keys(facts: &Facts, ctx: &Ctx, out: &mut Vec<Finding>) {
    for (at, text) in &facts.literals {
        let i = secret::inspect(text);
        if i.kind != ValueKind::Value || i.malformed.is_some() {
            continue;
        }
        let Some(provider) = i.strong_providers().next().map(str::to_string) else {
            continue;
        };
        let p = catalog().provider(&provider);
        let (pname, var) = p.map_or((provider.clone(), String::new()), |p| {
            (p.name.to_string(), p.primary_key_var().to_string())
        });
        out.push(
            ctx.finding(
                "literal-secret",
                *at,
                format!("{pname} key written into the source"),
                format!("Read it from the environment ({var}) or a secret store, and rotate the key: anyone with the code has it"),
            )
            .provider(&provider)
            .secret(Some(secret::secret_ref(text, &i))),
        );
    }
}

fn cached_tokens(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    let fix = if ctx.js() {
        "Pass a token provider instead (azureADTokenProvider: getBearerTokenProvider(credential, scope)), so every request gets a fresh token"
    } else {
        "Pass a token provider instead (azure_ad_token_provider=get_bearer_token_provider(credential, scope)), so every request gets a fresh token"
    };
    // A Streamlit script runs again from the top on every interaction, so its module-scope
    // token is fetched again each run: only a callback after a long idle can see it expired.
    let rerun = facts.imports.iter().any(|i| {
        p.rerun_modules
            .iter()
            .any(|m| i.module == *m || i.module.starts_with(&format!("{m}.")))
    });
    for (name, at) in &facts.tokens {
        let f = if rerun {
            ctx.finding(
                "token-cached-at-module",
                *at,
                format!("{name} holds an access token fetched at module scope; this script is re-run on each interaction, so the token is fetched again each run, but a call made after it expires (about an hour) before the next run fails with 401"),
                fix.into(),
            )
            .severity(Severity::Info)
        } else {
            ctx.finding(
                "token-cached-at-module",
                *at,
                format!("{name} holds an access token fetched once at import; it expires (Azure AD tokens after about an hour) and later calls fail with 401"),
                fix.into(),
            )
        };
        out.push(f);
    }
    for call in &facts.calls {
        if matches!(call.arg(&p.token_args), Some(Value::TokenCall)) {
            out.push(ctx.finding(
                "token-cached-at-module",
                call.at,
                format!("{} is given a token fetched once, not a token provider; it fails with 401 when the token expires", call.name),
                fix.into(),
            ));
        }
    }
}

fn agent_configs(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    let key = std::slice::from_ref(&p.agents.config_arg);
    let list = &p.agents.list_key;
    let empty = |v: &Value| match v {
        Value::Map { keys, empty_lists } => {
            empty_lists.contains(list) || !keys.iter().any(|k| k == list || k == "model")
        }
        Value::Null => true,
        _ => false,
    };
    let agents: Vec<(&Call, &Value)> = facts
        .calls
        .iter()
        .filter(|c| p.is_agent(&c.name))
        .filter_map(|c| c.arg(key).map(|v| (c, v)))
        .filter(|(_, v)| !matches!(v, Value::False))
        .collect();
    if !agents.iter().any(|(_, v)| !empty(v)) {
        return;
    }
    // A group chat manager needs a model only for automatic speaker selection; a function or
    // round-robin selection needs none.
    for (call, _) in agents
        .iter()
        .filter(|(c, v)| empty(v) && !p.agents.names.contains(&c.name))
    {
        out.push(
            ctx.finding(
                "inconsistent-llm-config",
                call.at,
                format!("{} gets an empty {} while other agents in this file get a model list", call.name, p.agents.config_arg),
                format!("Give it the same {} as the others (with its {list}), or {}=False if it must not call a model", p.agents.config_arg, p.agents.config_arg),
            )
            // Likely, not proven: an agent that is never asked for a model reply needs none.
            .severity(Severity::Warning),
        );
    }
}

/// CrewAI defaults that call OpenAI (memory's embedder, the planner, an agent with no `llm`) in a
/// file whose models are all another provider's: the crew then needs `OPENAI_API_KEY` as well,
/// which an app built on Claude or Gemini usually does not have.
fn implicit_openai(facts: &Facts, ctx: &Ctx, p: &Patterns, out: &mut Vec<Finding>) {
    let c = &p.crewai;
    let ours: Vec<&Call> = facts
        .calls
        .iter()
        .filter(|call| {
            p.is_crew(&call.name, call.module.as_deref())
                || p.client(&call.name, call.module.as_deref())
                    .is_some_and(|cl| {
                        cl.imported
                            && call
                                .module
                                .as_deref()
                                .is_some_and(|m| m.starts_with("crewai"))
                    })
        })
        .collect();
    let mut other: Option<(String, String)> = None;
    for call in &ours {
        for (name, v) in &call.args {
            let Value::Str(model) = v else { continue };
            if !c.model_args.iter().any(|a| a == name) {
                continue;
            }
            let serving = catalog().providers_for_model(model);
            if serving
                .iter()
                .any(|s| s.id == "openai" || s.id == "azure-openai")
            {
                return; // the app calls OpenAI anyway, so it has the key
            }
            if let (None, Some(s)) = (&other, serving.first()) {
                other = Some((model.clone(), s.name.to_string()));
            }
        }
    }
    let Some((model, provider)) = other else {
        return;
    };
    let says = |what: &str| {
        format!("{what}, while this file's models are {provider}'s ({model}): the crew needs OPENAI_API_KEY too, or fails with 401 there")
    };
    for call in &ours {
        if call.has_spread() {
            continue;
        }
        if call.name == c.crew {
            for d in &c.defaults {
                let on = matches!(
                    call.args.iter().find(|(n, _)| *n == d.arg),
                    Some((_, Value::True))
                );
                if on && !call.args.iter().any(|(n, _)| d.unless.contains(n)) {
                    out.push(
                        ctx.finding(
                            "implicit-openai",
                            call.at,
                            says(&format!("Crew({}=True): {}", d.arg, d.what)),
                            format!("Pass {} for {provider} (or set OPENAI_API_KEY wherever the crew runs)", d.unless.join(" or ")),
                        )
                        .provider("openai"),
                    );
                }
            }
        } else if call.name == c.agent
            && call.positional == 0
            && !call.args.iter().any(|(n, _)| n == "llm" || n == "config")
        {
            out.push(
                ctx.finding(
                    "implicit-openai",
                    call.at,
                    says(&c.agent_default),
                    format!("Give this Agent llm=\"{model}\" like the others (or set MODEL for the whole crew)"),
                )
                .provider("openai"),
            );
        }
    }
}
