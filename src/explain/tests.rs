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

/// Figures for one half of the corpus.
struct Score {
    n: usize,
    top1: usize,
    top3: usize,
    unanswered: usize,
    misses: Vec<String>,
}

/// Runs explain over `file` (tests/fixtures/explain): a `none` label is right when no cause is
/// ranked; a text is unanswered when it gets no cause and no verdict that it is not a credential
/// failure.
fn score(file: &str) -> Score {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/explain")
        .join(file);
    let corpus: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut s = Score {
        n: corpus.len(),
        top1: 0,
        top3: 0,
        unanswered: 0,
        misses: Vec::new(),
    };
    for case in &corpus {
        let e = explain(case["text"].as_str().unwrap());
        let expected = case["cause"].as_str().unwrap();
        let rank = if expected == "none" {
            e.causes.is_empty().then_some(0)
        } else {
            e.causes.iter().position(|c| c.cause == expected)
        };
        s.top1 += usize::from(rank == Some(0));
        s.top3 += usize::from(rank.is_some_and(|r| r < 3));
        s.unanswered += usize::from(!answered(&e));
        if rank != Some(0) {
            let got: Vec<&str> = e.causes.iter().map(|c| c.cause.as_str()).collect();
            s.misses.push(format!(
                "{}: expected {expected}, got {got:?}",
                case["id"].as_str().unwrap()
            ));
        }
    }
    s
}

fn answered(e: &Explanation) -> bool {
    !e.causes.is_empty() || e.verdict == Verdict::NotCredential
}

fn report(name: &str, s: &Score) -> String {
    format!(
        "explain accuracy, {name} half, {} texts: top-1 {}/{} ({:.1}%), top-3 {}/{} ({:.1}%), unanswered {}; top-1 misses:\n{}",
        s.n,
        s.top1,
        s.n,
        s.top1 as f64 * 100.0 / s.n as f64,
        s.top3,
        s.n,
        s.top3 as f64 * 100.0 / s.n as f64,
        s.unanswered,
        s.misses.join("\n")
    )
}

/// Floors, in percent: (top-1, top-3, most unanswered). They are bars chosen for a reason, not
/// the day's measurement (issue 19); a drop below one means a signal stopped matching.
///
/// Tuned half (corpus.json): top-3 at issue 5's 90%. Top-1 at 78%: issue 18 forbids ranking
/// first what the text does not show (a masked echo's length, a bare 401), and in about one
/// tuned text in five the cause is only in the thread; every text must be answered.
const TUNED_FLOOR: (usize, usize, usize) = (78, 90, 0);
/// Blind half (blind.json, never tuned against): the same 90% top-3 bar as for the texts the
/// signals were written on, top-1 at 80%, and at most 5% unanswered: the bars issue 18 sets under
/// its aims (85% / 95% / every text answered), which this half meets.
const BLIND_FLOOR: (usize, usize, usize) = (80, 90, 5);

fn gate(name: &str, file: &str, (top1, top3, unanswered): (usize, usize, usize)) {
    let s = score(file);
    let r = report(name, &s);
    println!("{r}");
    assert!(
        s.top1 * 100 >= top1 * s.n
            && s.top3 * 100 >= top3 * s.n
            && s.unanswered * 100 <= unanswered * s.n,
        "below the floor {top1}/{top3}/{unanswered}: {r}"
    );
}

/// The tuned half: signals are written against it.
#[test]
fn corpus_accuracy() {
    gate("tuned", "corpus.json", TUNED_FLOOR);
}

/// The blind half: run only; its misses are reported, never fixed by a signal written for them.
#[test]
fn blind_accuracy() {
    gate("blind", "blind.json", BLIND_FLOOR);
}

/// The second blind half (blind2.json, collected by someone else, committed before it was ever
/// run). First run at 3ffd4b8, before any signal saw it: top-1 58/90 (64.4%), top-3 69/90
/// (76.7%), 15 unanswered. It was then opened: the classes its unanswered texts showed got signals
/// from their sources (LangChain's get_from_env for Azure settings, OpenAI's restricted-key and
/// plain-HTTP bodies, Azure's unknown request argument, Bedrock's inference-profile refusal,
/// Cloudflare's 10000, LiteLLM's missing-keys list, dependency breaks that are not credential
/// failures), so its figures now are tuned figures; blind3.json is the next honest measure.
#[test]
fn blind2_accuracy() {
    println!("{}", report("blind2", &score("blind2.json")));
}

/// The third blind half (blind3.json, 90 texts collected by another collector who read no rule,
/// committed before it was ever run). First run at a6c680f: top-1 58/90 (64.4%), top-3 67/90
/// (74.4%), 14 unanswered. It was then opened: its unanswered texts' classes got signals from
/// their sources (Azure data-plane RBAC, the Vercel AI SDK's AI_LoadAPIKeyError, Streamlit secrets,
/// Groq's TPM 413, botocore's expired refresh, Bedrock model access, httpx's SOCKS proxy, "HTTP
/// code 401" as a status), so its figures are now tuned figures. Printed, not gated.
#[test]
fn blind3_accuracy() {
    println!("{}", report("blind3", &score("blind3.json")));
}

/// The fourth blind half (blind4.json, 77 texts from a fourth collector who read no rule,
/// committed before it was ever run). First run at fce9595 (after the blind3 classes): top-1
/// 52/77 (67.5%), top-3 55/77 (71.4%), 8 unanswered. Printed, not gated; never tuned on.
#[test]
fn blind4_accuracy() {
    println!("{}", report("blind4", &score("blind4.json")));
}

/// Every raise site and documented error body listed in sites.json has a signal of its cause
/// that matches its text: adding a site without a signal fails here. A site read at its source
/// names the commit read, as a full hash.
#[test]
fn every_listed_site_has_a_signal() {
    let sites: serde_json::Value = serde_json::from_str(include_str!("sites.json")).unwrap();
    let c = compiled();
    let mut missing = Vec::new();
    for site in sites["sites"].as_array().unwrap() {
        if let Some(commit) = site.get("commit") {
            let commit = commit.as_str().unwrap_or("");
            assert!(
                commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit()),
                "{site}"
            );
        }
        let (text, cause) = (
            site["text"].as_str().unwrap(),
            site["cause"].as_str().unwrap(),
        );
        let hit = c
            .data
            .signals
            .iter()
            .zip(&c.signals)
            .any(|(s, m)| s.cause == cause && m.rx.is_match(text));
        if !hit {
            missing.push(format!(
                "{} {}: {cause} <- {text}",
                site["repo"], site["path"]
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "sites without a signal:\n{}",
        missing.join("\n")
    );
}

/// Issue 18's bug: a masked echo proves a key was sent; never a placeholder, and its length
/// proves nothing, so no high-confidence wrong-provider verdict from it.
#[test]
fn a_masked_echo_is_a_key_that_was_sent() {
    let stars = "*".repeat(156);
    let text = format!("openai.AuthenticationError: Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: sk-proj-{stars}MxYA. You can find your API key at https://platform.openai.com/account/api-keys.', 'code': 'invalid_api_key'}}}}");
    let e = explain(&text);
    assert_eq!(e.causes[0].cause, "invalid-key", "{:?}", e.causes);
    assert!(e.causes.iter().all(|c| c.cause != "missing-key"));
    assert!(!e.causes[0].evidence.join(" ").contains("placeholder"));
    let short = explain("Incorrect API key provided: sk-proj-****MxYA.");
    assert!(short
        .causes
        .iter()
        .all(|c| !(c.cause == "wrong-provider-key" && c.confidence == Confidence::High)));
}

/// Every input gets an answer: a bare 401 gets the ranked family, never high confidence; a
/// context-length error says it is not a credential failure.
#[test]
fn family_and_not_credential_verdicts() {
    let e = explain("Error: Request failed with status code 401");
    assert_eq!(e.verdict, Verdict::Family);
    let ranked: Vec<&str> = e.causes.iter().map(|c| c.cause.as_str()).collect();
    assert_eq!(
        &ranked[..3],
        ["invalid-key", "missing-key", "wrong-provider-key"]
    );
    assert!(e.causes.iter().all(|c| c.confidence != Confidence::High));
    let n = explain("openai.BadRequestError: This model's maximum context length is 8192 tokens.");
    assert!(n.causes.is_empty());
    assert_eq!(n.verdict, Verdict::NotCredential);
    assert!(render::text(&n).contains("not a credential"));
    assert_eq!(explain("everything is fine").verdict, Verdict::Unknown);
}

/// Every compiled pattern explain runs, in one list.
fn every_matcher(c: &Compiled) -> Vec<&prefilter::Matcher> {
    c.providers
        .iter()
        .chain(&c.frameworks)
        .chain(&c.signals)
        .chain(&c.unrelated)
        .chain(&c.kinds)
        .chain([&c.status, &c.echo])
        .collect()
}

/// Every pattern explain runs is gated by literals read from it, so none runs over a whole
/// text; and the literals are the ones a match needs.
#[test]
fn every_pattern_is_gated_by_its_literals() {
    let c = compiled();
    for (i, m) in every_matcher(c).into_iter().enumerate() {
        assert!(
            m.gated(),
            "pattern {i} ({}) has no literal gate",
            m.rx.as_str()
        );
    }
    let lits = |p: &str| prefilter::required_literals(p);
    assert_eq!(lits("abc|de(?:f|g)"), Some(vec!["abc".into(), "de".into()]));
    // The longest shortest literal wins: `yz. ` over `foo`/`bar`; `x?` is not required.
    assert_eq!(lits(r"x?yz\. (?:Foo|Bar)+"), Some(vec!["yz. ".into()]));
    assert_eq!(
        lits(r"x?y(?:Foo|Bar)+"),
        Some(vec!["bar".into(), "foo".into()])
    );
    // An optional group or a class gives no literal; a branch without one spoils the set.
    assert_eq!(lits(r"(?:long literal)?ab"), Some(vec!["ab".into()]));
    assert_eq!(lits(r"abc|\d+"), None);
    assert_eq!(lits(r"a[bc]d"), None);
    assert_eq!(lits(r"(?m)^\S+ \| x"), Some(vec![" | x".into()]));
}

/// The gate changes no answer: on every text of both halves and every site, each pattern finds
/// through its windows (the lines around its literals, less repeated lines and traceback source
/// lines) what it finds over the whole text.
#[test]
fn gated_matching_finds_what_the_whole_text_gives() {
    let c = compiled();
    let sites: serde_json::Value = serde_json::from_str(include_str!("sites.json")).unwrap();
    let mut texts: Vec<String> = sites["sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().to_string())
        .collect();
    for file in ["corpus.json", "blind.json"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/explain")
            .join(file);
        let corpus: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        texts.extend(
            corpus
                .iter()
                .map(|c| c["text"].as_str().unwrap().to_string()),
        );
    }
    let all = every_matcher(c);
    for text in &texts {
        let p = Prepared::new(text, &c.literals);
        for m in &all {
            assert_eq!(
                p.find(m),
                m.rx.find(text).map(|x| x.as_str()),
                "{} on {text}",
                m.rx.as_str()
            );
        }
    }
}

/// Issue 18: explain stays fast on large pastes because its work is linear in the text. Work is
/// counted, not timed: the bytes of the one pass plus every window a pattern ran over. Doubling
/// a text (a repeated paste, or twice as many distinct frames each carrying keywords) at most
/// doubles the work, plus a constant.
#[test]
fn work_is_linear_in_the_text() {
    let work = |t: &str| explain_counting(t).1;
    let half = paste(32 * 1024);
    let (w1, w2) = (work(&half), work(&format!("{half}{half}")));
    assert!(w2 <= 2 * w1 + 4096, "{w1} -> {w2}");
    // The paste costs one pass plus a few windows, not a pass per pattern.
    assert!(w1 < half.len() * 2, "{w1} for {} bytes", half.len());
    // Distinct lines, each with keywords several patterns look for (status, error, key, token).
    let frames = |n: usize| -> String {
        (0..n)
            .map(|i| format!("  File \"/srv/app/m{i}.py\", line {i}, in f{i}: status_error invalid token key error code\n"))
            .collect()
    };
    let (d1, d2) = (work(&frames(400)), work(&frames(800)));
    assert!(d2 <= 2 * d1 + 4096, "{d1} -> {d2}");
    // One long line with keywords all along: each pattern scans it once, not once per hit.
    let long = |n: usize| "status_error invalid token key error code 200; ".repeat(n);
    let (l1, l2) = (work(&long(500)), work(&long(1000)));
    assert!(l2 <= 2 * l1 + 4096, "{l1} -> {l2}");
    assert!(
        l1 < long(500).len() * 12,
        "{l1} for {} bytes",
        long(500).len()
    );
}

/// The thinning keeps what explains: in a paste of distinct Python frames, the source lines
/// under the frames (code, not messages) are not searched, the frames' paths still name the
/// framework, and the error at the end is found.
#[test]
fn a_paste_of_distinct_frames_is_thinned_not_lost() {
    let mut text = String::from("Traceback (most recent call last):\n");
    for i in 0..400 {
        text.push_str(&format!("  File \"/app/site-packages/langchain_openai/m{i}.py\", line {i}, in f{i}\n    raise self._make_status_error_from_response(err.response) from None  # {i}\n"));
    }
    text.push_str("openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************MxYA.', 'code': 'invalid_api_key'}}\n");
    assert!(text.len() < MAX_TEXT);
    let (e, work) = explain_counting(&text);
    assert!(work < text.len() + 4096, "{work} for {} bytes", text.len());
    assert_eq!(e.framework.as_deref(), Some("langchain"));
    assert_eq!(
        (e.provider.as_deref(), e.status),
        (Some("openai"), Some(401))
    );
    assert_eq!(e.causes[0].cause, "invalid-key");
}

/// About `bytes` of log, as bench/explain.mjs builds it: Python traceback frames repeated, then
/// an OpenAI auth error at the end.
fn paste(bytes: usize) -> String {
    let frame = "  File \"/app/.venv/lib/python3.12/site-packages/openai/_base_client.py\", line 1020, in _request\n    raise self._make_status_error_from_response(err.response) from None\n";
    let tail = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************MxYA.', 'code': 'invalid_api_key'}}\n";
    let mut text = String::from("Traceback (most recent call last):\n");
    while text.len() + tail.len() < bytes {
        text.push_str(frame);
    }
    text.truncate(bytes - tail.len());
    text + tail
}
