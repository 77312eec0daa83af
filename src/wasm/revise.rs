//! Bindings of report revision (feature `scan`, so the startup module does not carry them): a
//! project's rule levels, baseline and errors-only, for the CLI.

use super::to_js;
use crate::finding::Report;
use crate::report;
use wasm_bindgen::prelude::*;

fn report_arg(value: JsValue) -> Result<Report, JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("credcheck: not a report: {e}")))
}

/// A report revised by a project's rule levels, baseline and `errorsOnly` (`{ rules, baseline,
/// texts, errorsOnly }`), summary recounted. Throws naming an unknown rule id or option.
#[wasm_bindgen(js_name = reviseReport)]
pub fn revise_report(report: JsValue, revision: JsValue) -> Result<JsValue, JsError> {
    let revision: report::revise::Revision = serde_wasm_bindgen::from_value(revision)
        .map_err(|e| JsError::new(&format!("credcheck: {e}")))?;
    let revised = report::revise::revise(&report_arg(report)?, &revision)
        .map_err(|e| JsError::new(&format!("credcheck: {e}")))?;
    to_js(&revised)
}

/// The baseline accepting every finding of a report (`texts`: file path → text, for the lines).
#[wasm_bindgen(js_name = baselineOf)]
pub fn baseline_of(report: JsValue, texts: JsValue) -> Result<JsValue, JsError> {
    let texts: std::collections::BTreeMap<String, String> = serde_wasm_bindgen::from_value(texts)
        .map_err(|e| {
        JsError::new(&format!("credcheck: texts must map paths to strings: {e}"))
    })?;
    to_js(&report::revise::baseline_of(&report_arg(report)?, &texts))
}
