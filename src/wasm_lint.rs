//! WebAssembly bindings of the source lint, built as their own module (`--features lint-only`,
//! into `pkg-lint/`): the parsers are large, and the startup check should not carry them.

use crate::lint;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::json_compatible();

#[derive(Deserialize)]
struct Source {
    path: String,
    text: String,
}

/// Lints source files given as `[{ path, text }]` and returns one report. Files that are not
/// JavaScript, TypeScript or Python are ignored; a file that does not parse is a
/// `source-syntax` finding. `rootLength` (from `commonRootLength` over every path of a larger
/// set) lints these as one batch of that set: combined in order, the batches' reports equal one
/// call's. Throws only for input of the wrong shape.
#[wasm_bindgen(js_name = lintFiles)]
pub fn lint_files(files: JsValue, root_length: Option<u32>) -> Result<JsValue, JsError> {
    let files: Vec<Source> = serde_wasm_bindgen::from_value(files).map_err(|e| {
        JsError::new(&format!(
            "credcheck: files must be an array of {{ path, text }} strings: {e}"
        ))
    })?;
    let pairs = files.iter().map(|f| (f.path.as_str(), f.text.as_str()));
    let report = match root_length {
        Some(n) => lint::lint_batch(pairs, n as usize),
        None => lint::lint_files(pairs),
    };
    report
        .serialize(&SERIALIZER)
        .map_err(|e| JsError::new(&format!("credcheck: could not encode the result: {e}")))
}

/// How many leading characters of each path the lint drops to judge sample folders (the
/// deepest folder all share, when every path is absolute; else 0), for `lintFiles` in batches.
#[wasm_bindgen(js_name = commonRootLength)]
pub fn common_root_length(paths: JsValue) -> Result<u32, JsError> {
    let paths: Vec<String> = serde_wasm_bindgen::from_value(paths).map_err(|e| {
        JsError::new(&format!(
            "credcheck: paths must be an array of strings: {e}"
        ))
    })?;
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    Ok(u32::try_from(crate::samples::common_root_len(&paths)).unwrap_or(0))
}

/// The language the lint reads `path` as (`js` or `python`), or undefined.
#[wasm_bindgen(js_name = lintLanguage)]
pub fn lint_language(path: JsValue) -> Result<Option<String>, JsError> {
    let path = path
        .as_string()
        .ok_or_else(|| JsError::new("credcheck: path must be a string"))?;
    Ok(lint::Lang::of(&path).map(|l| l.id().to_string()))
}
