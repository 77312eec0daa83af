use super::*;

#[test]
fn recognises_the_common_texts() {
    let cases = [
        ("openai.AuthenticationError: Error code: 401 - {\x27error\x27: {\x27message\x27: \x27Incorrect API key provided: your-ope*******-key.\x27, \x27code\x27: \x27invalid_api_key\x27}}", "missing-key", Some("openai"), Some(401)),
        ("Incorrect API key provided: 774ada94********************f98c. You can find your API key at https://platform.openai.com/account/api-keys.", "wrong-provider-key", Some("openai"), None),
        ("anthropic.AuthenticationError: Error code: 401 - {\x27type\x27: \x27error\x27, \x27error\x27: {\x27type\x27: \x27authentication_error\x27, \x27message\x27: \x27invalid x-api-key\x27}}", "invalid-key", Some("anthropic"), Some(401)),
        ("openai.NotFoundError: Error code: 404 - {\x27error\x27: {\x27code\x27: \x27DeploymentNotFound\x27}}", "model-or-deployment-not-found", Some("azure-openai"), Some(404)),
        ("ProxyError: 407 Proxy Authentication Required", "proxy-or-gateway", None, Some(407)),
        ("WARN[0000] The \"OPENAI_API_KEY\" variable is not set. Defaulting to a blank string.", "env-not-propagated", Some("openai"), None),
        ("Error: the key was revoked", "stale-key", None, None),
    ];
    for (text, cause, provider, status) in cases {
        let e = explain(text);
        assert_eq!(
            e.causes.first().map(|c| c.cause.as_str()),
            Some(cause),
            "{text}"
        );
        assert_eq!(e.provider.as_deref(), provider, "{text}");
        assert_eq!(e.status, status, "{text}");
    }
    assert!(explain("everything is fine").causes.is_empty());
}

#[test]
fn every_signal_compiles_and_every_cause_has_facts() {
    let c = compiled();
    assert!(c.data.signals.len() > 10);
    for s in &c.data.signals {
        assert!(
            regex_lite::Regex::new(&format!("(?i){}", s.pattern)).is_ok(),
            "{}",
            s.pattern
        );
        assert!(c.data.causes.contains_key(&s.cause), "{}", s.cause);
    }
    for r in c.data.providers.iter() {
        assert!(
            crate::catalog::catalog().provider(&r.id).is_some(),
            "{}",
            r.id
        );
    }
}

#[test]
fn keys_in_the_text_are_masked() {
    let key = crate::scan::tests::fake_key("openai", 3);
    let e = explain(&format!("Incorrect API key provided: {key}"));
    let out = format!("{}{}", render::text(&e), serde_json::to_string(&e).unwrap());
    assert!(!out.contains(&key[8..20]), "{out}");
}

/// Issue 5's bar: the expected cause is among the first three ranked causes for 90% of the corpus.
const MIN_TOP3: f64 = 0.90;
/// The first-ranked cause: a regression guard at the level reached (see the corpus README).
const MIN_TOP1: f64 = 0.84;

/// The corpus of real error texts (tests/fixtures/explain/corpus.json): top-1 and top-3
/// accuracy must stay at or above [`MIN_TOP1`] and [`MIN_TOP3`]; every miss is listed.
#[test]
fn corpus_accuracy() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/explain/corpus.json");
    let corpus: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (mut top1, mut top3, mut misses) = (0usize, 0usize, Vec::new());
    for case in &corpus {
        let e = explain(case["text"].as_str().unwrap());
        let expected = case["cause"].as_str().unwrap();
        let rank = e.causes.iter().position(|c| c.cause == expected);
        top1 += usize::from(rank == Some(0));
        top3 += usize::from(rank.is_some_and(|r| r < 3));
        if rank != Some(0) {
            let got: Vec<&str> = e.causes.iter().map(|c| c.cause.as_str()).collect();
            misses.push(format!(
                "{}: expected {expected}, got {got:?}",
                case["id"].as_str().unwrap()
            ));
        }
    }
    let n = corpus.len() as f64;
    let (a1, a3) = (top1 as f64 / n, top3 as f64 / n);
    let report = format!(
        "explain accuracy on {} texts: top-1 {:.1}%, top-3 {:.1}%; top-1 misses:\n{}",
        corpus.len(),
        a1 * 100.0,
        a3 * 100.0,
        misses.join("\n")
    );
    println!("{report}");
    assert!(a1 >= MIN_TOP1 && a3 >= MIN_TOP3, "{report}");
}
