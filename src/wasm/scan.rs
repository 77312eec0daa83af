//! Bindings of config scanning (feature `scan`): `checkConfig`, `detectKind`, `ConfigScanner`.

use super::{string_arg, to_js};
use wasm_bindgen::prelude::*;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ConfigOptions {
    path: Option<String>,
    kind: Option<String>,
}

/// Checks one config text (`{ path?, kind? }`; the kind is recognised when not given). Throws for
/// an unknown kind or an unrecognisable text; bad content is a finding.
#[wasm_bindgen(js_name = checkConfig)]
pub fn check_config_js(text: JsValue, opts: JsValue) -> Result<JsValue, JsError> {
    let text = string_arg(&text, "text")?;
    let opts: ConfigOptions = if opts.is_undefined() || opts.is_null() {
        ConfigOptions::default()
    } else {
        serde_wasm_bindgen::from_value(opts)
            .map_err(|e| JsError::new(&format!("credcheck: invalid options: {e}")))?
    };
    let report = crate::scan::check_config(&text, opts.path.as_deref(), opts.kind.as_deref())
        .map_err(|e| JsError::new(&format!("credcheck: {e}")))?;
    to_js(&report)
}

/// The kind of a config file (`compose`, `kubernetes`, `dotenv`, ...), or undefined.
#[wasm_bindgen(js_name = detectKind)]
pub fn detect_kind(path: JsValue, text: JsValue) -> Result<Option<String>, JsError> {
    let (path, text) = (string_arg(&path, "path")?, string_arg(&text, "text")?);
    Ok(crate::scan::detect(&path, &text).map(|k| k.id().to_string()))
}

/// Collects files and checks them together (Compose siblings, `.env` files beside configs).
#[wasm_bindgen]
pub struct ConfigScanner {
    inner: Option<crate::scan::Scanner>,
}

#[wasm_bindgen]
impl ConfigScanner {
    /// An empty scanner.
    #[wasm_bindgen(constructor)]
    pub fn new() -> ConfigScanner {
        ConfigScanner {
            inner: Some(crate::scan::Scanner::new()),
        }
    }

    /// Adds a file's bytes (a Uint8Array) or text; returns its kind, or undefined when it is not
    /// a config credcheck reads. `kind` forces the kind.
    pub fn add(
        &mut self,
        path: JsValue,
        content: JsValue,
        kind: JsValue,
    ) -> Result<Option<String>, JsError> {
        let path = string_arg(&path, "path")?;
        let kind = if kind.is_undefined() || kind.is_null() {
            None
        } else {
            Some(
                string_arg(&kind, "kind")?
                    .parse::<crate::scan::Kind>()
                    .map_err(|e| JsError::new(&format!("credcheck: {e}")))?,
            )
        };
        let bytes = if let Some(text) = content.as_string() {
            text.into_bytes()
        } else if content.is_instance_of::<js_sys::Uint8Array>() {
            js_sys::Uint8Array::from(content).to_vec()
        } else {
            return Err(JsError::new(
                "credcheck: content must be a string or a Uint8Array",
            ));
        };
        let scanner = self
            .inner
            .as_mut()
            .ok_or_else(|| JsError::new("credcheck: this scanner has already finished"))?;
        Ok(scanner.add(&path, &bytes, kind).map(|k| k.id().to_string()))
    }

    /// Runs every check and returns the report; the scanner cannot be used afterwards.
    pub fn finish(&mut self) -> Result<JsValue, JsError> {
        let scanner = self
            .inner
            .take()
            .ok_or_else(|| JsError::new("credcheck: this scanner has already finished"))?;
        to_js(&scanner.finish())
    }
}

impl Default for ConfigScanner {
    fn default() -> Self {
        Self::new()
    }
}
