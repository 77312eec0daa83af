//! The bindings of every module but the startup check's (feature `startup-only` leaves them out):
//! child-process checks, health checks, credentials for clients, `.env` files, reports, secrets,
//! the catalog and the rules. `js/wasm.ts` loads the module that holds them on first use.

use super::{string_arg, to_js};
use crate::child::{check_child, ChildSpec, Launch};
use crate::env::{check_env, check_env_files, Env, EnvEntry, EnvOptions, EnvValue};
use crate::finding::Report;
use crate::{catalog, credentials, health, report, rules, secret};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn options(value: JsValue) -> Result<EnvOptions, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(EnvOptions::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("credcheck: invalid options: {e}")))
}

fn js_env(value: &JsValue) -> Result<Env, JsError> {
    if !value.is_object() {
        return Err(JsError::new(
            "credcheck: env must be an object mapping variable names to strings",
        ));
    }
    let object = js_sys::Object::from(value.clone());
    let mut entries = Vec::new();
    for pair in js_sys::Object::entries(&object).iter() {
        let pair = js_sys::Array::from(&pair);
        let name = pair.get(0).as_string().unwrap_or_default();
        let v = pair.get(1);
        if v.is_undefined() {
            continue; // Node leaves undefined values out of a child's environment.
        }
        let value = match v.as_string() {
            Some(s) => EnvValue::Text(s),
            None if v.is_null() => EnvValue::NotText("null".into()),
            None => EnvValue::NotText(v.js_typeof().as_string().unwrap_or_else(|| "value".into())),
        };
        entries.push(EnvEntry {
            name,
            value,
            file: None,
            line: None,
            column: None,
        });
    }
    Ok(Env { entries })
}

/// Checks an environment object against what the app needs; returns `{ findings, summary }`.
#[wasm_bindgen(js_name = checkEnv)]
pub fn check_env_js(env: JsValue, opts: JsValue) -> Result<JsValue, JsError> {
    let report = check_env(&js_env(&env)?, &options(opts)?)?;
    to_js(&report)
}

/// Checks the environment a child would get (`launch`: spawn, fork, exec, execFile, worker,
/// clusterFork; `env`: its `env` option or undefined; `shareEnv`: a Worker given SHARE_ENV).
#[wasm_bindgen(js_name = checkChildEnv)]
pub fn check_child_env(
    launch: JsValue,
    parent: JsValue,
    env: JsValue,
    share_env: bool,
    opts: JsValue,
) -> Result<JsValue, JsError> {
    let launch: Launch = serde_wasm_bindgen::from_value(launch)
        .map_err(|e| JsError::new(&format!("credcheck: unknown launch kind: {e}")))?;
    let env = if env.is_undefined() || env.is_null() {
        None
    } else {
        Some(js_env(&env)?)
    };
    let spec = ChildSpec {
        launch,
        env,
        share_env,
    };
    to_js(&check_child(&js_env(&parent)?, &spec, &options(opts)?)?)
}

/// The health request for a provider (`{ request }`), or why none can be made (`{ result }`).
/// The request holds the credential: it is for the HTTP client only.
#[wasm_bindgen(js_name = healthRequest)]
pub fn health_request_js(env: JsValue, provider: JsValue) -> Result<JsValue, JsError> {
    let provider = string_arg(&provider, "provider")?;
    let provider = provider.as_str();
    #[derive(Serialize)]
    struct Planned {
        request: Option<health::HealthRequest>,
        result: Option<health::HealthResult>,
    }
    let planned = match health::health_request(&js_env(&env)?, provider) {
        Ok(request) => Planned {
            request: Some(request),
            result: None,
        },
        Err(result) => Planned {
            request: None,
            result: Some(*result),
        },
    };
    to_js(&planned)
}

fn health_req(request: JsValue) -> Result<health::HealthRequest, JsError> {
    serde_wasm_bindgen::from_value(request)
        .map_err(|e| JsError::new(&format!("credcheck: not a health request: {e}")))
}

/// Classifies the HTTP answer to a health request.
#[wasm_bindgen(js_name = classifyHealth)]
pub fn classify_health(request: JsValue, status: u16, body: JsValue) -> Result<JsValue, JsError> {
    let body = string_arg(&body, "body")?;
    let body = body.as_str();
    to_js(&health::classify_response(
        &health_req(request)?,
        status,
        body,
    ))
}

/// Classifies a health request that got no answer, from the error code and message.
#[wasm_bindgen(js_name = classifyNetworkError)]
pub fn classify_network_error(
    request: JsValue,
    code: JsValue,
    message: JsValue,
) -> Result<JsValue, JsError> {
    let (code, message) = (string_arg(&code, "code")?, string_arg(&message, "message")?);
    let (code, message) = (code.as_str(), message.as_str());
    to_js(&health::classify_network(
        &health_req(request)?,
        code,
        message,
    ))
}

/// A provider's usable settings in `env` (`{ api_key: { var, value, fingerprint }, ... }`), for
/// building a client. Holds the secret: for the SDK only.
#[wasm_bindgen(js_name = resolveCredentials)]
pub fn resolve_credentials(env: JsValue, provider: JsValue) -> Result<JsValue, JsError> {
    let provider = string_arg(&provider, "provider")?;
    let provider = provider.as_str();
    let p = catalog::catalog()
        .provider(provider)
        .ok_or_else(|| JsError::new(&format!("credcheck: unknown provider {provider:?}")))?;
    to_js(&credentials::resolve(&js_env(&env)?, p))
}

/// Fingerprints of the usable credential variables in `env`, for comparing processes.
#[wasm_bindgen(js_name = credentialFingerprints)]
pub fn credential_fingerprints(env: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::child::credential_fingerprints(&js_env(&env)?))
}

/// Compares a probed child's credential fingerprints with this process's.
#[wasm_bindgen(js_name = compareProbe)]
pub fn compare_probe(launch: JsValue, parent: JsValue, child: JsValue) -> Result<JsValue, JsError> {
    let launch: Launch = serde_wasm_bindgen::from_value(launch)
        .map_err(|e| JsError::new(&format!("credcheck: unknown launch kind: {e}")))?;
    let decode = |v: JsValue| {
        serde_wasm_bindgen::from_value::<std::collections::BTreeMap<String, String>>(v).map_err(
            |e| {
                JsError::new(&format!(
                    "credcheck: fingerprints must map names to strings: {e}"
                ))
            },
        )
    };
    to_js(&crate::child::compare_probe(
        launch,
        &decode(parent)?,
        &decode(child)?,
    ))
}

/// The startup record line of a process whose environment is `env` (see `crate::drift::record`):
/// masked, one line, for the process to write to its log.
#[wasm_bindgen(js_name = startupRecord)]
pub fn startup_record(
    env: JsValue,
    host: JsValue,
    pid: u32,
    started_ms: f64,
) -> Result<String, JsError> {
    let host = string_arg(&host, "host")?;
    Ok(crate::drift::record_line(
        &js_env(&env)?,
        &host,
        pid,
        started_ms,
    ))
}

/// Checks `.env` files (`[[path, text], ...]`, later files win) as one process's environment.
#[wasm_bindgen(js_name = checkEnvFiles)]
pub fn check_env_files_js(files: JsValue, opts: JsValue) -> Result<JsValue, JsError> {
    let files: Vec<(String, String)> = serde_wasm_bindgen::from_value(files)
        .map_err(|e| JsError::new(&format!("credcheck: files must be [path, text] pairs: {e}")))?;
    to_js(&check_env_files(&files, &options(opts)?)?)
}

/// Renders a report as `text` or `json`.
#[wasm_bindgen(js_name = formatReport)]
pub fn format_report(report: JsValue, format: JsValue) -> Result<String, JsError> {
    let format = string_arg(&format, "format")?;
    let format = format.as_str();
    let format: report::Format = format.parse()?;
    let report: Report = serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsError::new(&format!("credcheck: not a credcheck report: {e}")))?;
    Ok(report::render(&report, format))
}

/// What a single secret looks like, without the secret: masked form, fingerprint, provider, problems.
#[wasm_bindgen(js_name = inspectSecret)]
pub fn inspect_secret(value: JsValue) -> Result<JsValue, JsError> {
    let value = string_arg(&value, "value")?;
    let value = value.as_str();
    to_js(&secret::describe(value))
}

/// The masked form of a secret: at most its provider prefix and last four characters.
#[wasm_bindgen(js_name = mask)]
pub fn mask_js(value: JsValue) -> Result<String, JsError> {
    let value = string_arg(&value, "value")?;
    let value = value.as_str();
    Ok(secret::mask(value))
}

/// A short stable hash of a secret, for comparing processes without showing it.
#[wasm_bindgen(js_name = fingerprint)]
pub fn fingerprint_js(value: JsValue) -> Result<String, JsError> {
    let value = string_arg(&value, "value")?;
    let value = value.as_str();
    Ok(secret::fingerprint(value))
}

/// The provider catalog (env names, key shapes, models, endpoints) as its JSON source text;
/// the JS glue parses it (cheaper in code size than serializing the parsed form).
#[wasm_bindgen(js_name = catalogJson)]
pub fn catalog_json() -> String {
    catalog::CATALOG_JSON.to_string()
}

/// Every rule id with its default severity and summary.
#[wasm_bindgen(js_name = rules)]
pub fn rules_js() -> Result<JsValue, JsError> {
    to_js(&rules::RULES)
}

/// Fake keys of every catalogued shape, deterministic per seed: for tests that plant keys.
#[wasm_bindgen(js_name = sampleKeys)]
pub fn sample_keys(seed: u32) -> Result<JsValue, JsError> {
    to_js(&catalog::sample_keys(u64::from(seed)))
}

/// Merges reports (say, a scan's and a lint's) into one: findings sorted and counted again.
#[wasm_bindgen(js_name = combineReports)]
pub fn combine_reports(reports: JsValue) -> Result<JsValue, JsError> {
    let reports: Vec<Report> = serde_wasm_bindgen::from_value(reports)
        .map_err(|e| JsError::new(&format!("credcheck: not an array of reports: {e}")))?;
    to_js(&Report::combine(reports))
}

/// The text with every key-shaped run masked (`sk-proj-…Qx7a`) and everything else, line breaks
/// included, kept: for echoing a pasted config or error text without its secrets.
#[wasm_bindgen(js_name = maskText)]
pub fn mask_text(text: JsValue) -> Result<String, JsError> {
    let text = string_arg(&text, "text")?;
    Ok(secret::mask_in_text(&text))
}
