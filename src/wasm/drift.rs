//! The drift binding: startup records read back from logs.

use super::to_js;
use wasm_bindgen::prelude::*;

/// Compares the startup records in logs (`[[name, text], ...]`: `kubectl logs --prefix`,
/// `docker compose logs` or plain lines); returns a report, or throws naming the file and line of
/// a malformed record, or saying that no record was found.
#[wasm_bindgen(js_name = checkDrift)]
pub fn check_drift(files: JsValue) -> Result<JsValue, JsError> {
    let files: Vec<(String, String)> = serde_wasm_bindgen::from_value(files)
        .map_err(|e| JsError::new(&format!("credcheck: files must be [name, text] pairs: {e}")))?;
    let report =
        crate::drift::check_logs(&files).map_err(|e| JsError::new(&format!("credcheck: {e}")))?;
    to_js(&report)
}
