//! Checks on variable names and value types: a name with a stray space or the wrong case, a value
//! that is not a string or is far too large.

use super::{Ctx, EnvValue};
use crate::catalog::catalog;
use crate::finding::Finding;
use crate::secret::MAX_SECRET_LEN;

/// Reports odd names and values of catalogued variables.
// Not inlined into check_env_with: see its comment on V8's tiering budget.
#[inline(never)]
pub(super) fn check_names(ctx: &mut Ctx) {
    let cat = catalog();
    let known = |name: &str| cat.is_var_name(name);
    let mut found = Vec::new();
    for entry in &ctx.env.entries {
        let name = entry.name.as_str();
        if known(name) {
            match &entry.value {
                EnvValue::NotText(ty) => found.push(Finding::new(
                    "invalid-env-value",
                    ctx.env.location(name),
                    format!("{name} is a {ty}, not a string; process environments hold only strings"),
                    format!("Pass {name} as a string (String(value)), or leave it out"),
                )),
                EnvValue::Text(t) if t.len() > MAX_SECRET_LEN => found.push(Finding::new(
                    "oversized-value",
                    ctx.env.location(name),
                    format!("{name} holds {} bytes; no credential or setting is this large", t.len()),
                    format!("Check what was assigned to {name}: a file's contents or a whole config was likely pasted in"),
                )),
                EnvValue::Text(_) | EnvValue::Runtime => {}
            }
            continue;
        }
        let trimmed = name.trim();
        if trimmed != name && known(trimmed) {
            found.push(Finding::new(
                "env-name-whitespace",
                ctx.env.location(name),
                format!("the variable {name:?} has whitespace in its name, so code reading {trimmed} sees nothing"),
                format!("Rename it to {trimmed} (in a .env file: no space before `=`; in YAML: no trailing space in the key)"),
            ));
            continue;
        }
        let upper = trimmed.to_ascii_uppercase();
        if upper != trimmed && known(&upper) && ctx.env.get(&upper).is_none() {
            found.push(Finding::new(
                "env-name-case",
                ctx.env.location(name),
                format!("{name} differs from {upper} only in case; on Linux, code reading {upper} sees nothing"),
                format!("Rename it to {upper}"),
            ));
        }
    }
    ctx.findings.extend(found);
}
