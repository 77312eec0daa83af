//! Which providers the app needs: those named, and those that serve the models named.

use super::{CheckError, Ctx, Env};
use crate::catalog::{catalog, Provider};
use crate::finding::{Finding, Location};

/// Why a provider is needed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Need {
    /// Human reasons (`model claude-3-5-sonnet`, `--provider anthropic`).
    pub because: Vec<String>,
    /// True when a model named by the caller is among the reasons.
    pub for_model: bool,
}

impl Need {
    /// `for model gpt-4o and provider openai`.
    pub fn reason(&self) -> String {
        self.because.join(" and ")
    }
}

/// The needed providers in the order they were asked for.
#[derive(Debug, Default)]
pub(crate) struct Needs {
    list: Vec<(&'static Provider, Need)>,
    declared: bool,
}

impl Needs {
    /// The need for this provider id.
    pub fn get(&self, id: &str) -> Option<&Need> {
        self.list.iter().find(|(p, _)| p.id == id).map(|(_, n)| n)
    }

    /// True when the caller named any provider or model.
    pub fn declared(&self) -> bool {
        self.declared
    }

    /// Needed providers, in order.
    pub fn providers(&self) -> impl Iterator<Item = &'static Provider> + '_ {
        self.list.iter().map(|(p, _)| *p)
    }

    fn add(&mut self, p: &'static Provider, because: String) -> &mut Need {
        let idx = match self.list.iter().position(|(q, _)| q.id == p.id) {
            Some(i) => i,
            None => {
                self.list.push((p, Need::default()));
                self.list.len() - 1
            }
        };
        let need = &mut self.list[idx].1;
        need.because.push(because);
        need
    }
}

/// The first of the provider's own credential variables set to something non-blank.
pub(crate) fn filled_credential<'p>(env: &Env, p: &'p Provider) -> Option<&'p str> {
    p.auth.iter().flatten().find_map(|slot| {
        p.vars_for(slot)
            .filter(|v| !v.fallback)
            .find(|v| env.is_filled(&v.name))
            .map(|v| v.name.as_str())
    })
}

/// True when any of the provider's own credential variables is set to something non-blank.
pub(crate) fn has_credentials(env: &Env, p: &Provider) -> bool {
    filled_credential(env, p).is_some()
}

/// The providers whose own credential variables hold something non-blank, in catalog order.
pub(crate) fn keyed_providers(env: &Env) -> impl Iterator<Item = &'static Provider> + '_ {
    catalog()
        .providers()
        .iter()
        .filter(move |p| has_credentials(env, p))
}

/// Works out the needed providers; reports unknown models.
// Not inlined into check_env_with: see its comment on V8's tiering budget.
#[inline(never)]
pub(super) fn resolve(ctx: &mut Ctx) -> Result<Needs, CheckError> {
    let cat = catalog();
    let mut needs = Needs {
        declared: ctx.opts.declared(),
        ..Default::default()
    };
    let known = || -> String {
        let ids: Vec<&str> = cat.providers().iter().map(|p| p.id.as_str()).collect();
        ids.join(", ")
    };
    for id in &ctx.opts.providers {
        let p = cat
            .provider(id.trim())
            .ok_or_else(|| CheckError::UnknownProvider(id.clone(), known()))?;
        needs.add(p, format!("provider {}", p.id));
    }
    let mut models: Vec<&String> = ctx.opts.models.iter().collect();
    for name in &ctx.opts.required {
        let name_t = name.trim();
        if let Some(p) = cat.provider(name_t) {
            needs.add(p, format!("provider {}", p.id));
        } else if let Some(p) = cat
            .vars_named(name_t)
            .find(|(_, v)| !v.fallback)
            .and_then(|(p, _)| cat.provider(&p.id))
        {
            needs.add(p, format!("variable {name_t}"));
        } else if !cat.providers_for_model(name_t).is_empty() {
            models.push(name);
        } else {
            return Err(CheckError::UnknownRequirement(name.clone(), known()));
        }
    }
    let present: Vec<&Provider> = keyed_providers(ctx.env).collect();
    for model in models {
        let candidates = cat.providers_for_model(model);
        if candidates.is_empty() {
            ctx.push(Finding::new(
                "unknown-model",
                Location::default(),
                format!("no catalogued provider is known to serve the model {model:?}"),
                "Name the provider too (--provider / providers: [...]), or use a LiteLLM-style prefix such as openai/ or anthropic/".into(),
            ));
            continue;
        }
        let because = format!("model {model}");
        // The provider already needed, else the one whose key is set, else the likeliest: a
        // key it lacks is reported by the credential check as `missing-key`, whatever other
        // provider's key is set (the message names those).
        let p = candidates
            .iter()
            .find(|c| needs.get(&c.id).is_some())
            .or_else(|| {
                candidates
                    .iter()
                    .find(|c| present.iter().any(|q| q.id == c.id))
            })
            .unwrap_or(&candidates[0]);
        needs.add(p, because).for_model = true;
    }
    Ok(needs)
}

/// True when any of the provider's own credential variables is set at all, even to nothing.
pub(crate) fn mentions(env: &Env, p: &Provider) -> bool {
    p.auth.iter().flatten().any(|slot| {
        p.vars_for(slot)
            .filter(|v| !v.fallback)
            .any(|v| env.get(&v.name).is_some())
    })
}

/// The providers to check: needed ones first, then any other whose credential variables are set
/// (an empty one included: that is worth a finding too).
// Not inlined into check_env_with: see its comment on V8's tiering budget.
#[inline(never)]
pub(super) fn checked_providers(ctx: &Ctx, needs: &Needs) -> Vec<&'static Provider> {
    let mut out: Vec<&'static Provider> = needs.providers().collect();
    for p in catalog().providers() {
        if !out.iter().any(|q| q.id == p.id) && mentions(ctx.env, p) {
            out.push(p);
        }
    }
    out
}
