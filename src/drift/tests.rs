//! The drift fixtures (`tests/fixtures/drift/<case>/input.log` gives exactly `expected.txt`),
//! the record's round trip, and the probe comparison.

use super::logs::split_line;
use super::record::{iso_ms, iso_time, parse_record};
use super::*;
use crate::catalog::{catalog, sample_key};
use crate::env::Env;
use std::path::Path;

fn render(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {}: {}",
                f.severity.as_str(),
                f.rule,
                f.location.display(),
                f.message
            )
        })
        .collect()
}

#[test]
fn fixtures_give_exactly_their_findings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drift");
    let mut cases = 0;
    for case in std::fs::read_dir(&root).unwrap() {
        let case = case.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(case.join("input.log")).unwrap();
        let report = check_logs(&[("input.log".into(), text)]).unwrap();
        let got = render(&report);
        let expected_path = case.join("expected.txt");
        if std::env::var_os("CREDCHECK_UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&expected_path, got.join("\n") + "\n").unwrap();
        }
        // A missing expected.txt is a broken case, not "expect nothing".
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{name}/expected.txt: {e}"));
        let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(got, expected, "{name}");
        cases += 1;
    }
    assert!(cases >= 3, "only {cases} drift cases ran");
}

fn key(seed: u64) -> String {
    let (_, shape, _) = catalog()
        .shapes()
        .find(|(_, s, _)| s.name == "OpenAI project key")
        .unwrap();
    sample_key(shape, seed)
}

#[test]
fn record_round_trip_holds_no_secret() {
    let k = key(3);
    let env = Env::from_pairs([
        ("OPENAI_API_KEY", k.as_str()),
        ("ANTHROPIC_API_KEY", "your-api-key"),
        ("PATH", "/bin"),
    ]);
    let line = record_line(&env, "web 1", 42, 1_772_442_000_123.0);
    assert_eq!(
        line,
        format!(
            "credcheck-startup v1 host=web_1 pid=42 started=2026-03-02T09:00:00.123Z OPENAI_API_KEY=openai/{}",
            crate::secret::fingerprint(&k)
        )
    );
    assert!(!line.contains(&k[8..20]));
    let record = parse_record(&format!("[pod/a/b] 2026 x {line}\"}}"))
        .unwrap()
        .unwrap();
    assert_eq!(record.host, "web_1");
    assert_eq!(record.pid, 42);
    assert_eq!(iso_ms(&record.started), Some(1_772_442_000_123));
    assert_eq!(record.keys.len(), 1);
}

#[test]
fn times_format_and_parse_back() {
    assert_eq!(iso_time(0.0), "1970-01-01T00:00:00.000Z");
    assert_eq!(iso_time(951_782_400_000.0), "2000-02-29T00:00:00.000Z");
    assert_eq!(iso_time(f64::NAN), "1970-01-01T00:00:00.000Z");
    for ms in [0_i64, 951_782_400_000, 1_772_442_000_123, 4_102_444_799_999] {
        assert_eq!(iso_ms(&iso_time(ms as f64)), Some(ms));
    }
    assert_eq!(iso_ms("2026-03-02 09:00:00"), None);
}

#[test]
fn malformed_records_name_file_and_line() {
    let text = "ok line\nx credcheck-startup v1 host=a pid=one started=2026-03-02T09:00:00.123Z\n";
    let err = check_logs(&[("pods.log".into(), text.into())]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "pods.log:2: the credcheck startup record is malformed: pid=one is not a process id"
    );
    let text = "credcheck-startup v1 host=a pid=1 started=2026-03-02T09:00:00.123Z OPENAI_API_KEY=openai/sk-proj-abc\n";
    let err = check_logs(&[("-".into(), text.into())]).unwrap_err();
    assert!(err.to_string().starts_with("-:1: "), "{err}");
    let err = check_logs(&[("a.log".into(), "[pod/x/y] hello\n".into())]).unwrap_err();
    assert!(matches!(err, DriftError::NoRecords { .. }), "{err}");
    assert!(err
        .to_string()
        .starts_with("no credcheck startup record in a.log:"));
}

#[test]
fn prefixes_of_both_tools() {
    let (s, rest) = split_line("[pod/web-7d4b9c6f5-x2kqz/app] hello | world");
    let s = s.unwrap();
    assert_eq!(
        (s.replica.as_str(), s.workload.as_str(), rest.as_str()),
        ("pod/web-7d4b9c6f5-x2kqz/app", "web/app", "hello | world")
    );
    let (s, _) = split_line("[pod/db-0/postgres] x");
    assert_eq!(s.unwrap().workload, "db/postgres");
    let (s, _) = split_line("[node/kind-worker] x");
    assert_eq!(s.unwrap().replica, "node/kind-worker");
    let (s, rest) = split_line("\u{1b}[36mapp_web_2  |\u{1b}[0m line");
    let s = s.unwrap();
    assert_eq!(
        (s.replica.as_str(), s.workload.as_str(), rest.as_str()),
        ("app_web_2", "app_web", "line")
    );
    // Not prefixes: a loguru line, a bracketed log level, a bare pipe.
    for line in [
        "2026-03-02 09:00:00.123 | INFO     | app:main:1 - hi",
        "[INFO] started",
        "a|b",
    ] {
        assert!(split_line(line).0.is_none(), "{line}");
    }
}

fn answer(name: &str, env: &[(&str, &str)]) -> ProbeAnswer {
    let env = Env::from_pairs(env.iter().copied());
    ProbeAnswer {
        name: name.into(),
        record: Some(record_line(&env, "h", 1, 0.0)),
        report: Some(crate::check_env(&env, &Default::default()).unwrap()),
        error: None,
    }
}

#[test]
fn probe_names_the_node_that_lacks_or_differs() {
    let (a, b) = (key(1), key(2));
    let answers = vec![
        answer("n1", &[("OPENAI_API_KEY", &a)]),
        answer("n2", &[("OPENAI_API_KEY", &a)]),
        answer("n3", &[("OPENAI_API_KEY", &b)]),
        answer("n4", &[]),
        ProbeAnswer {
            name: "n5".into(),
            record: None,
            report: None,
            error: Some("it did not answer within 60 s".into()),
        },
    ];
    let report = check_probe("node", answers).unwrap();
    let got: Vec<(String, String)> = report
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.message.clone()))
        .collect();
    let fa = crate::secret::fingerprint(&a);
    let fb = crate::secret::fingerprint(&b);
    assert_eq!(
        got,
        [
            ("replica-key-differs".to_string(), format!("node n3 holds another OPENAI_API_KEY ({fb}) than the other 2 of 4 ({fa})")),
            ("replica-key-missing".to_string(), format!("node n4 started without OPENAI_API_KEY; 3 of 4 have it ({fa})")),
            ("no-credentials".to_string(), "node n4: No provider credentials found in the environment, and none were asked for.".to_string()),
            ("replica-unseen".to_string(), "node n5 cannot be compared: it did not answer within 60 s".to_string()),
        ],
        "{got:#?}"
    );
    let err = check_probe(
        "worker",
        vec![ProbeAnswer {
            name: "w1".into(),
            record: Some("hello".into()),
            report: None,
            error: None,
        }],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the answer of w1: the credcheck startup record is malformed: it holds no startup record"
    );
}
