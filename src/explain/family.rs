//! The answer when no specific signal matches: the HTTP status, the exception class and the host
//! still name a family of causes (any 401 from an OpenAI-compatible host is an invalid, missing
//! or wrong-provider key), ranked low, with the checks that tell them apart. A text that names no
//! status, class or connection failure gets no family; [`unrelated`] then says whether it is a
//! known non-credential failure.

use super::prefilter::{Matcher, Prepared};

/// A family member: `(cause, weight, evidence)`. Weights stay below the confidence bar of a
/// specific signal, so a family answer is never `high`.
pub(super) type Member = (&'static str, u32, String);

/// The exception classes and phrases of each kind of refusal, tried in order when the text
/// states no status.
pub(super) const KINDS: [(&str, &str); 5] = [
    (
        r"AuthenticationError|\bUnauthorized\b|\bUnauthenticated\b|invalid[_ ]api[_ ]key|API key not valid|\binvalid (?:x-)?api[- ]key\b",
        "auth",
    ),
    (
        r"PermissionDenied|PERMISSION_DENIED|\bForbidden\b|AccessDenied",
        "denied",
    ),
    (r"NotFoundError|\bNot Found\b|\bNOT_FOUND\b", "not-found"),
    (r"RateLimitError|quota|Too Many Requests", "limit"),
    (
        r"ConnectionError|ConnectError|TimeoutError|socket hang up|getaddrinfo|ServiceUnavailable|Service (?:Temporarily )?Unavailable|Bad Gateway|Gateway Time-?out|StatusCode\.UNAVAILABLE|DEADLINE_EXCEEDED|\bTimeout Error\b",
        "net",
    ),
];

/// What kind of refusal the text shows, from its status or else its exception class
/// (`kinds` are the compiled [`KINDS`]).
fn kind(p: &Prepared, kinds: &[Matcher], status: Option<u16>) -> Option<&'static str> {
    match status {
        Some(401) => return Some("auth"),
        Some(403) => return Some("denied"),
        Some(404) => return Some("not-found"),
        Some(407) => return Some("net"),
        Some(402 | 429) => return Some("limit"),
        // 408 and gateway answers: 502-504, and Cloudflare's 520-527 (origin unreachable).
        Some(408 | 502..=504 | 520..=527) => return Some("net"),
        _ => {}
    }
    kinds
        .iter()
        .zip(KINDS)
        .find(|(m, _)| p.is_match(m))
        .map(|(_, (_, k))| k)
}

/// The ranked family for a text no specific signal explains; empty when the text shows no
/// refusal at all.
pub(super) fn family(
    p: &Prepared,
    kinds: &[Matcher],
    status: Option<u16>,
    provider: Option<&str>,
) -> Vec<Member> {
    let Some(kind) = kind(p, kinds, status) else {
        return Vec::new();
    };
    let seen = match status {
        Some(s) => format!("HTTP {s}"),
        None => format!("a {kind} error"),
    };
    let who = provider.unwrap_or("the host");
    let why = |what: &str| format!("{seen} from {who} and no more specific message: {what}");
    let azure = provider == Some("azure-openai");
    match kind {
        "auth" => {
            let mut m = vec![
                ("invalid-key", 3, why("a key was refused; `credcheck env` shows whether one was set and its fingerprint")),
                ("missing-key", 2, why("an empty or unset key is refused the same way")),
            ];
            if azure {
                m.push(("azure-config", 2, why("Azure refuses a key of another resource or the wrong endpoint alike")));
            } else {
                m.push(("wrong-provider-key", 2, why("another provider's key (an Azure or gateway key) is refused the same way")));
            }
            m.push(("stale-key", 1, why("a rotated or revoked key is refused the same way")));
            m
        }
        "denied" => vec![
            ("permission", 3, why("the credential was accepted but not allowed this model, region or resource")),
            ("org-project-mismatch", 2, why("a project or organization header that is not the key's is refused")),
            (if azure { "azure-config" } else { "invalid-key" }, 1, why("some hosts answer 403 to a bad key")),
        ],
        "not-found" => vec![
            ("model-or-deployment-not-found", 3, why("the model or deployment name is unknown to this key")),
            (if azure { "azure-config" } else { "proxy-or-gateway" }, 2, why("a wrong endpoint or base URL gives 404 too")),
        ],
        "limit" => vec![("rate-limit-or-quota", 3, why("rate limit or exhausted credit"))],
        _ => vec![
            ("proxy-or-gateway", 3, why("the request did not reach the provider: proxy, gateway, firewall or TLS inspection")),
            ("azure-config", 1, why("a wrong endpoint host fails the same way")),
        ],
    }
}

/// True when the text is a known failure that is not about credentials (a context-length error,
/// a program error), so the answer is "not a credential failure" rather than "not recognised".
pub(super) fn unrelated(p: &Prepared, patterns: &[Matcher]) -> bool {
    patterns.iter().any(|m| p.is_match(m))
}
