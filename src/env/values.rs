//! Checks on each set variable's value: empty, placeholder, unexpanded, quoted, padded,
//! malformed, another provider's key, an endpoint of another provider, an expired token.

use super::{Ctx, EnvValue, VarState};
use crate::azure;
use crate::catalog::{catalog, EnvVar, Provider, Strength};
use crate::finding::{a, Finding, SecretRef, Severity};
use crate::secret::{self, Inspection, ValueKind, Wrapping};
use crate::token::{human_duration, token_state, TokenState};

/// Slots whose values are secrets: masked in every output.
pub const SECRET_SLOTS: &[&str] = &[
    "api_key",
    "auth_token",
    "ad_token",
    "access_key_id",
    "secret_access_key",
    "session_token",
    "bearer_token",
    "client_secret",
];

/// Slots that hold bearer tokens, which may be JWTs with an expiry.
const TOKEN_SLOTS: &[&str] = &["ad_token", "auth_token", "bearer_token"];

/// Slots that hold a URL the client sends requests to.
const URL_SLOTS: &[&str] = &["base_url", "endpoint"];

fn is_secret(var: &EnvVar) -> bool {
    SECRET_SLOTS.contains(&var.slot.as_str())
}

/// Inspects and checks every set variable of `provider`; returns their states for later checks.
// Not inlined into check_env_with: see its comment on V8's tiering budget.
#[inline(never)]
pub(super) fn check_values<'p>(ctx: &mut Ctx, p: &'p Provider, sev: Severity) -> Vec<VarState<'p>> {
    let mut states: Vec<VarState<'p>> = Vec::new();
    for var in &p.vars {
        let raw = match ctx.env.get(&var.name).map(|e| &e.value) {
            Some(EnvValue::Text(raw)) => raw,
            Some(EnvValue::Runtime) => {
                states.push(VarState {
                    var,
                    inspection: Inspection::unseen(),
                    usable: true,
                    runtime: true,
                });
                continue;
            }
            _ => continue,
        };
        if raw.len() > secret::MAX_SECRET_LEN {
            continue; // reported by the name checks
        }
        if var.fallback
            && p.vars_for(&var.slot).any(|o| {
                !o.fallback
                    && ctx
                        .env
                        .get(&o.name)
                        .is_some_and(|e| !matches!(e.value, EnvValue::NotText(_)))
            })
        {
            continue; // the fallback is not read while a primary name is set
        }
        let inspection = secret::inspect(raw);
        let usable = inspection.kind == ValueKind::Value;
        states.push(VarState {
            var,
            inspection,
            usable,
            runtime: false,
        });
    }
    let custom_host = custom_base_host(p, &states);
    for i in 0..states.len() {
        if states[i].runtime {
            continue;
        }
        let sibling_usable = states
            .iter()
            .enumerate()
            .any(|(j, s)| j != i && s.usable && s.var.slot == states[i].var.slot);
        let sev_here = if sibling_usable {
            Severity::Warning.max(sev)
        } else {
            sev
        };
        let raw = ctx
            .env
            .text(&states[i].var.name)
            .unwrap_or_default()
            .to_string();
        let ok = if is_secret(states[i].var) {
            check_secret(ctx, p, &states[i], &raw, sev_here, custom_host.as_deref())
        } else {
            check_setting(ctx, p, &states[i], &states, sev_here)
        };
        states[i].usable &= ok;
    }
    states
}

/// The host of a base URL variable that points away from the provider's own hosts.
fn custom_base_host(p: &Provider, states: &[VarState]) -> Option<String> {
    states
        .iter()
        .filter(|s| s.var.slot == "base_url" && s.usable)
        .filter_map(|s| {
            azure::split_url(&s.inspection.cleaned).map(|(_, h, _)| h.to_ascii_lowercase())
        })
        .find(|h| !p.owns_host(h))
}

fn masked(raw: &str, i: &Inspection) -> SecretRef {
    secret::secret_ref(raw, i)
}

/// Reports quotes, whitespace and schemes around a value. Returns false when the value is
/// unusable as sent.
fn check_wrapping(
    ctx: &mut Ctx,
    p: &Provider,
    s: &VarState,
    sev: Severity,
    secret: Option<SecretRef>,
) -> bool {
    let name = &s.var.name;
    for w in &s.inspection.wrapping {
        let (rule, message, fix) = match w {
            Wrapping::Quoted => (
                "quoted-value",
                format!("{name} includes its surrounding quotes, so they are sent as part of the value"),
                format!("Remove the quotes from the value of {name} (Compose `environment:` lists and Kubernetes `value:` keep quotes literally; .env files strip them)"),
            ),
            Wrapping::Whitespace { what } => (
                "whitespace-in-value",
                format!("{name} has {what}; it is sent as part of the value"),
                format!("Strip the value of {name} (`tr -d '\\r\\n'`, or `echo -n` / `printf %s` when creating the secret)"),
            ),
            Wrapping::Scheme { scheme } => (
                "scheme-in-key",
                format!("{name} starts with \"{scheme} \"; the SDK adds the scheme itself, so it is sent twice"),
                format!("Set {name} to the key alone, without \"{scheme} \""),
            ),
        };
        ctx.push(
            Finding::new(rule, ctx.env.location(name), message, fix)
                .severity(sev)
                .provider(&p.id)
                .secret(secret.clone()),
        );
    }
    s.inspection.wrapping.is_empty()
}

fn check_secret(
    ctx: &mut Ctx,
    p: &Provider,
    s: &VarState,
    raw: &str,
    sev: Severity,
    custom_host: Option<&str>,
) -> bool {
    let name = s.var.name.as_str();
    let i = &s.inspection;
    let loc = ctx.env.location(name);
    let key_hint = format!("{} key from {}", a(&p.name), p.key_url);
    let unusable = match i.kind {
        ValueKind::Value => None,
        ValueKind::Oversized => return false, // reported by the name checks
        ValueKind::Empty => Some((
            "empty-key",
            format!("{name} is set but empty"),
            format!(
                "Set {name} to {key_hint} in the environment of every process that makes {} calls",
                p.name
            ),
        )),
        ValueKind::Reference => Some(unexpanded(name, &i.cleaned)),
        ValueKind::Placeholder => {
            let shown = if i.cleaned.chars().count() <= 32 {
                format!("{:?}", i.cleaned)
            } else {
                secret::mask(&i.cleaned)
            };
            Some((
                "placeholder-key",
                format!("{name} holds the placeholder {shown}, not a key"),
                format!("Replace it with {key_hint}"),
            ))
        }
    };
    if let Some((rule, message, fix)) = unusable {
        ctx.push(
            Finding::new(rule, loc, message, fix)
                .severity(sev)
                .provider(&p.id),
        );
        return false;
    }
    let secret = Some(masked(raw, i));
    let mut ok = check_wrapping(ctx, p, s, sev, secret.clone());
    if let Some((rule, severity, message, fix)) = shape_problem(p, s, custom_host, sev) {
        ok &= severity != Severity::Error || rule != "provider-mismatch";
        ctx.push(
            Finding::new(rule, loc.clone(), message, fix)
                .severity(severity)
                .provider(&p.id)
                .secret(secret.clone()),
        );
    }
    if TOKEN_SLOTS.contains(&s.var.slot.as_str()) || i.cleaned.starts_with("eyJ") {
        ok &= check_token(ctx, p, name, &i.cleaned, sev, secret);
    }
    ok
}

type Problem = (&'static str, Severity, String, String);

/// The finding parts for a value that is an unexpanded reference. A whole reference
/// (`${OPENAI_API_KEY}`) names a variable and is shown; anything else around `${` is masked.
fn unexpanded(name: &str, cleaned: &str) -> (&'static str, String, String) {
    let shown = if catalog().is_reference(cleaned) {
        cleaned.to_string()
    } else {
        secret::mask(cleaned)
    };
    (
        "unexpanded-reference",
        format!("{name} holds the unexpanded reference {shown}; nothing substituted it"),
        format!(
            "Export the referenced variable where {name} is defined, or write the value itself in {name}: Docker Compose expands ${{VAR}} in the compose file and in env_file files, python-dotenv by default; Node's dotenv, docker run --env-file and Kubernetes (which expands only $(VAR) of earlier env entries) pass it on as written"
        ),
    )
}

/// Compares the value's shape with the provider and slot it sits in.
fn shape_problem(
    p: &Provider,
    s: &VarState,
    custom_host: Option<&str>,
    sev: Severity,
) -> Option<Problem> {
    let cat = catalog();
    let i = &s.inspection;
    let name = &s.var.name;
    let slot = s.var.slot.as_str();
    let strong: Vec<_> = i
        .matches
        .iter()
        .filter(|m| m.strength == Strength::Strong)
        .collect();
    let own_shapes: Vec<_> = p.key_shapes.iter().filter(|k| k.slot == slot).collect();
    let own_prefixes: Vec<&str> = own_shapes
        .iter()
        .filter(|k| k.strength == Strength::Strong && !k.prefix.is_empty() && !k.unverified)
        .map(|k| k.prefix.as_str())
        .collect();
    let host_owner = custom_host.and_then(|h| cat.providers().iter().find(|q| q.owns_host(h)));
    let var_for = |q: &Provider, slot: &str| {
        q.vars_for(slot)
            .find(|v| !v.fallback)
            .map(|v| v.name)
            .unwrap_or_default()
    };
    if let Some(m) = strong.iter().find(|m| m.provider == p.id && m.slot != slot) {
        let target = var_for(p, &m.slot);
        return Some((
            "provider-mismatch",
            sev,
            format!(
                "{name} holds {} ({}), which belongs in {target}",
                a(&m.shape),
                p.name
            ),
            format!("Move it to {target} and put the right value in {name}"),
        ));
    }
    if !strong.is_empty() && !strong.iter().any(|m| m.provider == p.id) {
        let m = strong[0];
        let q = cat.provider(&m.provider)?;
        if host_owner.is_some_and(|o| o.id == q.id) {
            return None; // a compatible client pointed at that provider's endpoint with its key
        }
        let target = var_for(q, &m.slot);
        return Some((
            "provider-mismatch",
            sev,
            format!("{name} holds {} ({}), not {} key", a(&m.shape), q.name, a(&p.name)),
            format!(
                "Put that key in {target} and use the {} client for it; set {name} to {} key from {}",
                q.name,
                a(&p.name),
                p.key_url
            ),
        ));
    }
    if !strong.is_empty() {
        return None;
    }
    if custom_host.is_some() && own_prefixes.iter().any(|pre| pre.len() <= 3) {
        return None; // OpenAI-compatible servers and gateways issue keys of their own shapes
    }
    if let Some(m) = &i.malformed {
        if m.providers.iter().any(|id| *id == p.id) {
            let severity = if m.certain {
                sev
            } else {
                Severity::Warning.max(sev)
            };
            return Some((
                "malformed-key",
                severity,
                format!("{name} {}", m.reason),
                format!("Copy the whole key again from {} (check for truncation or a line break in the paste)", p.key_url),
            ));
        }
        let names: Vec<String> = m
            .providers
            .iter()
            .filter_map(|id| cat.provider(id).map(|q| q.name.to_string()))
            .collect();
        return Some((
            "provider-mismatch",
            sev,
            format!(
                "{name} starts with {} like {} keys, and {}",
                m.prefix,
                names.join(" / "),
                m.reason
            ),
            format!("Set {name} to a complete {} key from {}", p.name, p.key_url),
        ));
    }
    if own_prefixes.is_empty() || custom_host.is_some() {
        return None;
    }
    let expected = own_prefixes.join(" or ");
    if let Some(m) = i.matches.iter().find(|m| m.provider != p.id) {
        let q = cat.provider(&m.provider)?;
        return Some((
            "provider-mismatch",
            sev,
            format!("{name} looks like {}; {} keys start with {expected}", a(&m.shape), p.name),
            format!(
                "If this is {} key, put it in {} and use the {} client; otherwise set {name} to {} key from {}",
                a(&q.name),
                var_for(q, &m.slot),
                q.name,
                a(&p.name),
                p.key_url
            ),
        ));
    }
    Some((
        "malformed-key",
        Severity::Warning.max(sev),
        format!("{name} does not look like {} key ({} keys start with {expected})", a(&p.name), p.name),
        format!("Check that {name} holds {} key from {}; if a gateway issued it, set the base URL variable too", a(&p.name), p.key_url),
    ))
}

fn check_token(
    ctx: &mut Ctx,
    p: &Provider,
    name: &str,
    token: &str,
    sev: Severity,
    secret: Option<SecretRef>,
) -> bool {
    let loc = ctx.env.location(name);
    let window = ctx.opts.token_window_seconds.unwrap_or(600);
    let finding = match (token_state(token), ctx.opts.now) {
        (TokenState::Undecodable, _) => Finding::new(
            "malformed-token",
            loc,
            format!("{name} looks like a JWT but its claims cannot be decoded"),
            format!("Fetch a fresh token into {name}; check that it was not truncated or wrapped"),
        ),
        (TokenState::Expires(exp), Some(now)) if exp <= now => Finding::new(
            "token-expired",
            loc,
            format!("{name} holds a token that expired {} ago", human_duration(now - exp)),
            "Fetch tokens at call time with a token provider (azure_ad_token_provider / getBearerTokenProvider) instead of storing one in the environment".into(),
        )
        .severity(sev),
        (TokenState::Expires(exp), Some(now)) if exp - now <= window => Finding::new(
            "token-expiring",
            loc,
            format!("{name} holds a token that expires in {}", human_duration(exp - now)),
            "Use a token provider that refreshes (azure_ad_token_provider / getBearerTokenProvider) rather than a fixed token".into(),
        ),
        _ => return true,
    };
    let expired = finding.rule == "token-expired";
    ctx.push(finding.provider(&p.id).secret(secret));
    !expired
}

fn check_setting(
    ctx: &mut Ctx,
    p: &Provider,
    s: &VarState,
    all: &[VarState],
    sev: Severity,
) -> bool {
    let name = s.var.name.as_str();
    let i = &s.inspection;
    let loc = ctx.env.location(name);
    match i.kind {
        ValueKind::Empty | ValueKind::Oversized => return false,
        ValueKind::Reference => {
            let (rule, message, fix) = unexpanded(name, &i.cleaned);
            ctx.push(
                Finding::new(rule, loc, message, fix)
                    .severity(sev)
                    .provider(&p.id),
            );
            return false;
        }
        ValueKind::Placeholder | ValueKind::Value => {}
    }
    if i.kind == ValueKind::Placeholder || crate::secret::is_placeholder_text(&i.cleaned) {
        ctx.push(
            Finding::new(
                "placeholder-setting",
                loc,
                format!(
                    "{name} holds the placeholder {:?}",
                    i.cleaned.chars().take(80).collect::<String>()
                ),
                format!(
                    "Replace it with your real {} value",
                    s.var.slot.replace('_', " ")
                ),
            )
            .severity(sev)
            .provider(&p.id),
        );
        return false;
    }
    let mut ok = check_wrapping(ctx, p, s, sev, None);
    let checker = p
        .required
        .iter()
        .find(|r| r.slot == s.var.slot)
        .and_then(|r| r.check.as_deref());
    let problem = match checker {
        Some("azure-endpoint") => azure::check_endpoint(&i.cleaned),
        Some("azure-api-version") => azure::check_api_version(&i.cleaned),
        _ => None,
    };
    if let Some(pr) = problem {
        ok &= pr.severity != Severity::Error;
        let severity = if pr.severity == Severity::Error {
            sev
        } else {
            pr.severity
        };
        ctx.push(
            Finding::new(
                pr.rule,
                loc.clone(),
                format!("{name} {}", pr.message),
                pr.fix,
            )
            .severity(severity)
            .provider(&p.id),
        );
    }
    if URL_SLOTS.contains(&s.var.slot.as_str()) {
        ok &= check_foreign_url(ctx, p, s, all, sev);
    }
    ok
}

/// A base URL that belongs to another provider: an OpenAI key sent to Azure, and the like.
fn check_foreign_url(
    ctx: &mut Ctx,
    p: &Provider,
    s: &VarState,
    all: &[VarState],
    sev: Severity,
) -> bool {
    let cat = catalog();
    let Some((_, host, _)) = azure::split_url(&s.inspection.cleaned) else {
        return true;
    };
    let Some(q) = cat
        .providers()
        .iter()
        .find(|q| q.id != p.id && q.owns_host(host))
    else {
        return true;
    };
    if p.required
        .iter()
        .any(|r| r.slot == s.var.slot && r.check.is_some())
    {
        return true; // the endpoint checker already explained it
    }
    let own_key = all
        .iter()
        .filter(|o| is_secret(o.var))
        .any(|o| o.inspection.strong_providers().any(|id| id == p.id));
    let header_differs = q.auth_header.name != p.auth_header.name;
    if !own_key && !header_differs {
        return true;
    }
    let name = &s.var.name;
    let why = if header_differs {
        format!(
            "{} expects the `{}` header, but the {} client sends `{}`",
            q.name, q.auth_header.name, p.name, p.auth_header.name
        )
    } else {
        format!(
            "the {} key in this environment will be refused there",
            p.name
        )
    };
    ctx.push(
        Finding::new(
            "provider-mismatch",
            ctx.env.location(name),
            format!("{name} points at {} ({host}): {why}", q.name),
            format!(
                "Use the {} client with its own variables ({}), or unset {name} to reach {}",
                q.name,
                q.primary_key_var(),
                p.name
            ),
        )
        .severity(sev)
        .provider(&p.id),
    );
    false
}
