//! Checks on single fields of a config file (`api_key`, `base_url`, `api_version`, ...), shared by
//! the AutoGen and client-parameter checks. Messages name the field, not an env variable.

use crate::azure;
use crate::catalog::Provider;
use crate::finding::{a, Finding, Location, Severity};
use crate::secret::{self, ValueKind, Wrapping};
use crate::tree::Node;

/// The location of a node in a file.
pub(crate) fn at(path: &str, node: &Node) -> Location {
    Location {
        file: Some(path.to_string()),
        line: Some(node.line),
        column: Some(node.column),
        ..Default::default()
    }
}

/// A finding at a node.
pub(crate) fn finding(
    rule: &str,
    path: &str,
    node: &Node,
    message: String,
    fix: String,
) -> Finding {
    Finding::new(rule, at(path, node), message, fix)
}

/// Checks a key written in a config field (`label` names it, e.g. `config_list[0].api_key`) for
/// `p`. `literal`: the severity of a `literal-secret` finding for a real-looking key, if any.
/// Returns the findings and whether the key can authenticate.
pub(crate) fn check_key(
    path: &str,
    node: &Node,
    label: &str,
    p: &Provider,
    literal: Option<Severity>,
    own_host: bool,
) -> (Vec<Finding>, bool) {
    let mut out = Vec::new();
    let Some(raw) = node.scalar() else {
        out.push(finding(
            "invalid-env-value",
            path,
            node,
            format!("{label} is not a string"),
            format!("Write {label} as a string"),
        ));
        return (out, false);
    };
    let i = secret::inspect(raw);
    let key_hint = format!("{} key from {}", a(&p.name), p.key_url);
    let unusable = match i.kind {
        ValueKind::Value => None,
        ValueKind::Oversized => Some(("oversized-value", format!("{label} holds {} bytes; no key is this large", raw.len()), format!("Set {label} to {key_hint}"))),
        ValueKind::Empty => Some(("empty-key", format!("{label} is empty"), format!("Set {label} to {key_hint}, or remove it so the client reads {}", p.primary_key_var()))),
        ValueKind::Reference => Some((
            "unexpanded-reference",
            format!("{label} holds the reference {:?}, which this file's loader does not expand; it is sent as the key", i.cleaned.chars().take(64).collect::<String>()),
            format!("Remove {label} so the client reads {} from the environment, or fill the value in when the config is built", p.primary_key_var()),
        )),
        ValueKind::Placeholder => Some((
            "placeholder-key",
            format!("{label} holds the placeholder {:?}, not a key", i.cleaned.chars().take(32).collect::<String>()),
            format!("Replace it with {key_hint}, or remove it so the client reads {}", p.primary_key_var()),
        )),
    };
    if let Some((rule, message, fix)) = unusable {
        let f = finding(rule, path, node, message, fix).provider(&p.id);
        // A local or self-hosted OpenAI-compatible server (vLLM, Ollama, a test double) often
        // takes any key: a dummy there is deliberate.
        let f = if own_host || !matches!(rule, "placeholder-key" | "empty-key") {
            f
        } else {
            let message = format!(
                "{} (the client points at another host, which may accept any key)",
                f.message
            );
            Finding { message, ..f }.severity(Severity::Info)
        };
        out.push(f);
        return (out, false);
    }
    let secret = Some(secret::secret_ref(raw, &i));
    let mut ok = true;
    for w in &i.wrapping {
        let (rule, what) = match w {
            Wrapping::Quoted => (
                "quoted-value",
                "carries quotes inside the string".to_string(),
            ),
            Wrapping::Whitespace { what } => ("whitespace-in-value", format!("has {what}")),
            Wrapping::Scheme { scheme } => (
                "scheme-in-key",
                format!("starts with \"{scheme} \", which the client adds itself"),
            ),
        };
        ok = false;
        out.push(
            finding(
                rule,
                path,
                node,
                format!("{label} {what}"),
                format!("Set {label} to the key alone"),
            )
            .provider(&p.id)
            .secret(secret.clone()),
        );
    }
    // Behind a gateway or compatible server any key shape may be right: only judge shapes when
    // the entry talks to the provider itself.
    let owner = i
        .strong_providers()
        .find(|q| *q != p.id)
        .map(str::to_string)
        .filter(|_| own_host);
    if let Some(other) = owner.filter(|_| !i.strong_providers().any(|q| q == p.id)) {
        ok = false;
        out.push(
            finding(
                "provider-mismatch",
                path,
                node,
                format!("{label} holds {} key, but this entry calls {}", a(&other_name(&other)), p.name),
                format!("Put {key_hint} in {label}, or point the entry at the provider the key belongs to"),
            )
            .provider(&p.id)
            .secret(secret.clone()),
        );
    } else if let Some(m) = i.malformed.as_ref().filter(|m| m.certain) {
        ok = false;
        out.push(
            finding(
                "malformed-key",
                path,
                node,
                format!("{label} has the {} prefix but {}", m.prefix, m.reason),
                format!("Copy the whole key again from {}", p.key_url),
            )
            .provider(&p.id)
            .secret(secret.clone()),
        );
    }
    // Only a value with a key's shape is a written-in key: `73g` or `my-fake-key` is not.
    let shaped =
        i.strong_providers().next().is_some() || i.matches.iter().any(|m| m.provider == p.id);
    if let Some(severity) = literal.filter(|_| ok && shaped) {
        out.push(
            finding(
                "literal-secret",
                path,
                node,
                format!("{label} holds {} key written into the file", a(&p.name)),
                format!("Read it from the environment ({}) or a secret store, keep this file out of version control, and rotate the key if it was committed", p.primary_key_var()),
            )
            .severity(severity)
            .provider(&p.id)
            .secret(secret),
        );
    }
    (out, ok)
}

fn other_name(id: &str) -> String {
    crate::catalog::catalog()
        .provider(id)
        .map_or_else(|| id.to_string(), |p| p.name.to_string())
}

/// Checks an Azure endpoint field.
pub(crate) fn check_endpoint(path: &str, node: &Node, label: &str) -> Option<Finding> {
    let value = node.as_str()?;
    let problem = azure::check_endpoint(value.trim())?;
    Some(
        finding(
            problem.rule,
            path,
            node,
            format!("{label} {}", problem.message),
            problem.fix,
        )
        .severity(problem.severity)
        .provider("azure-openai"),
    )
}

/// Checks an Azure api-version field.
pub(crate) fn check_api_version(path: &str, node: &Node, label: &str) -> Option<Finding> {
    let value = node.as_str()?;
    let problem = azure::check_api_version(value.trim())?;
    Some(
        finding(
            problem.rule,
            path,
            node,
            format!("{label} {}", problem.message),
            problem.fix,
        )
        .severity(problem.severity)
        .provider("azure-openai"),
    )
}

/// The first present field of `names` in a mapping, with the name found.
pub(crate) fn field<'n>(map: &'n Node, names: &[&'static str]) -> Option<(&'static str, &'n Node)> {
    names
        .iter()
        .find_map(|n| map.get(n).filter(|v| !v.is_null()).map(|v| (*n, v)))
}
