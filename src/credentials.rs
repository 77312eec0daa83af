//! Resolving a provider's settings from an env: for each slot, the first variable (in catalog
//! order) holding a usable value, cleaned of whitespace and quotes. Used to build clients and
//! health requests; the values include the secret, so they go to an SDK, never to output.

use crate::catalog::Provider;
use crate::env::Env;
use crate::secret::{self, ValueKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// One resolved slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// The variable it came from.
    pub var: String,
    /// The cleaned value.
    pub value: String,
    /// Fingerprint of the exact value, to notice a rotated key.
    pub fingerprint: String,
}

/// The first usable value of `slot` for `provider` in `env`.
pub fn resolve_slot(env: &Env, provider: &Provider, slot: &str) -> Option<Resolved> {
    provider.vars_for(slot).find_map(|v| {
        let raw = env.text(&v.name)?;
        let i = secret::inspect(raw);
        (i.kind == ValueKind::Value).then(|| Resolved {
            var: v.name.to_string(),
            value: i.cleaned,
            fingerprint: secret::fingerprint(raw),
        })
    })
}

/// Every slot of `provider` that has a usable value in `env`.
pub fn resolve(env: &Env, provider: &Provider) -> BTreeMap<String, Resolved> {
    let mut out = BTreeMap::new();
    for v in &provider.vars {
        if !out.contains_key(v.slot.as_str()) {
            if let Some(r) = resolve_slot(env, provider, &v.slot) {
                out.insert(v.slot.to_string(), r);
            }
        }
    }
    out
}
