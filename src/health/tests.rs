use super::*;
use crate::catalog::sample_key;

fn key(shape: &str) -> String {
    let (_, s, _) = catalog()
        .shapes()
        .find(|(_, s, _)| s.name == shape)
        .unwrap();
    sample_key(s, 8)
}

fn env(pairs: &[(&str, &str)]) -> Env {
    Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

#[test]
fn builds_requests_from_the_catalog() {
    let k = key("OpenAI project key");
    let r = health_request(
        &env(&[
            ("OPENAI_API_KEY", &format!("{k}\n")),
            ("OPENAI_BASE_URL", "http://127.0.0.1:9/v1/"),
        ]),
        "openai",
    )
    .unwrap();
    assert_eq!(
        (r.method.as_str(), r.url.as_str()),
        ("GET", "http://127.0.0.1:9/v1/models")
    );
    assert_eq!(
        r.headers,
        [("Authorization".to_string(), format!("Bearer {k}"))]
    );
    let a = key("Anthropic API key");
    let r = health_request(&env(&[("ANTHROPIC_API_KEY", &a)]), "anthropic").unwrap();
    assert_eq!(r.url, "https://api.anthropic.com/v1/models");
    assert!(r.headers.contains(&("x-api-key".into(), a.clone())));
    assert!(r
        .headers
        .contains(&("anthropic-version".into(), "2023-06-01".into())));
    let z = key("Azure AI services key");
    let r = health_request(
        &env(&[
            ("AZURE_OPENAI_API_KEY", &z),
            ("AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com/"),
        ]),
        "azure-openai",
    )
    .unwrap();
    assert_eq!(
        r.url,
        "https://r.openai.azure.com/openai/models?api-version=2024-10-21"
    );
    assert_eq!(r.headers, [("api-key".to_string(), z)]);
    let r = health_request(
        &env(&[
            ("AZURE_OPENAI_AD_TOKEN", "eyJx.eyJ5.sig"),
            ("AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com"),
        ]),
        "azure-openai",
    )
    .unwrap();
    assert_eq!(
        r.headers[0],
        ("Authorization".into(), "Bearer eyJx.eyJ5.sig".into())
    );
}

#[test]
fn explains_why_no_request_can_be_made() {
    let outcome = |e: &Env, p: &str| health_request(e, p).unwrap_err().outcome;
    assert_eq!(
        outcome(&env(&[("OPENAI_API_KEY", "your-api-key")]), "openai"),
        "missing-key"
    );
    assert_eq!(
        outcome(
            &env(&[("AZURE_OPENAI_API_KEY", &key("Azure AI services key"))]),
            "azure-openai"
        ),
        "not-found"
    );
    assert_eq!(
        outcome(&env(&[("AWS_PROFILE", "x")]), "bedrock"),
        "unsupported"
    );
    assert_eq!(outcome(&env(&[]), "openia"), "unsupported");
}

#[test]
fn classifies_answers() {
    let k = key("OpenAI project key");
    let req = health_request(&env(&[("OPENAI_API_KEY", &k)]), "openai").unwrap();
    let outcome = |status: u16, body: &str| classify_response(&req, status, body).outcome;
    assert_eq!(outcome(200, "{}"), "ok");
    let masked_in_body = format!(
        r#"{{"error":{{"message":"Incorrect API key provided: {k}.","code":"invalid_api_key"}}}}"#
    );
    let r = classify_response(&req, 401, &masked_in_body);
    assert_eq!(r.outcome, "invalid-key");
    assert!(
        !r.detail.clone().unwrap().contains(&k[10..30]),
        "{:?}",
        r.detail
    );
    assert_eq!(
        outcome(
            401,
            r#"{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}"#
        ),
        "invalid-key"
    );
    assert_eq!(outcome(401, "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."), "token-expired");
    assert_eq!(outcome(403, "{}"), "permission");
    assert_eq!(
        outcome(404, r#"{"error":{"code":"DeploymentNotFound"}}"#),
        "not-found"
    );
    assert_eq!(outcome(407, ""), "proxy-auth");
    assert_eq!(
        outcome(429, r#"{"error":{"code":"insufficient_quota"}}"#),
        "quota"
    );
    assert_eq!(
        outcome(429, r#"{"error":{"code":"rate_limit_exceeded"}}"#),
        "rate-limit"
    );
    assert_eq!(
        outcome(
            400,
            r#"{"error":{"status":"INVALID_ARGUMENT","details":[{"reason":"API_KEY_INVALID"}]}}"#
        ),
        "invalid-key"
    );
    assert_eq!(outcome(503, ""), "server-error");
    for (code, want) in [
        ("ENOTFOUND", "dns"),
        ("ECONNREFUSED", "refused"),
        ("UND_ERR_CONNECT_TIMEOUT", "timeout"),
        ("TimeoutError", "timeout"),
        ("CERT_HAS_EXPIRED", "tls"),
        ("EPIPE", "network"),
    ] {
        assert_eq!(classify_network(&req, code, "x").outcome, want, "{code}");
    }
}

#[test]
fn mask_in_text_masks_keys_and_keeps_words() {
    let k = key("Anthropic API key");
    let g = key("Google API key");
    let text = format!("invalid x-api-key {k}; also key={g}. See https://docs.anthropic.com/en/api/errors for details");
    let masked = crate::secret::mask_in_text(&text);
    assert!(
        !masked.contains(&k[13..30]) && !masked.contains(&g[4..20]),
        "{masked}"
    );
    assert!(
        masked.contains("sk-ant-api03-…")
            && masked.contains("https://docs.anthropic.com/en/api/errors"),
        "{masked}"
    );
    assert!(masked.contains("invalid x-api-key"));
}

#[test]
fn long_multibyte_bodies_do_not_panic() {
    let req = health_request(
        &env(&[("OPENAI_API_KEY", &key("OpenAI project key"))]),
        "openai",
    )
    .unwrap();
    let body = "é".repeat(40_000);
    assert_eq!(classify_response(&req, 500, &body).outcome, "server-error");
}
