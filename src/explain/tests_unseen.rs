//! Issue 18, "an answer for every input": shapes of error text that no corpus entry holds (a bare
//! exception class, a gateway's HTML page, a JSON body with only a code, a Python `KeyError` on
//! the key variable, a Node `TypeError` in an SDK constructor, connection failures in another
//! language, gRPC statuses, AWS credential errors). Each gets a ranked cause or the verdict that
//! it is not a credential failure, and a family answer is never sure of itself.

use super::*;

/// `(name, text, expected first cause or "none" for not-a-credential-failure, expected verdict)`.
const CASES: &[(&str, &str, &str, Verdict)] = &[
    (
        "bare SDK class in a traceback",
        "Traceback (most recent call last):\n  File \"app.py\", line 9, in <module>\n    client.chat.completions.create(model='gpt-4o', messages=m)\nopenai.AuthenticationError",
        "invalid-key",
        Verdict::Family,
    ),
    (
        "bare SDK 500 class",
        "openai.InternalServerError: Error code: 500",
        "none",
        Verdict::NotCredential,
    ),
    (
        "bare SDK 400 class with an unknown message",
        "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Unrecognized request argument supplied: foo'}}",
        "none",
        Verdict::NotCredential,
    ),
    (
        "nginx 503 page",
        "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>",
        "proxy-or-gateway",
        Verdict::Recognised,
    ),
    (
        "nginx 401 from auth_basic at the gateway",
        "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>",
        "proxy-or-gateway",
        Verdict::Recognised,
    ),
    (
        "Cloudflare 522 page",
        "<!DOCTYPE html><title>api.example.com | 522: Connection timed out</title> Cloudflare Ray ID: 8a1b2c3d4e5f",
        "proxy-or-gateway",
        Verdict::Recognised,
    ),
    (
        "503 with no page, from a LiteLLM class",
        "litellm.ServiceUnavailableError: ServiceUnavailableError: OpenAIException - upstream connect error",
        "proxy-or-gateway",
        Verdict::Family,
    ),
    (
        "JSON body with only a numeric code",
        "{\"error\": {\"code\": 401, \"message\": \"\"}}",
        "invalid-key",
        Verdict::Family,
    ),
    (
        "JSON body with only a string code",
        "{\"error\":{\"code\":\"rate_limit_exceeded\"}}",
        "rate-limit-or-quota",
        Verdict::Recognised,
    ),
    (
        "Python KeyError on the key variable",
        "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    key = os.environ['OPENAI_API_KEY']\n  File \"/usr/lib/python3.11/os.py\", line 679, in __getitem__\n    raise KeyError(key) from None\nKeyError: 'OPENAI_API_KEY'",
        "missing-key",
        Verdict::Recognised,
    ),
    (
        "Python KeyError on the Azure endpoint variable",
        "KeyError: 'AZURE_OPENAI_ENDPOINT'",
        "azure-config",
        Verdict::Recognised,
    ),
    (
        "Node TypeError inside an SDK constructor",
        "TypeError: Cannot read properties of undefined (reading 'replace')\n    at new OpenAI (/app/node_modules/openai/index.js:120:40)\n    at Object.<anonymous> (/app/index.js:3:16)",
        "missing-key",
        Verdict::Recognised,
    ),
    (
        "Node TypeError outside any SDK constructor",
        "TypeError: Cannot read properties of undefined (reading 'completions')\n    at main (/app/index.js:7:30)",
        "none",
        Verdict::NotCredential,
    ),
    (
        "German ECONNREFUSED from Python",
        "OSError: [Errno 111] Verbindung abgelehnt",
        "proxy-or-gateway",
        Verdict::Recognised,
    ),
    (
        "French Windows connect timeout",
        "[WinError 10060] Une tentative de connexion a échoué car le parti connecté n’a pas répondu convenablement au-delà d’une certaine durée",
        "proxy-or-gateway",
        Verdict::Recognised,
    ),
    (
        "Chinese Windows connection refused",
        "ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。",
        "proxy-or-gateway",
        Verdict::Recognised,
    ),
    (
        "gRPC UNAUTHENTICATED from Vertex",
        "google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        "invalid-key",
        Verdict::Recognised,
    ),
    (
        "bare gRPC status UNAUTHENTICATED",
        "grpc._channel._InactiveRpcError: status = StatusCode.UNAUTHENTICATED",
        "invalid-key",
        Verdict::Family,
    ),
    (
        "bare gRPC status PERMISSION_DENIED",
        "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = \"The caller does not have permission\"",
        "permission",
        Verdict::Family,
    ),
    (
        "Gemini 403 for a request without a key",
        "{\"error\":{\"code\":403,\"message\":\"Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.\",\"status\":\"PERMISSION_DENIED\"}}",
        "missing-key",
        Verdict::Recognised,
    ),
    (
        "AWS UnrecognizedClientException",
        "botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the InvokeModel operation: The security token included in the request is invalid.",
        "invalid-key",
        Verdict::Recognised,
    ),
    (
        "AWS ExpiredTokenException",
        "An error occurred (ExpiredTokenException) when calling the InvokeModel operation: The security token included in the request is expired",
        "expired-token",
        Verdict::Recognised,
    ),
    (
        "botocore without any credentials",
        "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
        "missing-key",
        Verdict::Recognised,
    ),
];

#[test]
fn every_unseen_shape_gets_an_answer() {
    let mut wrong = Vec::new();
    for (name, text, cause, verdict) in CASES {
        let e = explain(text);
        let first = e.causes.first().map_or("none", |c| c.cause.as_str());
        let family_sure = e.verdict == Verdict::Family
            && e.causes.iter().any(|c| c.confidence == Confidence::High);
        if first != *cause || e.verdict != *verdict || family_sure {
            let got: Vec<String> = e
                .causes
                .iter()
                .map(|c| format!("{}:{:?}", c.cause, c.confidence))
                .collect();
            wrong.push(format!(
                "{name}: expected {cause} ({verdict:?}), got {got:?} ({:?})",
                e.verdict
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A bare exception class is family evidence, not proof: the 403 class alone never gives a
/// high-confidence answer.
#[test]
fn a_class_name_alone_is_not_high_confidence() {
    for text in [
        "anthropic.PermissionDeniedError",
        "openai.AuthenticationError",
        "openai.NotFoundError",
    ] {
        let e = explain(text);
        assert!(!e.causes.is_empty(), "{text}");
        assert!(
            e.causes.iter().all(|c| c.confidence != Confidence::High),
            "{text}: {:?}",
            e.causes
        );
    }
}
