//! Explaining an auth failure from its error text: which provider answered, through which
//! framework, with which status, and the ranked known causes with their fixes and the credcheck
//! check that confirms each. The recognisers are data (`signals.json`, each with its source);
//! the one piece of logic is reading the key a provider echoes back (`Incorrect API key
//! provided: sk-xxxx…`), which tells a placeholder or another provider's key from a bad one.

mod echo;
mod family;
mod prefilter;
mod render;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_unseen;

pub use render::text;

use crate::secret;
use prefilter::{Literals, Matcher, Prepared};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Longest text read; a longer one is cut (the signals sit in the first lines of an error).
pub const MAX_TEXT: usize = 64 * 1024;

#[derive(Deserialize)]
struct CauseFacts {
    summary: String,
    fix: Vec<String>,
    confirm: String,
}

#[derive(Deserialize)]
struct Recognizer {
    #[serde(alias = "provider", alias = "framework")]
    id: String,
    pattern: String,
}

#[derive(Deserialize)]
struct Signal {
    cause: String,
    weight: u32,
    pattern: String,
    /// Other causes known to produce the same text, with smaller weights: they rank below.
    #[serde(default)]
    also: Vec<Also>,
}

#[derive(Deserialize)]
struct Also {
    cause: String,
    weight: u32,
}

/// A known failure that is not about credentials (a context-length error, a program error).
#[derive(Deserialize)]
struct Unrelated {
    pattern: String,
}

#[derive(Deserialize)]
struct Data {
    causes: BTreeMap<String, CauseFacts>,
    providers: Vec<Recognizer>,
    frameworks: Vec<Recognizer>,
    signals: Vec<Signal>,
    #[serde(default)]
    unrelated: Vec<Unrelated>,
}

/// The data with every pattern compiled once, each gated by its literals (see [`prefilter`]).
struct Compiled {
    data: Data,
    literals: Literals,
    providers: Vec<Matcher>,
    frameworks: Vec<Matcher>,
    signals: Vec<Matcher>,
    unrelated: Vec<Matcher>,
    /// [`STATUS`].
    status: Matcher,
    /// [`echo::PATTERN`].
    echo: Matcher,
    /// [`family::KINDS`], in order.
    kinds: Vec<Matcher>,
}

/// Where a text states its HTTP status: `Error code: 401`, `status: 403`, `HTTP/1.1 401`,
/// `"code": 401` (a JSON error body), `[429 Too Many Requests`, `<title>503 Service Temporarily
/// Unavailable` (a gateway's HTML page), `| 522: Connection timed out` (Cloudflare).
const STATUS: &str = r#"(?:error code|status(?:_code| code)?|http/\d(?:\.\d)?|http(?: code)? |response code was|error response|status code|"code"|'code')\W{0,3}(\d{3})\b|(?:^|[\s\[(>])(\d{3}):?\s+(?:Unauthorized|Forbidden|Not Found|Proxy Authentication|Too Many|Incorrect|Client Error|API key|Insufficient|Bad Request|Resource not found|Project|Authorization Required|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Connection timed out|Web server is (?:down|returning)|Origin)"#;

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let data: Data = serde_json::from_str(include_str!("signals.json")).unwrap_or(Data {
            causes: BTreeMap::new(),
            providers: Vec::new(),
            frameworks: Vec::new(),
            signals: Vec::new(),
            unrelated: Vec::new(),
        });
        let mut lits = Literals::default();
        let mut all = |patterns: Vec<&str>| -> Vec<Matcher> {
            patterns.into_iter().map(|p| lits.matcher(p)).collect()
        };
        let providers = all(data.providers.iter().map(|r| r.pattern.as_str()).collect());
        let frameworks = all(data.frameworks.iter().map(|r| r.pattern.as_str()).collect());
        let signals = all(data.signals.iter().map(|s| s.pattern.as_str()).collect());
        let unrelated = all(data.unrelated.iter().map(|u| u.pattern.as_str()).collect());
        let kinds = all(family::KINDS.iter().map(|(p, _)| *p).collect());
        Compiled {
            status: lits.matcher(STATUS),
            echo: lits.matcher(echo::PATTERN),
            providers,
            frameworks,
            signals,
            unrelated,
            kinds,
            literals: lits,
            data,
        }
    })
}

/// How sure a ranked cause is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The text names this cause outright.
    High,
    /// The text points to it.
    Medium,
    /// Possible, among others.
    Low,
}

/// What kind of answer an explanation is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// A message, code or echoed key of a known credential failure was found.
    Recognised,
    /// Only the status, exception class or host was recognised: the causes are the family of
    /// causes that answer that way, ranked low.
    Family,
    /// A known failure that is not about credentials (a context-length error, say): no causes.
    NotCredential,
    /// Nothing recognised: no causes.
    #[default]
    Unknown,
}

/// One possible root cause, with what to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cause {
    /// Stable id: `missing-key`, `wrong-provider-key`, `azure-config`, `env-not-propagated`,
    /// `stale-key`, `invalid-key`, `expired-token`, `proxy-or-gateway`, `rate-limit-or-quota`,
    /// `model-or-deployment-not-found`, `org-project-mismatch`, `permission`.
    pub cause: String,
    /// How sure.
    pub confidence: Confidence,
    /// One line on the cause.
    pub summary: String,
    /// What in the text points to it (short quotes, keys masked).
    pub evidence: Vec<String>,
    /// Concrete steps.
    pub fix: Vec<String>,
    /// The credcheck check that confirms it.
    pub confirm: String,
}

/// What an error text says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Explanation {
    /// The provider that answered (a catalog id), when the text tells.
    pub provider: Option<String>,
    /// The framework around the client, when the text tells.
    pub framework: Option<String>,
    /// The HTTP status, when the text tells.
    pub status: Option<u16>,
    /// Ranked causes, most likely first; empty when the text is not a credential failure.
    pub causes: Vec<Cause>,
    /// Whether the causes come from a specific signal, only from the status/class/host family,
    /// or why there are none.
    #[serde(default)]
    pub verdict: Verdict,
    /// The text as read, with every key-like token masked.
    pub text: String,
}

fn first_match(p: &Prepared, rx: &[Matcher], ids: &[Recognizer]) -> Option<String> {
    rx.iter()
        .zip(ids)
        .find(|(r, _)| p.is_match(r))
        .map(|(_, id)| id.id.clone())
}

/// The HTTP status the text reports (the first in 400..600 of [`STATUS`]).
fn status(p: &Prepared, c: &Compiled) -> Option<u16> {
    p.find_map(&c.status, |c| {
        let n: u16 = c.get(1).or_else(|| c.get(2))?.as_str().parse().ok()?;
        (400..600).contains(&n).then_some(n)
    })
}

/// A short quote of what matched, with keys masked.
fn quote(m: &str) -> String {
    // Masked before it is cut, so that a key cut at the edge is still recognised as one.
    secret::mask_in_text(m).chars().take(80).collect()
}

/// Explains an error text. Never fails: a text with no recognised signal still gets the family
/// of its status, exception class and host; one with none of these gets no causes, and a
/// [`Verdict`] saying whether it is a known non-credential failure.
pub fn explain(input: &str) -> Explanation {
    explain_counting(input).0
}

/// [`explain`], with the bytes it scanned: one pass over the text and each window a pattern ran
/// over. The tests hold it linear in the text.
fn explain_counting(input: &str) -> (Explanation, usize) {
    let cut = input
        .char_indices()
        .nth(MAX_TEXT)
        .map_or(input.len(), |(i, _)| i);
    let text = &input[..cut];
    let c = compiled();
    let p = Prepared::new(text, &c.literals);
    let provider = first_match(&p, &c.providers, &c.data.providers);
    let framework = first_match(&p, &c.frameworks, &c.data.frameworks);
    let status = status(&p, c);
    let mut scores: BTreeMap<String, (u32, Vec<String>)> = BTreeMap::new();
    for (signal, rx) in c.data.signals.iter().zip(&c.signals) {
        if let Some(m) = p.find(rx) {
            let q = quote(m);
            let weights = std::iter::once((&signal.cause, signal.weight))
                .chain(signal.also.iter().map(|a| (&a.cause, a.weight)));
            for (cause, weight) in weights {
                let e = scores.entry(cause.clone()).or_default();
                e.0 += weight;
                if !e.1.contains(&q) {
                    e.1.push(q.clone());
                }
            }
        }
    }
    if let Some((cause, weight, evidence)) = echo::judge(&p, &c.echo, provider.as_deref()) {
        let e = scores.entry(cause.to_string()).or_default();
        e.0 += weight;
        e.1.push(evidence);
    }
    // A specific signal weighs 3 or more; below that only the family of the status, exception
    // class and host speaks, and it never reaches high confidence.
    let specific = scores.values().any(|(w, _)| *w >= 3);
    if !specific {
        for (cause, weight, evidence) in family::family(&p, &c.kinds, status, provider.as_deref()) {
            let e = scores.entry(cause.to_string()).or_default();
            e.0 += weight;
            e.1.push(evidence);
        }
    }
    let mut ranked: Vec<(String, u32, Vec<String>)> =
        scores.into_iter().map(|(k, (w, e))| (k, w, e)).collect();
    // Most weight first; on a tie, the cause listed first in the data (more specific) wins.
    let order = |id: &str| {
        c.data
            .causes
            .keys()
            .position(|k| k == id)
            .unwrap_or(usize::MAX)
    };
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| order(&a.0).cmp(&order(&b.0))));
    let top = ranked.first().map_or(0, |r| r.1);
    let provider_id = provider.clone().unwrap_or_else(|| "<provider>".into());
    let causes = ranked
        .into_iter()
        .filter_map(|(id, weight, evidence)| {
            let facts = c.data.causes.get(&id)?;
            let confidence = if specific && weight >= 6 && weight == top {
                Confidence::High
            } else if weight * 2 >= top {
                Confidence::Medium
            } else {
                Confidence::Low
            };
            Some(Cause {
                cause: id,
                confidence,
                summary: facts.summary.clone(),
                evidence,
                fix: facts.fix.clone(),
                confirm: facts.confirm.replace("{provider}", &provider_id),
            })
        })
        .take(4)
        .collect::<Vec<_>>();
    let verdict = if causes.is_empty() {
        if family::unrelated(&p, &c.unrelated) {
            Verdict::NotCredential
        } else {
            Verdict::Unknown
        }
    } else if specific {
        Verdict::Recognised
    } else {
        Verdict::Family
    };
    let work = p.work();
    let e = Explanation {
        provider,
        framework,
        status,
        causes,
        verdict,
        text: secret::mask_in_text(text),
    };
    (e, work)
}
