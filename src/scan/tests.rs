//! Fixture tests: every `tests/fixtures/scan/<case>/broken` tree gives exactly the findings listed
//! in `<case>/expected.txt` (`rule file:line`, errors and warnings), and `fixed` gives none.
//! Keys are not committed: `{{key:<provider>[:seed]}}` and `{{base64key:<provider>}}` in a fixture
//! become fake keys of the provider's first shape when it is read.

use super::*;
use crate::catalog::{catalog, sample_key};
use crate::finding::Severity;
use base64::Engine;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scan")
}

/// A fake key of `provider`'s first key shape.
pub(crate) fn fake_key(provider: &str, seed: u64) -> String {
    let (_, shape, _) = catalog()
        .shapes()
        .find(|(p, s, _)| p.id == provider && s.slot == "api_key")
        .unwrap_or_else(|| panic!("no key shape for {provider}"));
    sample_key(shape, seed)
}

/// Replaces the key templates of a fixture.
pub(crate) fn fill(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("{{") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find("}}").expect("unclosed template") + i;
        let spec = &rest[i + 2..end];
        let mut parts = spec.split(':');
        let what = parts.next().unwrap_or("");
        let provider = parts.next().unwrap_or("");
        let seed = parts.next().map_or(1, |s| s.parse().unwrap_or(1));
        let key = fake_key(provider, seed);
        out.push_str(&match what {
            "key" => key,
            "base64key" => base64::engine::general_purpose::STANDARD.encode(key),
            other => panic!("unknown template {other}"),
        });
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

fn files(dir: &Path, base: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, base, out);
        } else {
            let rel = p
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((
                rel,
                fill(&std::fs::read_to_string(&p).unwrap()).into_bytes(),
            ));
        }
    }
}

fn scan_dir(dir: &Path) -> Report {
    let mut all = Vec::new();
    files(dir, dir, &mut all);
    let mut scanner = Scanner::new();
    for (path, bytes) in &all {
        scanner.add(path, bytes, None);
    }
    scanner.finish()
}

/// Every finding on a line of its own, for a failing fixture's message (shared with the lint
/// fixtures).
pub(crate) fn detail(report: &Report) -> String {
    report
        .findings
        .iter()
        .map(|f| {
            format!(
                "  {} {} {}: {}",
                f.severity.as_str(),
                f.rule,
                f.location.display(),
                f.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `rule file:line` of every error and warning, and `info rule file:line` of every info, sorted,
/// as `expected.txt` lists them (shared with the lint fixtures).
pub(crate) fn summary(report: &Report) -> Vec<String> {
    let mut got: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{}{} {}:{}",
                if f.severity == Severity::Info {
                    "info "
                } else {
                    ""
                },
                f.rule,
                f.location.file.as_deref().unwrap_or("-"),
                f.location.line.unwrap_or(0)
            )
        })
        .collect();
    got.sort();
    got.dedup();
    got
}

/// Only the errors and warnings of a summary (what a fixed case must be clean of).
pub(crate) fn failing(summary: Vec<String>) -> Vec<String> {
    summary
        .into_iter()
        .filter(|l| !l.starts_with("info "))
        .collect()
}

#[test]
fn fixtures_broken_and_fixed() {
    let mut failures = Vec::new();
    let mut cases: Vec<_> = std::fs::read_dir(root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.retain(|c| c.is_dir());
    cases.sort();
    // Floor: the 7 config kinds with a case today; fewer means a case was lost unnoticed.
    assert!(cases.len() >= 7, "only {} scan fixture cases", cases.len());
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let broken = scan_dir(&case.join("broken"));
        let got = summary(&broken);
        // A missing expected.txt is a broken case, not "expect nothing" (write an empty file).
        let expected_text = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|e| panic!("{name}/expected.txt: {e}"));
        let mut expected: Vec<String> = expected_text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        expected.sort();
        if got != expected {
            failures.push(format!(
                "{name}/broken:\n expected {expected:#?}\n got {got:#?}\n{}",
                detail(&broken)
            ));
        }
        let fixed = scan_dir(&case.join("fixed"));
        let left = failing(summary(&fixed));
        if !left.is_empty() {
            failures.push(format!("{name}/fixed should be clean:\n{}", detail(&fixed)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Found by the property leak test: a CrewAI `llm:` holding a key was quoted whole in the
/// `unknown-model` message. Reports now mask every message and fix.
#[test]
fn a_key_in_a_crewai_llm_string_is_masked_in_the_message() {
    let key = fake_key("openai", 5);
    let text = format!("a:\n  role: r\n  goal: g\n  llm: \"Bearer {key}\"\n");
    let report = check_config(&text, Some("agents.yaml"), None).unwrap();
    assert!(!report.findings.is_empty());
    let out = serde_json::to_string(&report).unwrap();
    assert!(!out.contains(&key[10..30]), "{out}");
}

#[test]
fn a_dotenv_file_with_many_keys_is_checked_in_linear_time() {
    // Found with large inputs fed to the `dotenv` fuzz target: duplicates were found by searching
    // back from every entry, and every entry looked itself up again, quadratic (40 000 keys took
    // 16 s in release). Counted, not timed: every entry an `Env` lookup visits (crate::work).
    crate::work::assert_linear(".env entries", 2_000, 256, |n| {
        let mut text: String = (0..n).map(|i| format!("SETTING_{i:05}=x\n")).collect();
        text.push_str("SETTING_00007=y\n");
        let report = check_config(&text, Some(".env"), None).unwrap();
        let dups: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == "duplicate-env-key")
            .collect();
        assert_eq!(dups.len(), 1, "{dups:?}");
        let again = format!("line 8 and again on line {}", n + 1);
        assert!(dups[0].message.contains(&again), "{dups:?}");
    });
}

/// The findings of `rule` in `report`.
fn count_rule(report: &Report, rule: &str) -> usize {
    report.findings.iter().filter(|f| f.rule == rule).count()
}

/// The sibling comparison (siblings.rs) is linear in the services of a Compose file: doubling
/// the services, the first half lacking the key their later siblings of the same image have, at most
/// doubles the counted work (every entry an `Env` lookup visits, crate::work). Names have one
/// width, so every service adds the same bytes to the text and to the messages.
#[test]
fn compose_work_is_linear_in_services() {
    crate::work::assert_linear("Compose services", 100, 256, |n| {
        let mut text = String::from("services:\n");
        for i in 0..n {
            // The first half lack the key, so a search for a holder per unit would be long.
            let env = if i >= n / 2 {
                "OPENAI_API_KEY: ${OPENAI_API_KEY:?}"
            } else {
                "ROLE: worker"
            };
            text.push_str(&format!(
                "  s{i:05}:\n    image: app:1\n    environment:\n      {env}\n"
            ));
        }
        let report = check_config(&text, Some("docker-compose.yml"), None).unwrap();
        assert_eq!(
            count_rule(&report, "missing-in-sibling"),
            n / 2,
            "{report:?}"
        );
    });
}

/// The same for the containers of a Kubernetes workload.
#[test]
fn kubernetes_work_is_linear_in_containers() {
    crate::work::assert_linear("Kubernetes containers", 100, 256, |n| {
        let mut text = String::from(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n",
        );
        for i in 0..n {
            text.push_str(&format!(
                "        - name: c{i:05}\n          image: app:1\n"
            ));
            text.push_str(if i >= n / 2 {
                "          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef: { name: openai, key: api-key }\n"
            } else {
                "          env:\n            - name: ROLE\n              value: worker\n"
            });
        }
        let report = check_config(&text, Some("deploy.yaml"), Some("kubernetes")).unwrap();
        assert_eq!(
            count_rule(&report, "missing-in-sibling"),
            n / 2,
            "{report:?}"
        );
    });
}

/// The scan is linear in the files of a tree: doubling the folders, each with a `.env` holding a
/// placeholder key and a Compose file reading it, at most doubles the counted work (the `.env`
/// files are compared with each other, and every config with the `.env` files beside it).
/// Ignored: it fails today (work 102,100 for 100 folders, 224,200 for 200: one `Env` lookup per
/// pair of `.env` files, from `dotenv_files::differences`; `Scope::env_for` also visits every
/// `.env` file per config, uncounted). Run it with `--ignored` once that is indexed by folder.
#[test]
#[ignore = "quadratic in the .env files of a tree (issue 17): dotenv_files::differences, Scope::env_for"]
fn scan_work_is_linear_in_files() {
    crate::work::assert_linear("files of a tree", 100, 256, |n| {
        let mut scanner = Scanner::new();
        for i in 0..n {
            let env = format!("OPENAI_API_KEY=your-api-key\nROLE_{i:05}=worker\n");
            scanner.add(&format!("app{i:05}/.env"), env.as_bytes(), None);
            let compose = "services:\n  api:\n    image: app:1\n    env_file: .env\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n";
            scanner.add(
                &format!("app{i:05}/docker-compose.yml"),
                compose.as_bytes(),
                None,
            );
        }
        let report = scanner.finish();
        assert!(count_rule(&report, "placeholder-key") >= n, "{report:?}");
    });
}

/// Issue 13's misses: a literal Azure key (32 hex characters, a weak shape on its own) is a
/// leak where the variable's name says it is the Azure key; the same hex under another name
/// (a hash, an id) is not reported.
#[test]
fn literal_azure_keys_are_found_by_their_variable() {
    let hex: String = (0..32)
        .map(|i| char::from_digit((i * 7 + 3) % 16, 16).unwrap_or('0'))
        .collect();
    let k8s = format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: app\n          env:\n            - name: AZURE_OPENAI_API_KEY\n              value: \"{hex}\"\n            - name: BUILD_HASH\n              value: \"{hex}\"\n"
    );
    let r = check_config(&k8s, Some("deploy.yaml"), None).unwrap();
    let lit: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "literal-secret")
        .collect();
    assert_eq!(lit.len(), 1, "{:?}", r.findings);
    assert_eq!(lit[0].location.line, Some(13));
    let compose = format!(
        "services:\n  api:\n    image: app\n    environment:\n      AZURE_OPENAI_API_KEY: {hex}\n"
    );
    let r = check_config(&compose, Some("docker-compose.yml"), None).unwrap();
    assert!(
        r.findings.iter().any(|f| f.rule == "literal-secret"),
        "{:?}",
        r.findings
    );
}

/// LiteLLM proxy configs: `os.environ/NAME` is how LiteLLM reads the environment (no finding),
/// a key variable named for another provider than the model's is a warning, `${VAR}` is sent
/// as it is, and an Azure api_version is checked like any other.
#[test]
fn litellm_proxy_configs() {
    let text = "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: os.environ/AZURE_API_BASE\n      api_key: os.environ/AZURE_API_KEY\n      api_version: \"2024-10-21\"\n  - model_name: claude\n    litellm_params:\n      model: anthropic/claude-3-5-sonnet-20241022\n      api_key: os.environ/OPENAI_API_KEY\n  - model_name: local\n    litellm_params:\n      model: openai/llama3\n      api_base: http://vllm:8000/v1\n      api_key: os.environ/OPENAI_API_KEY\n  - model_name: broken\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: ${OPENAI_API_KEY}\n";
    assert_eq!(detect("proxy/config.yaml", text), Some(Kind::LitellmConfig));
    let r = check_config(text, Some("config.yaml"), None).unwrap();
    assert_eq!(
        summary(&r),
        vec![
            "provider-mismatch config.yaml:11".to_string(),
            "unexpanded-reference config.yaml:20".to_string()
        ],
        "{}",
        detail(&r)
    );
}

/// AutoGen component configs written in YAML are found by a directory scan, not only by --kind.
#[test]
fn autogen_components_in_yaml_are_recognised() {
    let text = "provider: autogen_ext.models.openai.OpenAIChatCompletionClient\nconfig:\n  model: gpt-4o\n";
    assert_eq!(
        detect("model_config.yaml", text),
        Some(Kind::AutogenComponent)
    );
}

/// A placeholder in a committed mode default (`.env.development`) is info: `.env.development.local`
/// or the environment overrides it. In `.env` and `.env.*.local`, what the app loads, an error.
#[test]
fn placeholders_in_mode_defaults_are_info() {
    let text = "OPENAI_API_KEY=your-api-key\n";
    let sev = |path: &str| {
        let r = check_config(text, Some(path), None).unwrap();
        r.findings
            .iter()
            .find(|f| f.rule == "placeholder-key")
            .map(|f| f.severity)
    };
    assert_eq!(sev("app/.env.development"), Some(Severity::Info));
    assert_eq!(sev("app/.env"), Some(Severity::Error));
    assert_eq!(sev("app/.env.development.local"), Some(Severity::Error));
    assert_eq!(sev("app/.env.local"), Some(Severity::Error));
}

/// A LiteLLM config mounted into a Compose service: a provider variable it reads with
/// `os.environ/NAME` that the service is not given is a warning at the mount; one the service
/// gets is fine, and a service with an env_file not scanned is not judged.
#[test]
fn mounted_litellm_config_needs_its_variables() {
    let compose = "services:\n  proxy:\n    image: ghcr.io/berriai/litellm\n    volumes:\n      - ./config.yaml:/app/config.yaml\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY:?}\n  other:\n    image: ghcr.io/berriai/litellm\n    env_file: secrets.env\n    volumes:\n      - ./config.yaml:/app/config.yaml\n";
    let config = "model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY\n  - model_name: b\n    litellm_params:\n      model: anthropic/claude-3-5-sonnet-20241022\n      api_key: os.environ/ANTHROPIC_API_KEY\n";
    let mut s = Scanner::new();
    s.add("app/docker-compose.yml", compose.as_bytes(), None);
    s.add("app/config.yaml", config.as_bytes(), None);
    let r = s.finish();
    let got: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "mounted-config-env")
        .map(|f| {
            (
                f.location.line,
                f.severity,
                f.message.contains("ANTHROPIC_API_KEY"),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![(Some(5), Severity::Warning, true)],
        "{}",
        detail(&r)
    );
}

/// Found on the second blind half: Secret data that is valid base64 of bytes that are not UTF-8
/// (binary, or a redaction like `++++++++`) is accepted by the API server; only text that is not
/// base64 at all is an error. A docstring header in a `.env.example` breaks no loader that runs.
#[test]
fn binary_secret_data_and_example_env_headers() {
    let k8s = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  BLOB: \"++++++++\"\n  BAD: \"%%%\"\n";
    let r = check_config(k8s, Some("secret.yaml"), None).unwrap();
    assert_eq!(
        summary(&r),
        vec!["config-syntax secret.yaml:7".to_string()],
        "{}",
        detail(&r)
    );
    let env = "\"\"\"\nThis is an example\n\"\"\"\nOPENAI_API_KEY=\n";
    let r = check_config(env, Some(".env.example"), None).unwrap();
    assert!(failing(summary(&r)).is_empty(), "{}", detail(&r));
}

/// Found on the third blind half: a prose placeholder ("Your Azure OpenAI Service Endpoint") is a
/// placeholder, not a malformed URL; Prompty's `${env:NAME}` is filled in by its loader; an
/// endpoint a `.env` leaves out may come from the code (info).
#[test]
fn prose_placeholders_loader_references_and_absent_settings() {
    let env = "AZURE_OPENAI_ENDPOINT=Your Azure OpenAI Service Endpoint\nAZURE_OPENAI_API_KEY=Your Azure OpenAI Service API Key\n";
    let r = check_config(env, Some(".env"), None).unwrap();
    assert_eq!(
        summary(&r),
        vec![
            "placeholder-key .env:2".to_string(),
            "placeholder-setting .env:1".to_string()
        ],
        "{}",
        detail(&r)
    );
    let prompty = "{\"default\": {\"type\": \"azure_openai\", \"api_version\": \"${env:AZURE_OPENAI_API_VERSION}\", \"azure_endpoint\": \"${env:AZURE_OPENAI_ENDPOINT}\", \"azure_deployment\": \"gpt-4o\"}}";
    let r = check_config(prompty, Some("prompty.json"), None).unwrap();
    assert!(failing(summary(&r)).is_empty(), "{}", detail(&r));
    let hex: String = (0..32)
        .map(|i| char::from_digit((i * 5 + 1) % 16, 16).unwrap_or('0'))
        .collect();
    let r = check_config(&format!("AZURE_OPENAI_API_KEY={hex}\n"), Some(".env"), None).unwrap();
    assert!(failing(summary(&r)).is_empty(), "{}", detail(&r));
}

#[test]
fn credcheck_ignore_comments_silence_findings_in_env_and_yaml_files() {
    let env = "OPENAI_API_KEY=your-api-key\n";
    let rules = |text: &str, path: &str| -> Vec<String> {
        check_config(text, Some(path), None)
            .unwrap()
            .findings
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    assert!(rules(env, ".env").contains(&"placeholder-key".to_string()));
    let silenced = format!("# credcheck-ignore placeholder-key -- filled in by CI\n{env}");
    assert!(!rules(&silenced, ".env").contains(&"placeholder-key".to_string()));
    let other = format!("# credcheck-ignore empty-key\n{env}");
    assert!(
        rules(&other, ".env").contains(&"placeholder-key".to_string()),
        "another rule's id silences nothing"
    );
    let compose =
        "services:\n  api:\n    image: app\n    environment:\n      OPENAI_API_KEY: \"\"\n";
    let found = check_config(compose, Some("compose.yaml"), None)
        .unwrap()
        .findings;
    let line = found
        .iter()
        .find(|f| f.rule == "empty-key")
        .and_then(|f| f.location.line)
        .unwrap();
    let mut lines: Vec<&str> = compose.lines().collect();
    lines.insert(
        line as usize - 1,
        "      # credcheck-ignore empty-key -- set by the platform",
    );
    let silenced = lines.join("\n");
    assert!(
        !rules(&silenced, "compose.yaml").contains(&"empty-key".to_string()),
        "{silenced}"
    );
}

fn scan_files(files: &[(&str, &str)]) -> Report {
    let mut s = Scanner::new();
    for (path, text) in files {
        s.add(path, text.as_bytes(), None);
    }
    s.finish()
}

fn severity_of(report: &Report, rule: &str) -> Vec<Severity> {
    report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.severity)
        .collect()
}

/// blind6 (fastagency): `${VAR}` in a Compose service's env_file is expanded by Compose from the
/// host's environment (compose-go `WithServicesEnvironmentResolved`): info, not an error. The same
/// reference in a `.env` no Compose file loads depends on the loader: a warning.
#[test]
fn a_reference_in_a_compose_env_file_depends_on_the_host_environment() {
    let compose = "services:\n  app:\n    image: app\n    env_file:\n      - ./devcontainer.env\n";
    let env = "OPENAI_API_KEY=${OPENAI_API_KEY}\n";
    let r = scan_files(&[
        (".devcontainer/docker-compose.yml", compose),
        (".devcontainer/devcontainer.env", env),
    ]);
    assert_eq!(severity_of(&r, "unexpanded-reference"), [Severity::Info]);
    let r = scan_files(&[("app/.env", env)]);
    assert_eq!(severity_of(&r, "unexpanded-reference"), [Severity::Warning]);
    // The process's own environment holding the literal is still an error.
    let r = crate::env::check_env(
        &crate::env::Env::from_pairs([("OPENAI_API_KEY", "${OPENAI_API_KEY}")]),
        &crate::env::EnvOptions::default(),
    )
    .unwrap();
    assert_eq!(severity_of(&r, "unexpanded-reference"), [Severity::Error]);
}

/// blind6 (chat-ui): a duplicated flag no credential check reads breaks no call: info. A
/// duplicated key with two different values stays a warning.
#[test]
fn duplicate_keys_matter_only_for_credential_variables() {
    let r = scan_files(&[(".env", "USE_USER_TOKEN=false\nA=1\nUSE_USER_TOKEN=\n")]);
    assert_eq!(severity_of(&r, "duplicate-env-key"), [Severity::Info]);
    let env = format!(
        "OPENAI_API_KEY={}\nOPENAI_API_KEY={}\n",
        fake_key("openai", 1),
        fake_key("openai", 2)
    );
    let r = scan_files(&[(".env", &env)]);
    assert_eq!(severity_of(&r, "duplicate-env-key"), [Severity::Warning]);
}

/// blind6 (GenAIExamples): two text-embeddings servers from one image, one given HF_TOKEN: the
/// other needs none for a public model, so its lack is info; for OpenAI it stays a warning.
#[test]
fn a_missing_optional_credential_in_a_sibling_is_info() {
    let compose = |var: &str| {
        format!("services:\n  embed:\n    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.7\n  rerank:\n    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.7\n    environment:\n      {var}: ${{{var}}}\n")
    };
    let r = scan_files(&[("compose.yaml", &compose("HF_TOKEN"))]);
    assert_eq!(severity_of(&r, "missing-in-sibling"), [Severity::Info]);
    let r = scan_files(&[("compose.yaml", &compose("OPENAI_API_KEY"))]);
    assert_eq!(severity_of(&r, "missing-in-sibling"), [Severity::Warning]);
}
