//! Whether each checked provider can authenticate and has the settings it needs, and whether a
//! proxy is configured while a needed key is missing.

use super::needs::{filled_credential, keyed_providers, Need, Needs};
use super::{values, Ctx, VarState};
use crate::catalog::{catalog, Provider, RequiredSlot};
use crate::finding::{Finding, Location, Severity};

/// How a slot stands in this environment.
enum SlotState<'a> {
    /// A usable value under a name the framework reads.
    Filled,
    /// Set but unusable; a value check already reported it.
    Reported,
    /// Usable, but only under names the framework does not read.
    Unread(&'a str),
    /// Nothing set.
    Missing,
}

fn slot_state<'a>(ctx: &Ctx, p: &Provider, states: &'a [VarState], slot: &str) -> SlotState<'a> {
    let set: Vec<&VarState> = states.iter().filter(|s| s.var.slot == slot).collect();
    if set.iter().any(|s| s.usable && ctx.reads(p, s.var)) {
        return SlotState::Filled;
    }
    if let Some(s) = set.iter().find(|s| s.usable) {
        return SlotState::Unread(&s.var.name);
    }
    // A set secret that is unusable was reported by the value checks (empty-key and the rest);
    // an empty setting is reported as missing.
    if set.iter().any(|s| {
        values::SECRET_SLOTS.contains(&s.var.slot.as_str()) || !s.inspection.cleaned.is_empty()
    }) {
        return SlotState::Reported;
    }
    SlotState::Missing
}

/// The names the framework reads for a slot, for messages (`AZURE_OPENAI_API_KEY or AZURE_API_KEY`).
fn read_names(ctx: &Ctx, p: &Provider, slot: &str) -> String {
    let names: Vec<&str> = p
        .vars_for(slot)
        .filter(|v| ctx.reads(p, v) && !v.fallback)
        .map(|v| v.name.as_str())
        .collect();
    if names.is_empty() {
        p.vars_for(slot)
            .map(|v| v.name.as_str())
            .next()
            .unwrap_or(slot)
            .to_string()
    } else {
        names.join(" or ")
    }
}

fn framework_label(ctx: &Ctx) -> String {
    ctx.opts
        .framework
        .clone()
        .unwrap_or_else(|| "the client".into())
}

/// Checks credentials (needed providers only) and required settings (every checked provider).
// Not inlined into check_env_with: see its comment on V8's tiering budget.
#[inline(never)]
pub(super) fn check_provider(
    ctx: &mut Ctx,
    p: &Provider,
    states: &[VarState],
    need: Option<&Need>,
    sev: Severity,
) {
    if let Some(need) = need {
        check_auth(ctx, p, states, need, sev);
    }
    for req in &p.required {
        check_required(ctx, p, states, req, need, sev);
    }
}

fn check_auth(ctx: &mut Ctx, p: &Provider, states: &[VarState], need: &Need, sev: Severity) {
    // The alternative closest to complete decides what to report.
    let scored: Vec<(usize, Vec<SlotState>)> = p
        .auth
        .iter()
        .map(|alt| {
            let st: Vec<SlotState> = alt
                .iter()
                .map(|slot| slot_state(ctx, p, states, slot))
                .collect();
            (
                st.iter().filter(|s| matches!(s, SlotState::Filled)).count(),
                st,
            )
        })
        .collect();
    if scored
        .iter()
        .zip(&p.auth)
        .any(|((n, _), alt)| *n == alt.len())
    {
        return;
    }
    let best = scored
        .iter()
        .enumerate()
        .max_by_key(|(i, (n, st))| {
            (
                *n,
                st.iter().any(|s| !matches!(s, SlotState::Missing)),
                usize::MAX - i,
            )
        })
        .map(|(i, _)| i)
        .unwrap_or(0);
    let alt = &p.auth[best];
    for (slot, state) in alt.iter().zip(&scored[best].1) {
        let wanted = read_names(ctx, p, slot);
        match state {
            SlotState::Filled | SlotState::Reported => {}
            SlotState::Unread(name) => {
                let name = name.to_string();
                ctx.push(
                    Finding::new(
                        "env-name-not-read",
                        ctx.env.location(&name),
                        format!(
                            "{name} is set, but {} reads {wanted}, not {name}",
                            framework_label(ctx)
                        ),
                        format!("Rename {name} to {wanted}"),
                    )
                    .severity(sev)
                    .provider(&p.id),
                );
            }
            SlotState::Missing => {
                let first = wanted.split(" or ").next().unwrap_or(&wanted).to_string();
                let others: Vec<&str> = alt
                    .iter()
                    .filter(|s| *s != slot)
                    .filter_map(|s| {
                        states
                            .iter()
                            .find(|v| v.var.slot == *s)
                            .map(|v| v.var.name.as_str())
                    })
                    .collect();
                let partial = if others.is_empty() {
                    String::new()
                } else {
                    format!(" ({} is)", others.join(", "))
                };
                // Another provider's key, set instead, is named: the same problem (this key
                // is absent) is one rule whatever else is set, and the message says what is.
                let instead: Vec<String> = keyed_providers(ctx.env)
                    .filter(|q| q.id != p.id)
                    .filter_map(|q| {
                        filled_credential(ctx.env, q)
                            .map(|v| format!("; {v} is set, for {}", q.name))
                    })
                    .collect();
                let or_model = if need.for_model && !instead.is_empty() {
                    ", or choose a model of a provider whose key is set"
                } else {
                    ""
                };
                ctx.push(
                    Finding::new(
                        "missing-key",
                        ctx.env.location(&first),
                        format!(
                            "{} is needed ({}) but {wanted} is not set{partial}{}",
                            p.name,
                            need.reason(),
                            instead.concat()
                        ),
                        format!(
                            "Set {first} in the environment of every process that calls {}: the worker, container or function, not only the shell that starts it (key: {}){or_model}",
                            p.name, p.key_url
                        ),
                    )
                    .severity(sev)
                    .provider(&p.id),
                );
            }
        }
    }
}

fn check_required(
    ctx: &mut Ctx,
    p: &Provider,
    states: &[VarState],
    req: &RequiredSlot,
    need: Option<&Need>,
    sev: Severity,
) {
    if !req.readers.is_empty() {
        match &ctx.opts.framework {
            Some(f) if req.readers.iter().any(|r| r == f) => {}
            _ => return,
        }
    }
    if req.slot == "deployment" && deployment_given(ctx) {
        return;
    }
    let wanted = read_names(ctx, p, &req.slot);
    let because = need
        .map(|n| format!(" ({})", n.reason()))
        .unwrap_or_default();
    // The need is met when its slot, or one of its alternatives, is filled.
    let alternatives = std::iter::once(&req.slot).chain(req.also.iter());
    if alternatives
        .into_iter()
        .any(|slot| matches!(slot_state(ctx, p, states, slot), SlotState::Filled))
    {
        return;
    }
    let finding = match slot_state(ctx, p, states, &req.slot) {
        SlotState::Filled | SlotState::Reported => return,
        SlotState::Unread(name) => Finding::new(
            "env-name-not-read",
            ctx.env.location(name),
            format!(
                "{name} is set, but {} reads {wanted}, not {name}",
                framework_label(ctx)
            ),
            format!("Rename {name} to {wanted} (or set both)"),
        ),
        SlotState::Missing => {
            let first = wanted.split(" or ").next().unwrap_or(&wanted).to_string();
            let what = req.slot.replace('_', " ");
            let from_env = p.vars_for(&req.slot).any(|v| {
                v.readers
                    .iter()
                    .any(|r| ctx.opts.framework.as_deref() == Some(r.as_str()))
            });
            let (location, message, fix) = if ctx.opts.framework.is_some() && !from_env {
                (
                    Location::default(),
                    format!("{} {what} is not given{because}; {} takes it in code, not from the environment", p.name, framework_label(ctx)),
                    format!("Set it {}", req.fix),
                )
            } else {
                (
                    ctx.env.location(&first),
                    format!("{} {what} is not set{because}: none of {wanted}", p.name),
                    format!("Set {first} {}", req.fix),
                )
            };
            Finding::new(&req.rule, location, message, fix)
        }
    };
    ctx.push(finding.severity(sev).provider(&p.id));
}

/// True when the deployment is given in code (`deployment` option) or in an `azure/<name>` model.
fn deployment_given(ctx: &Ctx) -> bool {
    ctx.opts
        .deployment
        .as_deref()
        .is_some_and(|d| !d.trim().is_empty())
        || ctx.opts.models.iter().any(|m| {
            m.strip_prefix("azure/")
                .is_some_and(|d| !d.trim().is_empty())
        })
}

/// A proxy is configured while a needed provider has no usable key.
// Not inlined into check_env_with: see its comment on V8's tiering budget.
#[inline(never)]
pub(super) fn check_proxy(ctx: &mut Ctx, needs: &Needs) {
    let cat = catalog();
    let Some(proxy) = cat
        .proxy_vars()
        .iter()
        .find(|v| ctx.env.text(v).is_some_and(|t| !t.trim().is_empty()))
    else {
        return;
    };
    let lacking: Vec<String> = ctx
        .findings
        .iter()
        .filter(|f| matches!(f.rule.as_str(), "missing-key" | "empty-key"))
        .filter(|f| {
            f.provider
                .as_deref()
                .is_some_and(|id| needs.get(id).is_some())
        })
        .filter_map(|f| f.location.env.clone())
        .collect();
    if lacking.is_empty() {
        return;
    }
    ctx.push(
        Finding::new(
            "proxy-without-key",
            ctx.env.location(proxy),
            format!("{proxy} is set while {} is missing or empty: unless the proxy adds the key, requests go out unauthenticated and fail with 401 (or 407 from the proxy)", lacking.join(", ")),
            "Set the key in this process as well, or confirm the gateway injects it and point the base URL variable at the gateway".into(),
        ),
    );
}
