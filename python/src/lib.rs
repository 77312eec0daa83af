//! `credcheck._core`: the Python binding of credcheck's Rust core.
//!
//! As thin as the wasm binding: every rule and provider fact stays in the core. Values cross as
//! strings, lists of pairs and JSON text (reports, explanations), which the Python glue in
//! `credcheck/` turns into dataclasses. What needs the Python runtime (`os.environ`, files,
//! children, exceptions) lives in that glue.

use credcheck::child::{ChildSpec, Launch};
use credcheck::env::{Env, EnvEntry, EnvOptions, EnvValue};
use credcheck::finding::Report;
use credcheck::{catalog, child, drift, report, rules, secret};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

mod batches;
mod walk;

/// A bad argument (unknown provider, malformed options) as a `ValueError` with credcheck's prefix.
fn bad(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(format!("credcheck: {e}"))
}

fn to_json<T: Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value)
        .map_err(|e| PyRuntimeError::new_err(format!("credcheck: could not encode: {e}")))
}

fn options(json: &str) -> PyResult<EnvOptions> {
    serde_json::from_str(json).map_err(|e| bad(format!("invalid options: {e}")))
}

/// An environment entry from Python: a name, and its value as text or, for a value that is not a
/// `str` (None in a settings dict, a number), the name of its type, which the core reports.
type Entry = (String, Value);

/// A value from Python.
#[derive(FromPyObject)]
enum Value {
    Text(String),
    #[pyo3(transparent)]
    Other(Py<PyAny>),
}

fn env(pairs: Vec<Entry>) -> Env {
    let entries = Python::attach(|py| {
        pairs
            .into_iter()
            .map(|(name, value)| EnvEntry {
                name,
                value: match value {
                    Value::Text(s) => EnvValue::Text(s),
                    Value::Other(o) => EnvValue::NotText(type_name(py, &o)),
                },
                file: None,
                line: None,
                column: None,
            })
            .collect()
    });
    Env { entries }
}

fn type_name(py: Python<'_>, o: &Py<PyAny>) -> String {
    let o = o.bind(py);
    if o.is_none() {
        return "None".into();
    }
    o.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "value".into())
}

fn report(json: &str) -> PyResult<Report> {
    serde_json::from_str(json).map_err(|e| bad(format!("not a credcheck report: {e}")))
}

/// Checks an environment (name/value pairs) against what the app needs; returns the report as JSON.
#[pyfunction]
fn check_env(pairs: Vec<Entry>, options_json: &str) -> PyResult<String> {
    let report = credcheck::check_env(&env(pairs), &options(options_json)?).map_err(bad)?;
    to_json(&report)
}

/// A JSON value as Python objects (dict, list, str, int, float, bool, None).
fn to_py<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use pyo3::types::{PyDict, PyList};
    Ok(match value {
        serde_json::Value::Null => py.None().into_bound(py),
        serde_json::Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => i.into_pyobject(py)?.into_any(),
            None => n.as_f64().unwrap_or(0.0).into_pyobject(py)?.into_any(),
        },
        serde_json::Value::String(s) => s.into_pyobject(py)?.into_any(),
        serde_json::Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        serde_json::Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// The startup check: options as plain arguments and the report as Python objects, so that
/// `import credcheck; credcheck.assert_credentials(...)` needs neither JSON nor dataclasses.
/// Returns `(report, message)`: the message of the CredentialError to raise, or None.
#[pyfunction]
#[allow(clippy::too_many_arguments)]
#[pyo3(signature = (pairs, providers, models, required, framework, deployment, now, token_window_seconds, assert_))]
fn check_env_startup<'py>(
    py: Python<'py>,
    pairs: Vec<Entry>,
    providers: Vec<String>,
    models: Vec<String>,
    required: Vec<String>,
    framework: Option<String>,
    deployment: Option<String>,
    now: Option<i64>,
    token_window_seconds: Option<i64>,
    assert_: bool,
) -> PyResult<(Bound<'py, PyAny>, Option<String>)> {
    let opts = EnvOptions {
        providers,
        models,
        framework,
        deployment,
        now,
        token_window_seconds,
        required,
        assert: assert_,
    };
    let report = credcheck::check_env(&env(pairs), &opts).map_err(bad)?;
    let message = (!report.summary.ok).then(|| report::credential_error(&report));
    let value = serde_json::to_value(&report)
        .map_err(|e| PyRuntimeError::new_err(format!("credcheck: could not encode: {e}")))?;
    Ok((to_py(py, &value)?, message))
}

/// The message of a CredentialError for a report (every error-level finding, masked).
#[pyfunction]
fn credential_error_message(report_json: &str) -> PyResult<String> {
    Ok(report::credential_error(&report(report_json)?))
}

/// Checks `.env` files given as (path, text) pairs, later files winning, as one process's env.
#[pyfunction]
fn check_env_files(files: Vec<(String, String)>, options_json: &str) -> PyResult<String> {
    let report = credcheck::check_env_files(&files, &options(options_json)?).map_err(bad)?;
    to_json(&report)
}

/// Checks the environment a child gets: `launch` is `subprocess`, `osExec` or `pool` (or a Node
/// kind); `child` is the mapping it is given (None: it inherits `parent`).
#[pyfunction]
#[pyo3(signature = (launch, parent, child, options_json))]
fn check_child_env(
    launch: &str,
    parent: Vec<Entry>,
    child: Option<Vec<Entry>>,
    options_json: &str,
) -> PyResult<String> {
    let launch = parse_launch(launch)?;
    let spec = ChildSpec {
        launch,
        env: child.map(env),
        share_env: false,
    };
    let report = child::check_child(&env(parent), &spec, &options(options_json)?).map_err(bad)?;
    to_json(&report)
}

fn parse_launch(launch: &str) -> PyResult<Launch> {
    serde_json::from_value(serde_json::Value::String(launch.to_string()))
        .map_err(|_| bad(format!("unknown launch kind {launch:?}")))
}

/// Fingerprints (name → `sha256:…`) of the usable credential variables among `pairs`.
#[pyfunction]
fn credential_fingerprints(pairs: Vec<Entry>) -> PyResult<String> {
    to_json(&child::credential_fingerprints(&env(pairs)))
}

/// Compares what a probed child reported with this process's fingerprints.
#[pyfunction]
fn compare_probe(
    launch: &str,
    parent: BTreeMap<String, String>,
    child: BTreeMap<String, String>,
) -> PyResult<String> {
    to_json(&child::compare_probe(
        parse_launch(launch)?,
        &parent,
        &child,
    ))
}

/// The startup record line of a process whose environment is `pairs`: masked, one line.
#[pyfunction]
fn startup_record(pairs: Vec<Entry>, host: &str, pid: u32, started_ms: f64) -> String {
    drift::record_line(&env(pairs), host, pid, started_ms)
}

/// Compares the startup records in logs (`(name, text)` pairs); the report as JSON, or a
/// `ValueError` naming the file and line of a malformed record, or saying none was found.
#[pyfunction]
fn check_drift(files: Vec<(String, String)>) -> PyResult<String> {
    to_json(&drift::check_logs(&files).map_err(bad)?)
}

/// Compares what a probe's replicas answered (`answers_json`: a list of `{name, record, report,
/// error}`); `noun` names a replica in messages (`node`, `worker`). The report as JSON.
#[pyfunction]
fn check_probe(noun: &str, answers_json: &str) -> PyResult<String> {
    let answers: Vec<drift::ProbeAnswer> = serde_json::from_str(answers_json)
        .map_err(|e| bad(format!("invalid probe answers: {e}")))?;
    to_json(&drift::check_probe(noun, answers).map_err(bad)?)
}

/// Renders a report (JSON) as `text`, `json` or `sarif`.
#[pyfunction]
fn format_report(report_json: &str, format: &str) -> PyResult<String> {
    let format: report::Format = format.parse().map_err(bad)?;
    Ok(report::render(&report(report_json)?, format))
}

/// Merges reports (JSON each) into one.
#[pyfunction]
fn combine_reports(reports: Vec<String>) -> PyResult<String> {
    let reports = reports
        .iter()
        .map(|r| report(r))
        .collect::<PyResult<Vec<_>>>()?;
    to_json(&Report::combine(reports))
}

/// The masked form of a secret: at most its provider prefix and last four characters.
#[pyfunction]
fn mask(value: &str) -> String {
    secret::mask(value)
}

/// A text with every key-shaped run masked and everything else kept.
#[pyfunction]
fn mask_text(text: &str) -> String {
    secret::mask_in_text(text)
}

/// A short stable hash of a secret (`sha256:` + 12 hex), to compare processes without the key.
#[pyfunction]
fn fingerprint(value: &str) -> String {
    secret::fingerprint(value)
}

/// What a secret looks like (provider, placeholder, quoted, truncated...), as JSON, without it.
#[pyfunction]
fn inspect_secret(value: &str) -> PyResult<String> {
    to_json(&secret::describe(value))
}

/// Every rule with its default severity and summary, as JSON.
#[pyfunction]
fn rules_json() -> PyResult<String> {
    to_json(&rules::RULES)
}

/// The provider catalog's JSON source.
#[pyfunction]
fn catalog_json() -> &'static str {
    catalog::CATALOG_JSON
}

/// Fake keys of every catalogued shape (deterministic per seed), as JSON, for tests.
#[pyfunction]
fn sample_keys(seed: u64) -> PyResult<String> {
    to_json(&catalog::sample_keys(seed))
}

/// Explains an auth failure from its text; the explanation as JSON.
#[pyfunction]
fn explain(text: &str) -> PyResult<String> {
    to_json(&credcheck::explain::explain(text))
}

/// Renders an explanation (JSON) as `text` or `json`.
#[pyfunction]
fn format_explanation(explanation_json: &str, format: &str) -> PyResult<String> {
    let e: credcheck::explain::Explanation = serde_json::from_str(explanation_json)
        .map_err(|e| bad(format!("not an explanation: {e}")))?;
    match format {
        "text" => Ok(credcheck::explain::text(&e)),
        "json" => serde_json::to_string_pretty(&e).map_err(bad),
        other => Err(bad(format!("unknown format {other:?}; use text or json"))),
    }
}

/// Checks one config text (kind recognised from `path` and content when not given); the report as
/// JSON. Raises `ValueError` for an unknown kind or an unrecognisable text.
#[pyfunction]
#[pyo3(signature = (text, path=None, kind=None))]
fn check_config(text: &str, path: Option<&str>, kind: Option<&str>) -> PyResult<String> {
    to_json(&credcheck::scan::check_config(text, path, kind).map_err(bad)?)
}

/// Revises a report (rule levels, a baseline, errors only): `revision_json` as the npm CLI builds it.
#[pyfunction]
fn revise_report(report_json: &str, revision_json: &str) -> PyResult<String> {
    let revision: report::revise::Revision = serde_json::from_str(revision_json).map_err(bad)?;
    to_json(&report::revise::revise(&report(report_json)?, &revision).map_err(bad)?)
}

/// The baseline accepting every finding of a report (`texts`: file path → text, for the lines).
#[pyfunction]
fn baseline_of(report_json: &str, texts: BTreeMap<String, String>) -> PyResult<String> {
    to_json(&report::revise::baseline_of(&report(report_json)?, &texts))
}

/// The health request for a provider (`{"request": ...}`), or why none can be made
/// (`{"result": ...}`), as JSON. The request holds the credential: it is for the HTTP client only.
#[pyfunction]
fn health_request(pairs: Vec<Entry>, provider: &str) -> PyResult<String> {
    match credcheck::health::health_request(&env(pairs), provider) {
        Ok(request) => to_json(&serde_json::json!({ "request": request })),
        Err(result) => to_json(&serde_json::json!({ "result": *result })),
    }
}

fn health_req(request_json: &str) -> PyResult<credcheck::health::HealthRequest> {
    serde_json::from_str(request_json).map_err(|e| bad(format!("not a health request: {e}")))
}

/// Classifies the HTTP answer to a health request; the result as JSON.
#[pyfunction]
fn classify_health(request_json: &str, status: u16, body: &str) -> PyResult<String> {
    to_json(&credcheck::health::classify_response(
        &health_req(request_json)?,
        status,
        body,
    ))
}

/// Classifies a health request that got no answer, from an error code (`ENOTFOUND`,
/// `ECONNREFUSED`, `ETIMEDOUT`, a TLS code) and message; the result as JSON.
#[pyfunction]
fn classify_network_error(request_json: &str, code: &str, message: &str) -> PyResult<String> {
    to_json(&credcheck::health::classify_network(
        &health_req(request_json)?,
        code,
        message,
    ))
}

/// The kind of a config file (`compose`, `kubernetes`, `dotenv`, ...), or None.
#[pyfunction]
fn detect_kind(path: &str, text: &str) -> Option<String> {
    credcheck::scan::detect(path, text).map(|k| k.id().to_string())
}

/// The language the lint reads `path` as (`js` or `python`), or None.
#[pyfunction]
fn lint_language(path: &str) -> Option<String> {
    credcheck::lint::Lang::of(path).map(|l| l.id().to_string())
}

/// Lints source files given as (path, text) pairs; one report as JSON.
#[pyfunction]
fn lint_files(files: Vec<(String, String)>) -> PyResult<String> {
    to_json(&credcheck::lint::lint_files(
        files.iter().map(|(p, t)| (p.as_str(), t.as_str())),
    ))
}

/// Walks files and directory trees and checks every config and source found, together
/// (`options_json`: maxBytes, kind, configs, lint, gitignore, exclude, oaiConfigList). Returns
/// `{ report, files, skipped }` as JSON.
#[pyfunction]
fn scan_paths(paths: Vec<String>, options_json: &str) -> PyResult<String> {
    let opts: walk::WalkOptions =
        serde_json::from_str(options_json).map_err(|e| bad(format!("invalid options: {e}")))?;
    let walked = walk::walk(&paths, opts).map_err(bad)?;
    to_json(&walked)
}

/// Collects config files and checks them together (Compose siblings, `.env` beside configs).
#[pyclass(unsendable)]
struct Scanner {
    inner: Option<credcheck::scan::Scanner>,
}

#[pymethods]
impl Scanner {
    #[new]
    fn new() -> Self {
        Scanner {
            inner: Some(credcheck::scan::Scanner::new()),
        }
    }

    /// Adds a file's bytes; returns its kind, or None when it is not a config credcheck reads.
    #[pyo3(signature = (path, content, kind=None))]
    fn add(&mut self, path: &str, content: &[u8], kind: Option<&str>) -> PyResult<Option<String>> {
        let kind = kind
            .map(|k| k.parse::<credcheck::scan::Kind>().map_err(bad))
            .transpose()?;
        let scanner = self
            .inner
            .as_mut()
            .ok_or_else(|| bad("this scanner has already finished"))?;
        Ok(scanner.add(path, content, kind).map(|k| k.id().to_string()))
    }

    /// Runs every check; the report as JSON. The scanner cannot be used afterwards.
    fn finish(&mut self) -> PyResult<String> {
        let scanner = self
            .inner
            .take()
            .ok_or_else(|| bad("this scanner has already finished"))?;
        to_json(&scanner.finish())
    }
}

/// The extension module.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(check_env, m)?)?;
    m.add_function(wrap_pyfunction!(check_env_startup, m)?)?;
    m.add_function(wrap_pyfunction!(credential_error_message, m)?)?;
    m.add_function(wrap_pyfunction!(check_env_files, m)?)?;
    m.add_function(wrap_pyfunction!(check_child_env, m)?)?;
    m.add_function(wrap_pyfunction!(credential_fingerprints, m)?)?;
    m.add_function(wrap_pyfunction!(compare_probe, m)?)?;
    m.add_function(wrap_pyfunction!(format_report, m)?)?;
    m.add_function(wrap_pyfunction!(combine_reports, m)?)?;
    m.add_function(wrap_pyfunction!(mask, m)?)?;
    m.add_function(wrap_pyfunction!(mask_text, m)?)?;
    m.add_function(wrap_pyfunction!(fingerprint, m)?)?;
    m.add_function(wrap_pyfunction!(inspect_secret, m)?)?;
    m.add_function(wrap_pyfunction!(rules_json, m)?)?;
    m.add_function(wrap_pyfunction!(catalog_json, m)?)?;
    m.add_function(wrap_pyfunction!(sample_keys, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(format_explanation, m)?)?;
    m.add_function(wrap_pyfunction!(detect_kind, m)?)?;
    m.add_function(wrap_pyfunction!(lint_language, m)?)?;
    m.add_function(wrap_pyfunction!(lint_files, m)?)?;
    m.add_function(wrap_pyfunction!(scan_paths, m)?)?;
    m.add_function(wrap_pyfunction!(check_config, m)?)?;
    m.add_function(wrap_pyfunction!(health_request, m)?)?;
    m.add_function(wrap_pyfunction!(classify_health, m)?)?;
    m.add_function(wrap_pyfunction!(classify_network_error, m)?)?;
    m.add_function(wrap_pyfunction!(revise_report, m)?)?;
    m.add_function(wrap_pyfunction!(baseline_of, m)?)?;
    m.add_function(wrap_pyfunction!(startup_record, m)?)?;
    m.add_function(wrap_pyfunction!(check_drift, m)?)?;
    m.add_function(wrap_pyfunction!(check_probe, m)?)?;
    m.add_class::<Scanner>()?;
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
