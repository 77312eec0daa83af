//! Comparing the credentials of sibling services and containers: the check no single-container
//! linter makes. A unit that lacks a provider's credential which a sibling of the same app has
//! fails at its first call while the sibling works.

use super::command::Command;
use crate::catalog::{catalog, Provider};
use crate::env::Env;
use crate::finding::{Finding, Location};
use std::collections::{BTreeMap, HashMap};

/// One service or container, with the environment it receives.
pub(crate) struct Unit {
    /// How messages name it (`service worker`, `Deployment/api container app`).
    pub label: String,
    /// Where a finding about it points.
    pub location: Location,
    /// Units are only compared within a group (a Compose file, a Kubernetes namespace).
    pub group: String,
    /// The image or build context: units sharing it run the same code.
    pub image: Option<String>,
    /// The variables it receives (values set at run time count as set).
    pub env: Env,
    /// True when it also gets variables from a source not visible here; never reported.
    pub opaque: bool,
    /// The name siblings reach it by (a Compose service's name), if any.
    pub host: Option<String>,
    /// What its command runs, when the file overrides the image's.
    pub command: Command,
}

/// The variable through which `env` holds credentials for `p`, if any.
fn credential_var<'p>(env: &Env, p: &'p Provider) -> Option<&'p str> {
    p.auth.iter().flatten().find_map(|slot| {
        p.vars_for(slot)
            .filter(|v| !v.fallback)
            .find(|v| env.is_filled(&v.name))
            .map(|v| v.name.as_str())
    })
}

/// True when `env` sets any variable of `p` (a setting such as an endpoint counts).
fn configures(env: &Env, p: &Provider) -> bool {
    p.vars.iter().any(|v| env.get(&v.name).is_some())
}

fn image_name(image: &str) -> &str {
    let image = image.split('@').next().unwrap_or(image);
    match image.rfind(':') {
        Some(i) if !image[i..].contains('/') => &image[..i],
        _ => image,
    }
}

/// Every unit that lacks a credential a related sibling has. Units are related when they share
/// an image (or build context), or when the lacking one configures the same provider otherwise.
/// Linear in the number of units for each provider.
pub(crate) fn compare(units: &[Unit]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, u) in units.iter().enumerate() {
        groups.entry(u.group.as_str()).or_default().push(i);
    }
    for members in groups.values() {
        for p in catalog().providers() {
            let held: Vec<Option<&str>> = members
                .iter()
                .map(|&i| credential_var(&units[i].env, p))
                .collect();
            let Some(first) = held.iter().position(Option::is_some) else {
                continue;
            };
            let mut by_image: HashMap<&str, usize> = HashMap::new();
            for (k, &i) in members.iter().enumerate() {
                if let (Some(_), Some(image)) = (held[k], units[i].image.as_deref()) {
                    by_image.entry(image_name(image)).or_insert(k);
                }
            }
            for (k, &bi) in members.iter().enumerate() {
                let b = &units[bi];
                // A docs server or a database built from the app's image runs none of its code.
                if b.opaque || held[k].is_some() || b.command.runs_no_app() {
                    continue;
                }
                let same_image = b
                    .image
                    .as_deref()
                    .and_then(|im| by_image.get(image_name(im)).copied());
                // An Azure unit with an endpoint and no key may use managed identity (Azure AD),
                // so configuring Azure alone relates it to no sibling.
                let Some(ak) = same_image
                    .or_else(|| (configures(&b.env, p) && p.id != "azure-openai").then_some(first))
                else {
                    continue;
                };
                // Sharing an image, the unit runs the same code: likely to call the provider.
                // Only naming a provider's setting (a UI showing a model name) is weaker.
                // A command that names a sibling holding the key by URL (a one-shot client of
                // the API server) may leave the provider calls to it: only its code can say.
                let delegate = members.iter().enumerate().find(|&(j, &ui)| {
                    held[j].is_some()
                        && units[ui]
                            .host
                            .as_deref()
                            .is_some_and(|h| b.command.hosts.iter().any(|x| x == h))
                });
                // A provider many uses reach without a key (public Hub downloads) may not need it.
                let severity = if same_image.is_some()
                    && delegate.is_none()
                    && p.credential_optional.is_none()
                {
                    crate::finding::Severity::Warning
                } else {
                    crate::finding::Severity::Info
                };
                let ak = delegate.map_or(ak, |(j, _)| j);
                let (a, var) = (&units[members[ak]], held[ak].unwrap_or_default());
                let consequence = if delegate.is_some() {
                    format!(
                        "its command calls {}, which may make the {} calls for it; if {} calls {} itself, it fails with 401",
                        a.label, p.name, b.label, p.name
                    )
                } else if let Some(why) = &p.credential_optional {
                    format!(
                        "{why}, so {} fails with 401 only if it reaches such a model",
                        b.label
                    )
                } else {
                    format!("{} fails with 401 at its first {} call", b.label, p.name)
                };
                out.push(
                    Finding::new(
                        "missing-in-sibling",
                        Location { env: Some(var.to_string()), ..b.location.clone() },
                        format!(
                            "{} gets no {} credential, but {} has {var} ({}); {consequence}",
                            b.label,
                            p.name,
                            a.label,
                            a.location.display(),
                        ),
                        format!("Give {} {var} from the same source as {} (the same secret, env_file or variable)", b.label, a.label),
                    )
                    // Likely, not proven: the unit may never call the provider (a migration job
                    // built from the same image), or get the key from a file at run time.
                    .severity(severity)
                    .provider(&p.id),
                );
            }
        }
    }
    out
}
