//! Comparing the credentials of sibling services and containers: the check no single-container
//! linter makes. A unit that lacks a provider's credential which a sibling of the same app has
//! fails at its first call while the sibling works.

use crate::catalog::{catalog, Provider};
use crate::env::Env;
use crate::finding::{Finding, Location};

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
pub(crate) fn compare(units: &[Unit]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (bi, b) in units.iter().enumerate() {
        if b.opaque {
            continue;
        }
        for p in catalog().providers() {
            if credential_var(&b.env, p).is_some() {
                continue;
            }
            let sibling = units.iter().enumerate().find_map(|(ai, a)| {
                if ai == bi || a.group != b.group {
                    return None;
                }
                let var = credential_var(&a.env, p)?;
                let same_image = matches!((&a.image, &b.image), (Some(x), Some(y)) if image_name(x) == image_name(y));
                (same_image || configures(&b.env, p)).then_some((a, var))
            });
            let Some((a, var)) = sibling else { continue };
            out.push(
                Finding::new(
                    "missing-in-sibling",
                    Location { env: Some(var.to_string()), ..b.location.clone() },
                    format!(
                        "{} gets no {} credential, but {} has {var} ({}); {} fails with 401 at its first {} call",
                        b.label,
                        p.name,
                        a.label,
                        a.location.display(),
                        b.label,
                        p.name
                    ),
                    format!("Give {} {var} from the same source as {} (the same secret, env_file or variable)", b.label, a.label),
                )
                .provider(&p.id),
            );
        }
    }
    out
}
