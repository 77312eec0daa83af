//! `.env` text: the parser itself, the env checks over it (as `checkEnvFiles` runs them, with
//! and without options), and the scanner's `.env` path on raw bytes. No run of 8 characters of a
//! well-formed key written once in the file may appear in any output.
#![no_main]

use credcheck::env::{check_env_files, EnvOptions};
use credcheck::scan::{Kind, Scanner};
use credcheck::{dotenv, secret};
use credcheck_fuzz::{check_file, fill, render_checked};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let parsed = dotenv::parse(&text);
    for e in &parsed.entries {
        assert!(e.line >= 1 && e.column >= 1, "{e:?}");
        secret::mask(&e.value);
    }
    let files = vec![(".env".to_string(), text.to_string())];
    let with_options = EnvOptions {
        models: vec!["gpt-4o".into(), "claude-3-5-sonnet-20241022".into()],
        framework: Some("langchain".into()),
        now: Some(1_700_000_000),
        ..Default::default()
    };
    let mut findings = Vec::new();
    for opts in [EnvOptions::default(), with_options] {
        if let Ok(report) = check_env_files(&files, &opts) {
            findings.extend(report.findings);
        }
    }
    let mut scanner = Scanner::new();
    scanner.add("worker/.env", &data, None);
    scanner.add(".env.example", &data, Some(Kind::Dotenv));
    findings.extend(scanner.finish().findings);
    findings.extend(check_file(".env", &data, None));
    render_checked(&text, findings);
});
