//! The startup check's inputs, each crossing into WebAssembly as one buffer (`js/wire.ts` writes
//! them): an environment with dozens of variables would otherwise cross as dozens of strings,
//! each copied by JavaScript glue and allocated on its own, and the options object would need a
//! JS-object deserializer in the startup module. Fields are separated by NUL, which no process
//! environment can hold (the glue replaces any NUL in a hand-built `env` object with U+FFFD).
//!
//! - environment: `name NUL tag value NUL ...`, where tag `s` is a string value and tag `t` a
//!   value that is not a string, followed by its JavaScript type (`tnull`, `tnumber`);
//! - options: `key NUL value NUL ...` with keys `provider`, `model` and `required` (repeated),
//!   `framework`, `deployment`, `now` and `tokenWindowSeconds` (whole seconds), and `assert`.

use crate::env::{Env, EnvEntry, EnvOptions, EnvValue};
use wasm_bindgen::{JsCast, JsError, JsValue};

/// The bytes of a wire buffer (a `Uint8Array`), or a clear error naming it.
pub(crate) fn bytes(value: &JsValue, what: &str) -> Result<Vec<u8>, JsError> {
    value
        .dyn_ref::<js_sys::Uint8Array>()
        .map(js_sys::Uint8Array::to_vec)
        .ok_or_else(|| {
            JsError::new(&format!(
                "credcheck: the {what} must arrive as a Uint8Array (js/wire.ts)"
            ))
        })
}

/// The fields of a wire buffer, or an error naming what is wrong with it (a glue defect, never
/// user input: the glue writes every buffer).
fn fields<'a>(bytes: &'a [u8], what: &str) -> Result<Vec<&'a str>, JsError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| JsError::new(&format!("credcheck: the {what} did not arrive as UTF-8")))?;
    let mut fields: Vec<&str> = text.split('\0').collect();
    if fields.last() == Some(&"") {
        fields.pop();
    }
    if fields.len() % 2 != 0 {
        return Err(JsError::new(&format!(
            "credcheck: the {what} arrived with an unpaired field"
        )));
    }
    Ok(fields)
}

/// The environment written by `encodeEnv` in `js/wire.ts`.
pub(crate) fn env(bytes: &[u8]) -> Result<Env, JsError> {
    let fields = fields(bytes, "environment")?;
    let cat = crate::catalog::catalog();
    let mut entries = Vec::new();
    for pair in fields.chunks_exact(2) {
        if !cat.is_relevant_name(pair[0]) {
            continue; // the check drops it anyway (see `check_env_with`); spare the copies
        }
        let value = match pair[1].split_at_checked(1) {
            Some(("s", text)) => EnvValue::Text(text.to_string()),
            Some(("t", ty)) => EnvValue::NotText(ty.to_string()),
            _ => {
                return Err(JsError::new(&format!(
                    "credcheck: the environment's value of {} arrived untagged",
                    pair[0]
                )))
            }
        };
        entries.push(EnvEntry {
            name: pair[0].to_string(),
            value,
            file: None,
            line: None,
            column: None,
        });
    }
    Ok(Env { entries })
}

/// The options written by `encodeOptions` in `js/wire.ts`.
pub(crate) fn options(bytes: &[u8]) -> Result<EnvOptions, JsError> {
    let mut opts = EnvOptions::default();
    let seconds = |key: &str, v: &str| {
        v.parse::<i64>()
            .map_err(|_| JsError::new(&format!("credcheck: option {key} must be whole seconds")))
    };
    for pair in fields(bytes, "options")?.chunks_exact(2) {
        let (key, value) = (pair[0], pair[1]);
        match key {
            "provider" => opts.providers.push(value.to_string()),
            "model" => opts.models.push(value.to_string()),
            "required" => opts.required.push(value.to_string()),
            "assert" => opts.assert = value == "1",
            "framework" => opts.framework = Some(value.to_string()),
            "deployment" => opts.deployment = Some(value.to_string()),
            "now" => opts.now = Some(seconds(key, value)?),
            "tokenWindowSeconds" => opts.token_window_seconds = Some(seconds(key, value)?),
            _ => {
                return Err(JsError::new(&format!(
                    "credcheck: unknown option {key} on the wire"
                )))
            }
        }
    }
    Ok(opts)
}
