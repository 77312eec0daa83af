//! WebAssembly bindings: each export decodes its input, calls one core function and encodes the
//! result as plain JS objects. No rule logic lives here.
//!
//! The startup check's module (feature `startup-only`) holds `checkEnvWire` alone, which takes its
//! inputs as two buffers and returns its report as JSON text: no serde-wasm-bindgen, no JS-object
//! walking, no other export's code in what every cold start compiles.

use crate::env::check_env;
#[cfg(not(feature = "startup-only"))]
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(not(feature = "startup-only"))]
mod api;
#[cfg(feature = "scan")]
mod drift;
#[cfg(feature = "explain")]
mod explain;
#[cfg(feature = "scan")]
mod revise;
#[cfg(feature = "scan")]
mod scan;
mod wire;

#[cfg(not(feature = "startup-only"))]
const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::json_compatible();

#[cfg(not(feature = "startup-only"))]
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&SERIALIZER)
        .map_err(|e| JsError::new(&format!("credcheck: could not encode the result: {e}")))
}

/// A string argument, or a clear error naming it: a non-string passed where the bindings take
/// `&str` would reach the wasm memory as garbage, so every string crosses as a JsValue.
#[cfg(not(feature = "startup-only"))]
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsError> {
    value
        .as_string()
        .ok_or_else(|| JsError::new(&format!("credcheck: {name} must be a string")))
}

/// `checkEnv` for the startup check: the environment and options as `js/wire.ts` encodes them,
/// one buffer each (see `wire.rs`); the report as JSON text, which `js/index.ts` parses (V8's
/// `JSON.parse` builds the objects faster than glue calls could, and costs the module no code).
#[wasm_bindgen(js_name = checkEnvWire)]
pub fn check_env_wire(env: JsValue, opts: JsValue) -> Result<String, JsError> {
    let env = wire::bytes(&env, "environment")?;
    let opts = wire::bytes(&opts, "options")?;
    let report = check_env(&wire::env(&env)?, &wire::options(&opts)?)?;
    // A report always encodes (string keys, no floats); the error's text would cost the module
    // serde_json's message table for a case that cannot happen.
    serde_json::to_string(&report)
        .map_err(|_| JsError::new("credcheck: could not encode the report as JSON"))
}
