//! Bindings of error explanation (feature `explain`): `explain`, `formatExplanation`.

use super::{string_arg, to_js};
use wasm_bindgen::prelude::*;

/// Explains an auth failure from its text: provider, framework, status and ranked causes.
#[wasm_bindgen(js_name = explain)]
pub fn explain_js(text: JsValue) -> Result<JsValue, JsError> {
    let text = string_arg(&text, "text")?;
    to_js(&crate::explain::explain(&text))
}

/// Renders an explanation as `text` or `json`.
#[wasm_bindgen(js_name = formatExplanation)]
pub fn format_explanation(explanation: JsValue, format: JsValue) -> Result<String, JsError> {
    let format = string_arg(&format, "format")?;
    let e: crate::explain::Explanation = serde_wasm_bindgen::from_value(explanation)
        .map_err(|e| JsError::new(&format!("credcheck: not an explanation: {e}")))?;
    match format.as_str() {
        "text" => Ok(crate::explain::text(&e)),
        "json" => serde_json::to_string_pretty(&e)
            .map_err(|e| JsError::new(&format!("credcheck: could not encode: {e}"))),
        other => Err(JsError::new(&format!(
            "credcheck: unknown format {other:?}; use text or json"
        ))),
    }
}
