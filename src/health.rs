//! Health checks: the one cheap authenticated request the catalog names for each provider, and
//! what its answer (or its failure to arrive) means. The HTTP call itself is made by the JS glue.

use crate::catalog::{catalog, Provider};
use crate::credentials::resolve_slot;
use crate::env::Env;
use crate::finding::SecretRef;
use crate::secret;
use serde::{Deserialize, Serialize};

/// Azure api-version used when the env sets none.
const DEFAULT_AZURE_API_VERSION: &str = "2024-10-21";

/// The request to make. Holds the key (in `headers`): it goes to the HTTP client, never to output.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthRequest {
    /// Provider id.
    pub provider: String,
    /// HTTP method.
    pub method: String,
    /// Full URL.
    pub url: String,
    /// Header name/value pairs, the credential included.
    pub headers: Vec<(String, String)>,
    /// The credential, masked, for the result.
    pub key: SecretRef,
    /// The variable the credential came from.
    pub key_var: String,
}

/// What a health check found.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthResult {
    /// Provider id.
    pub provider: String,
    /// True when the provider accepted the credential.
    pub ok: bool,
    /// `ok`, `missing-key`, `invalid-key`, `token-expired`, `permission`, `not-found`,
    /// `bad-request`, `rate-limit`, `quota`, `proxy-auth`, `server-error`, `dns`, `refused`,
    /// `tls`, `timeout`, `network`, `unsupported`.
    pub outcome: String,
    /// HTTP status, when an answer came.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// One line on what it means.
    pub message: String,
    /// What to do.
    pub fix: String,
    /// What the provider said, with any key in it masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The credential used, masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<SecretRef>,
    /// The URL asked (no credential is ever in it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

fn result(p: &Provider, outcome: &str, message: String, fix: String) -> HealthResult {
    HealthResult {
        provider: p.id.to_string(),
        ok: outcome == "ok",
        outcome: outcome.to_string(),
        status: None,
        message,
        fix,
        detail: None,
        key: None,
        url: None,
    }
}

/// The result for a provider id the catalog does not have.
fn unknown_provider(provider: &str) -> HealthResult {
    let known: Vec<&str> = catalog()
        .providers()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    HealthResult {
        provider: provider.to_string(),
        ok: false,
        outcome: "unsupported".into(),
        status: None,
        message: format!("unknown provider {provider:?}"),
        fix: format!("Use one of: {}", known.join(", ")),
        detail: None,
        key: None,
        url: None,
    }
}

/// The first usable value of a slot: (variable, cleaned value, raw value).
fn slot_value<'a>(
    env: &'a Env,
    p: &'a Provider,
    slot: &'a str,
) -> Option<(String, String, &'a str)> {
    let r = resolve_slot(env, p, slot)?;
    let raw = env.text(&r.var)?;
    Some((r.var, r.value, raw))
}

/// Builds the health request for `provider` from `env`, or the result that says why none can be made.
pub fn health_request(env: &Env, provider: &str) -> Result<HealthRequest, Box<HealthResult>> {
    let cat = catalog();
    let Some(p) = cat.provider(provider) else {
        return Err(Box::new(unknown_provider(provider)));
    };
    if p.auth_header.scheme.as_deref() == Some("AWS4-HMAC-SHA256") {
        return Err(Box::new(result(
            p,
            "unsupported",
            format!(
                "{} requests need AWS SigV4 signing, which credcheck does not do",
                p.name
            ),
            "Check the credentials with the AWS SDK or `aws sts get-caller-identity`".into(),
        )));
    }
    // Bearer tokens (AD tokens, auth tokens) go in Authorization; keys in the provider's header.
    let token_slots = ["ad_token", "auth_token"];
    let key_slot = p
        .auth
        .iter()
        .filter_map(|alt| alt.first())
        .find(|slot| slot_value(env, p, slot).is_some());
    let Some(slot) = key_slot else {
        return Err(Box::new(result(
            p,
            "missing-key",
            format!(
                "no usable {} credential is set ({})",
                p.name,
                p.primary_key_var()
            ),
            format!("Set {} before checking health", p.primary_key_var()),
        )));
    };
    let Some((var, key, raw)) = slot_value(env, p, slot) else {
        return Err(Box::new(result(
            p,
            "missing-key",
            String::new(),
            String::new(),
        )));
    };
    let base = slot_value(env, p, "base_url")
        .or_else(|| slot_value(env, p, "endpoint"))
        .map(|(_, v, _)| v)
        .or_else(|| p.base_url.default.map(String::from));
    let Some(base) = base else {
        return Err(Box::new(result(
            p,
            "not-found",
            format!("no {} endpoint is set", p.name),
            "Set the endpoint variable (e.g. AZURE_OPENAI_ENDPOINT)".into(),
        )));
    };
    let base = base.trim_end_matches('/');
    let version = slot_value(env, p, "api_version").map(|(_, v, _)| v);
    let url = p
        .health
        .url
        .replace("{base_url}", base)
        .replace("{endpoint}", base)
        .replace(
            "{api_version}",
            version.as_deref().unwrap_or(DEFAULT_AZURE_API_VERSION),
        );
    let mut headers: Vec<(String, String)> = if token_slots.contains(&slot.as_str()) {
        vec![("Authorization".into(), format!("Bearer {key}"))]
    } else {
        let value = match &p.auth_header.scheme {
            Some(scheme) => format!("{scheme} {key}"),
            None => key.clone(),
        };
        vec![(p.auth_header.name.to_string(), value)]
    };
    headers.extend(
        p.health
            .headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let inspection = secret::inspect(raw);
    Ok(HealthRequest {
        provider: p.id.to_string(),
        method: p.health.method.to_string(),
        url,
        headers,
        key: secret::secret_ref(raw, &inspection),
        key_var: var,
    })
}

/// Classifies an HTTP answer to a health request.
pub fn classify_response(req: &HealthRequest, status: u16, body: &str) -> HealthResult {
    let cat = catalog();
    let Some(p) = cat.provider(&req.provider) else {
        return unknown_provider(&req.provider);
    };
    let detail = error_text(body);
    let lower = body.to_ascii_lowercase();
    let has = |s: &str| lower.contains(s);
    let var = &req.key_var;
    let (outcome, message, fix) = match status {
        200..=299 => ("ok", format!("{} accepted the credential in {var}", p.name), "Nothing to do".to_string()),
        401 if has("expired") || has("audience is incorrect") => (
            "token-expired",
            format!("{} rejected the token in {var}: it is expired or for the wrong audience", p.name),
            "Fetch tokens at call time with a token provider (azure_ad_token_provider / getBearerTokenProvider)".to_string(),
        ),
        401 if has("wrong api endpoint") => (
            "invalid-key",
            format!("{} refused the key in {var}: it is invalid, or belongs to another resource or provider", p.name),
            "Copy the key from the same Azure resource as the endpoint (Keys and Endpoint), and make sure it is not an OpenAI key".to_string(),
        ),
        400 if has("api_key_invalid") || has("api key not valid") => invalid(p, var),
        401 => invalid(p, var),
        403 => (
            "permission",
            format!("{} accepted the key in {var} but refused access (403)", p.name),
            "Check the key's project/organization, the model's access and the resource's network rules (IP allow-list, region)".to_string(),
        ),
        404 => (
            "not-found",
            format!("{} answered 404 at {}: wrong endpoint, deployment or api-version", p.name, req.url),
            "Check the base URL / endpoint variable and the api-version; for Azure, the resource endpoint and a published api-version".to_string(),
        ),
        407 => (
            "proxy-auth",
            "the proxy between here and the provider wants its own authentication (407)".to_string(),
            "Give the proxy its credentials (in HTTPS_PROXY as http://user:pass@host:port) or add the provider's host to NO_PROXY".to_string(),
        ),
        429 if has("insufficient_quota") || has("quota") || has("billing") || has("credit balance") => (
            "quota",
            format!("{} accepted the key in {var} but the account is out of quota or credit (429)", p.name),
            "Add credit or raise the quota for this key's project; this is not an authentication problem".to_string(),
        ),
        429 => (
            "rate-limit",
            format!("{} accepted the key in {var} but is rate-limiting it (429)", p.name),
            "Back off and retry; lower concurrency across your workers: this is not an authentication problem".to_string(),
        ),
        400..=499 => (
            "bad-request",
            format!("{} answered {status} to the health request", p.name),
            "Read the provider's message below".to_string(),
        ),
        _ => (
            "server-error",
            format!("{} answered {status}: a server-side problem", p.name),
            "Retry later; check the provider's status page".to_string(),
        ),
    };
    HealthResult {
        status: Some(status),
        detail,
        key: Some(req.key.clone()),
        url: Some(req.url.clone()),
        ..result(p, outcome, message, fix)
    }
}

fn invalid(p: &Provider, var: &str) -> (&'static str, String, String) {
    (
        "invalid-key",
        format!("{} rejected the key in {var} as invalid (revoked, rotated, mistyped or of another provider)", p.name),
        format!("Create or copy a current key at {} and roll it out to every replica", p.key_url),
    )
}

/// Classifies a request that got no answer, from the error's code (`ENOTFOUND`, `ECONNREFUSED`,
/// `UND_ERR_CONNECT_TIMEOUT`, `TimeoutError`, `CERT_HAS_EXPIRED`, ...).
pub fn classify_network(req: &HealthRequest, code: &str, message: &str) -> HealthResult {
    let p = catalog().provider(&req.provider);
    let name = p.map(|p| p.name.as_str()).unwrap_or("the provider");
    let c = code.to_ascii_uppercase();
    let (outcome, what, fix) = if c == "ENOTFOUND" || c == "EAI_AGAIN" {
        ("dns", "the host name does not resolve", "Check the base URL / endpoint host (a typo, or a private endpoint outside this network)")
    } else if c == "ECONNREFUSED" {
        (
            "refused",
            "the connection was refused",
            "Check the host and port; a local gateway or proxy may be down",
        )
    } else if c.contains("TIMEOUT") || c == "ABORTERR" || c == "ETIMEDOUT" {
        (
            "timeout",
            "no answer in time",
            "Check network egress from this runtime (VPC, firewall, proxy) or raise timeoutMs",
        )
    } else if c.contains("CERT")
        || c.contains("TLS")
        || c.contains("SSL")
        || c.contains("SELF_SIGNED")
        || c.contains("UNABLE_TO_VERIFY")
    {
        ("tls", "the TLS handshake failed", "A proxy may intercept TLS: set NODE_EXTRA_CA_CERTS to its CA, or fix the endpoint's certificate")
    } else {
        (
            "network",
            "the request failed before an answer came",
            "Check connectivity from this runtime to the provider",
        )
    };
    HealthResult {
        provider: req.provider.clone(),
        ok: false,
        outcome: outcome.into(),
        status: None,
        message: format!("{name}: {what} ({code})"),
        fix: fix.into(),
        detail: Some(secret::mask_in_text(message)),
        key: Some(req.key.clone()),
        url: Some(req.url.clone()),
    }
}

/// The provider's own error message from a JSON error body (`error.message`, `message`), masked.
fn error_text(body: &str) -> Option<String> {
    let mut end = body.len().min(64 * 1024);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let body = &body[..end];
    let json: serde_json::Value = serde_json::from_str(body).ok()?;
    let msg = json
        .pointer("/error/message")
        .or_else(|| json.pointer("/message"))
        .or_else(|| json.pointer("/error"))
        .and_then(|v| v.as_str())?;
    Some(secret::mask_in_text(msg))
}

#[cfg(test)]
mod tests;
