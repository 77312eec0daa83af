use super::*;
use crate::catalog::sample_key;
use crate::finding::Severity;

fn key(shape: &str) -> String {
    let (_, s, _) = catalog()
        .shapes()
        .find(|(_, s, _)| s.name == shape)
        .expect(shape);
    sample_key(s, 42)
}

fn opts(providers: &[&str], models: &[&str]) -> EnvOptions {
    EnvOptions {
        providers: providers.iter().map(|s| s.to_string()).collect(),
        models: models.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

fn run(pairs: &[(&str, &str)], o: &EnvOptions) -> Report {
    check_env(
        &Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string()))),
        o,
    )
    .unwrap()
}

/// (rule, severity, env var) of each finding.
fn rules(r: &Report) -> Vec<(String, Severity, String)> {
    r.findings
        .iter()
        .map(|f| {
            (
                f.rule.clone(),
                f.severity,
                f.location.env.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn has(r: &Report, rule: &str, var: &str) -> bool {
    r.findings
        .iter()
        .any(|f| f.rule == rule && f.location.env.as_deref() == Some(var))
}

#[test]
fn clean_env_is_ok() {
    let r = run(
        &[("OPENAI_API_KEY", &key("OpenAI project key"))],
        &opts(&["openai"], &["gpt-4o"]),
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
    assert!(r.summary.ok);
    assert_eq!(r.summary.providers, ["openai"]);
}

#[test]
fn missing_empty_placeholder_reference() {
    let o = opts(&["openai", "anthropic", "groq", "mistral"], &[]);
    let r = run(
        &[
            ("ANTHROPIC_API_KEY", ""),
            ("GROQ_API_KEY", "your-api-key"),
            ("MISTRAL_API_KEY", "${MISTRAL_API_KEY}"),
        ],
        &o,
    );
    assert!(has(&r, "missing-key", "OPENAI_API_KEY"), "{:?}", rules(&r));
    assert!(has(&r, "empty-key", "ANTHROPIC_API_KEY"));
    assert!(has(&r, "placeholder-key", "GROQ_API_KEY"));
    assert!(has(&r, "unexpanded-reference", "MISTRAL_API_KEY"));
    assert_eq!(r.summary.errors, 4, "{:?}", rules(&r));
    assert!(
        !has(&r, "missing-key", "ANTHROPIC_API_KEY"),
        "empty is not also missing"
    );
}

#[test]
fn wrong_slot_keys_are_provider_mismatches() {
    let o = opts(&["openai", "azure-openai"], &[]);
    let r = run(
        &[
            ("OPENAI_API_KEY", &key("Azure AI services key")),
            ("AZURE_OPENAI_API_KEY", &key("Anthropic API key")),
            ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
            ("OPENAI_API_VERSION", "2024-10-21"),
        ],
        &o,
    );
    assert!(
        has(&r, "provider-mismatch", "OPENAI_API_KEY"),
        "{:?}",
        rules(&r)
    );
    assert!(has(&r, "provider-mismatch", "AZURE_OPENAI_API_KEY"));
    let f = r
        .findings
        .iter()
        .find(|f| f.location.env.as_deref() == Some("AZURE_OPENAI_API_KEY"))
        .unwrap();
    assert!(f.message.contains("Anthropic"), "{}", f.message);
    assert_eq!(
        f.secret.as_ref().unwrap().provider.as_deref(),
        Some("anthropic")
    );
}

#[test]
fn legacy_azure_hex_key_in_openai_slot() {
    let r = run(
        &[("OPENAI_API_KEY", &key("Azure OpenAI legacy key"))],
        &opts(&["openai"], &[]),
    );
    assert!(
        has(&r, "provider-mismatch", "OPENAI_API_KEY"),
        "{:?}",
        rules(&r)
    );
}

#[test]
fn openai_key_with_azure_base_url() {
    let r = run(
        &[
            ("OPENAI_API_KEY", &key("OpenAI project key")),
            ("OPENAI_BASE_URL", "https://res.openai.azure.com/"),
        ],
        &opts(&["openai"], &[]),
    );
    assert!(
        has(&r, "provider-mismatch", "OPENAI_BASE_URL"),
        "{:?}",
        rules(&r)
    );
}

#[test]
fn compatible_endpoint_with_its_own_key_is_fine() {
    let r = run(
        &[
            ("OPENAI_API_KEY", &key("Groq API key")),
            ("OPENAI_BASE_URL", "https://api.groq.com/openai/v1"),
        ],
        &opts(&["openai"], &[]),
    );
    assert!(r.summary.ok, "{:?}", rules(&r));
    let r = run(
        &[
            ("OPENAI_API_KEY", "sk-litellm-virtual-1234"),
            ("OPENAI_BASE_URL", "http://litellm:4000"),
        ],
        &opts(&["openai"], &[]),
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
}

#[test]
fn missing_key_is_one_rule_whatever_else_is_set() {
    let want = [(
        "missing-key".to_string(),
        Severity::Error,
        "ANTHROPIC_API_KEY".to_string(),
    )];
    let r = run(
        &[("OPENAI_API_KEY", &key("OpenAI project key"))],
        &opts(&[], &["claude-3-5-sonnet-20241022"]),
    );
    assert_eq!(rules(&r), want);
    assert!(r.findings[0]
        .message
        .ends_with("ANTHROPIC_API_KEY is not set; OPENAI_API_KEY is set, for OpenAI"));
    assert!(r.findings[0]
        .fix
        .ends_with("or choose a model of a provider whose key is set"));
    let r = run(&[], &opts(&[], &["claude-3-5-sonnet-20241022"]));
    assert_eq!(rules(&r), want);
    assert!(!r.findings[0].message.contains("is set"));
    // With the Anthropic key present, all is well.
    let r = run(
        &[
            ("OPENAI_API_KEY", &key("OpenAI project key")),
            ("ANTHROPIC_API_KEY", &key("Anthropic API key")),
        ],
        &opts(&[], &["claude-3-5-sonnet-20241022", "gpt-4o"]),
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
    assert_eq!(r.summary.providers, ["anthropic", "openai"]);
}

#[test]
fn gpt_model_served_by_azure_when_azure_is_configured() {
    let r = run(
        &[
            ("AZURE_OPENAI_API_KEY", &key("Azure AI services key")),
            ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
            ("OPENAI_API_VERSION", "2024-06-01"),
        ],
        &opts(&[], &["gpt-4o"]),
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
    assert_eq!(r.summary.providers, ["azure-openai"]);
}

#[test]
fn azure_completeness() {
    let base = [("AZURE_OPENAI_API_KEY", key("Azure AI services key"))];
    let pairs: Vec<(&str, &str)> = base.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = run(&pairs, &opts(&["azure-openai"], &[]));
    assert!(
        has(&r, "azure-missing-endpoint", "AZURE_OPENAI_ENDPOINT"),
        "{:?}",
        rules(&r)
    );
    assert!(
        has(&r, "azure-missing-api-version", "OPENAI_API_VERSION"),
        "{:?}",
        rules(&r)
    );
    assert!(
        !r.findings
            .iter()
            .any(|f| f.rule == "azure-missing-deployment"),
        "no framework: deployment not required"
    );

    let mut o = opts(&["azure-openai"], &[]);
    o.framework = Some("langchain".into());
    let mut pairs = pairs.clone();
    pairs.push(("AZURE_OPENAI_ENDPOINT", "https://res.azure.openai.com"));
    pairs.push(("AZURE_OPENAI_API_VERSION", "2024-06-01"));
    let r = run(&pairs, &o);
    assert!(
        has(&r, "azure-invalid-endpoint", "AZURE_OPENAI_ENDPOINT"),
        "{:?}",
        rules(&r)
    );
    assert!(
        has(&r, "env-name-not-read", "AZURE_OPENAI_API_VERSION"),
        "{:?}",
        rules(&r)
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "azure-missing-deployment"),
        "{:?}",
        rules(&r)
    );
    o.deployment = Some("gpt4o-prod".into());
    let r = run(&pairs, &o);
    assert!(!r
        .findings
        .iter()
        .any(|f| f.rule == "azure-missing-deployment"));
}

#[test]
fn azure_unknown_version_and_litellm_names() {
    let mut o = opts(&[], &["azure/my-deployment"]);
    o.framework = Some("litellm".into());
    let k = key("Azure OpenAI legacy key");
    let r = run(
        &[
            ("AZURE_API_KEY", &k),
            ("AZURE_API_BASE", "https://res.openai.azure.com"),
            ("AZURE_API_VERSION", "2023-01-01"),
        ],
        &o,
    );
    assert_eq!(
        rules(&r),
        [(
            "azure-unknown-api-version".to_string(),
            Severity::Warning,
            "AZURE_API_VERSION".to_string()
        )]
    );
}

#[test]
fn langchain_azure_falls_back_to_openai_key() {
    let mut o = opts(&["azure-openai"], &[]);
    o.framework = Some("langchain".into());
    o.deployment = Some("d".into());
    let r = run(
        &[
            ("OPENAI_API_KEY", &key("OpenAI project key")),
            ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
            ("OPENAI_API_VERSION", "2024-10-21"),
        ],
        &o,
    );
    assert!(
        has(&r, "provider-mismatch", "OPENAI_API_KEY"),
        "{:?}",
        rules(&r)
    );
}

#[test]
fn quotes_whitespace_and_truncation() {
    let k = key("Anthropic API key");
    let r = run(
        &[
            ("ANTHROPIC_API_KEY", &format!("\"{k}\"")),
            (
                "OPENAI_API_KEY",
                &format!("{}\r", key("OpenAI project key")),
            ),
            ("GROQ_API_KEY", &key("Groq API key")[..30]),
        ],
        &opts(&["anthropic", "openai", "groq"], &[]),
    );
    assert!(
        has(&r, "quoted-value", "ANTHROPIC_API_KEY"),
        "{:?}",
        rules(&r)
    );
    assert!(has(&r, "whitespace-in-value", "OPENAI_API_KEY"));
    assert!(has(&r, "malformed-key", "GROQ_API_KEY"));
    assert!(r.findings.iter().all(|f| f.severity == Severity::Error));
}

#[test]
fn expired_and_expiring_tokens() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let jwt = |exp: i64| {
        format!(
            "eyJhbGciOiJub25lIn0.{}.c2ln",
            URL_SAFE_NO_PAD.encode(format!("{{\"exp\":{exp}}}"))
        )
    };
    let mut o = opts(&["azure-openai"], &[]);
    o.now = Some(1_800_000_000);
    let env = [
        ("AZURE_OPENAI_AD_TOKEN", jwt(1_800_000_000 - 3600)),
        (
            "AZURE_OPENAI_ENDPOINT",
            "https://r.openai.azure.com/".into(),
        ),
        ("OPENAI_API_VERSION", "2024-10-21".into()),
    ];
    let pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = run(&pairs, &o);
    assert!(
        has(&r, "token-expired", "AZURE_OPENAI_AD_TOKEN"),
        "{:?}",
        rules(&r)
    );
    assert!(
        r.findings[0].message.contains("60 min ago"),
        "{}",
        r.findings[0].message
    );
    let soon = jwt(1_800_000_000 + 120);
    let r = run(&[("AZURE_OPENAI_AD_TOKEN", &soon), pairs[1], pairs[2]], &o);
    assert_eq!(
        rules(&r),
        [(
            "token-expiring".into(),
            Severity::Warning,
            "AZURE_OPENAI_AD_TOKEN".into()
        )]
    );
    let later = jwt(1_800_000_000 + 86_400);
    let r = run(&[("AZURE_OPENAI_AD_TOKEN", &later), pairs[1], pairs[2]], &o);
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
}

#[test]
fn proxy_set_while_key_is_empty() {
    let r = run(
        &[("HTTPS_PROXY", "http://proxy:3128"), ("OPENAI_API_KEY", "")],
        &opts(&["openai"], &[]),
    );
    assert!(
        has(&r, "proxy-without-key", "HTTPS_PROXY"),
        "{:?}",
        rules(&r)
    );
    let r = run(
        &[
            ("HTTPS_PROXY", "http://proxy:3128"),
            ("OPENAI_API_KEY", &key("OpenAI project key")),
        ],
        &opts(&["openai"], &[]),
    );
    assert!(r.findings.is_empty());
}

#[test]
fn odd_names_and_values() {
    let mut map = serde_json::Map::new();
    map.insert("OPENAI_API_KEY".into(), serde_json::json!(12345));
    map.insert(
        "ANTHROPIC_API_KEY ".into(),
        serde_json::json!(key("Anthropic API key")),
    );
    map.insert(
        "groq_api_key".into(),
        serde_json::json!(key("Groq API key")),
    );
    map.insert(
        "MISTRAL_API_KEY".into(),
        serde_json::json!("x".repeat(100_000)),
    );
    map.insert("UNRELATED".into(), serde_json::json!({"a": 1}));
    map.insert("GONE".into(), serde_json::Value::Null);
    let r = check_env(&Env::from_json(&map), &EnvOptions::default()).unwrap();
    assert!(
        has(&r, "invalid-env-value", "OPENAI_API_KEY"),
        "{:?}",
        rules(&r)
    );
    assert!(has(&r, "env-name-whitespace", "ANTHROPIC_API_KEY "));
    assert!(has(&r, "env-name-case", "groq_api_key"));
    assert!(has(&r, "oversized-value", "MISTRAL_API_KEY"));
    assert_eq!(r.summary.errors, 3, "{:?}", rules(&r));
}

#[test]
fn bedrock_needs_both_halves_and_a_region() {
    let r = run(
        &[("AWS_ACCESS_KEY_ID", &key("AWS access key id"))],
        &opts(&["bedrock"], &[]),
    );
    assert!(
        has(&r, "missing-key", "AWS_SECRET_ACCESS_KEY"),
        "{:?}",
        rules(&r)
    );
    assert!(has(&r, "missing-region", "AWS_REGION"), "{:?}", rules(&r));
    let r = run(
        &[("AWS_PROFILE", "prod"), ("AWS_REGION", "us-east-1")],
        &opts(&[], &["bedrock/anthropic.claude-3-haiku"]),
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
}

#[test]
fn unknown_ids_are_errors_not_findings() {
    let e = check_env(&Env::default(), &opts(&["openia"], &[])).unwrap_err();
    assert!(e.to_string().contains("openia") && e.to_string().contains("openai"));
    let mut o = opts(&[], &[]);
    o.framework = Some("spring".into());
    assert!(matches!(
        check_env(&Env::default(), &o),
        Err(CheckError::UnknownFramework(..))
    ));
}

#[test]
fn nothing_declared_nothing_present() {
    let r = run(&[("PATH", "/usr/bin")], &EnvOptions::default());
    assert_eq!(
        rules(&r),
        [("no-credentials".into(), Severity::Info, String::new())]
    );
    assert!(r.summary.ok);
}

#[test]
fn undeclared_present_provider_is_still_checked() {
    let r = run(&[("GEMINI_API_KEY", "changeme")], &EnvOptions::default());
    assert!(has(&r, "placeholder-key", "GEMINI_API_KEY"));
    let r = run(
        &[
            ("GEMINI_API_KEY", "changeme"),
            ("OPENAI_API_KEY", &key("OpenAI project key")),
        ],
        &opts(&["openai"], &[]),
    );
    assert_eq!(
        r.findings[0].severity,
        Severity::Warning,
        "not needed: a warning"
    );
}

#[test]
fn dotenv_locations() {
    let files = [
        ("base.env".to_string(), "OPENAI_API_KEY=x\n".to_string()),
        (
            "app/.env".to_string(),
            "# app\nOPENAI_API_KEY=\nbroken line\n".to_string(),
        ),
    ];
    let r = check_env_files(&files, &opts(&["openai"], &[])).unwrap();
    assert_eq!(r.summary.errors, 2, "{:?}", rules(&r));
    let empty = r.findings.iter().find(|f| f.rule == "empty-key").unwrap();
    assert_eq!(empty.location.display(), "app/.env:2:1 (OPENAI_API_KEY)");
    let syntax = r
        .findings
        .iter()
        .find(|f| f.rule == "env-file-syntax")
        .unwrap();
    assert_eq!(
        (syntax.location.file.as_deref(), syntax.location.line),
        (Some("app/.env"), Some(3))
    );
}

#[test]
fn llamaindex_azure_reads_the_key_from_openai_api_key() {
    let mut o = opts(&["azure-openai"], &[]);
    o.framework = Some("llamaindex".into());
    o.deployment = Some("gpt4o-prod".into());
    let z = key("Azure AI services key");
    let base = [
        ("AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com/"),
        ("OPENAI_API_VERSION", "2024-10-21"),
    ];
    let mut pairs: Vec<(&str, &str)> = base.to_vec();
    pairs.push(("OPENAI_API_KEY", &z));
    let r = run(&pairs, &o);
    assert!(r.summary.ok, "{:?}", rules(&r));
    // AZURE_OPENAI_API_KEY alone is not read by LlamaIndex's AzureOpenAI.
    let mut pairs: Vec<(&str, &str)> = base.to_vec();
    pairs.push(("AZURE_OPENAI_API_KEY", &z));
    let r = run(&pairs, &o);
    assert!(
        has(&r, "env-name-not-read", "AZURE_OPENAI_API_KEY"),
        "{:?}",
        rules(&r)
    );
}

#[test]
fn langchainjs_reads_other_azure_names_than_langchain_python() {
    let mut o = opts(&["azure-openai"], &[]);
    o.framework = Some("langchainjs".into());
    let z = key("Azure AI services key");
    let r = run(
        &[
            ("AZURE_OPENAI_API_KEY", &z),
            ("AZURE_OPENAI_API_INSTANCE_NAME", "my-res"),
            ("AZURE_OPENAI_API_DEPLOYMENT_NAME", "gpt4o-prod"),
            ("AZURE_OPENAI_API_VERSION", "2024-10-21"),
        ],
        &o,
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
    let r = run(
        &[
            ("AZURE_OPENAI_API_KEY", &z),
            ("AZURE_OPENAI_ENDPOINT", "https://my-res.openai.azure.com/"),
            ("OPENAI_API_VERSION", "2024-10-21"),
        ],
        &o,
    );
    assert!(
        has(&r, "env-name-not-read", "OPENAI_API_VERSION"),
        "{:?}",
        rules(&r)
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "azure-missing-deployment"),
        "{:?}",
        rules(&r)
    );
    // A framework the catalog records nothing for, for a provider, reads every name.
    let mut o = opts(&["groq"], &[]);
    o.framework = Some("langchainjs".into());
    assert!(run(&[("GROQ_API_KEY", &key("Groq API key"))], &o)
        .findings
        .is_empty());
}

#[test]
fn required_names_mix_providers_variables_and_models_and_an_unknown_one_is_an_error() {
    let env = Env::from_pairs([("OPENAI_API_KEY", "")]);
    let opts = |required: &[&str]| EnvOptions {
        required: required.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    for name in ["openai", "OPENAI_API_KEY", "gpt-4o"] {
        let r = check_env(&env, &opts(&[name])).unwrap();
        assert_eq!(r.summary.providers, ["openai"], "{name}");
        assert!(r.findings.iter().any(|f| f.rule == "empty-key"), "{name}");
    }
    let r = check_env(&Env::default(), &opts(&["ANTHROPIC_API_KEY"])).unwrap();
    assert!(r
        .findings
        .iter()
        .any(|f| f.rule == "missing-key" && f.provider.as_deref() == Some("anthropic")));
    let err = check_env(&env, &opts(&["OPENAI_KEY"])).unwrap_err();
    assert!(
        matches!(err, CheckError::UnknownRequirement(ref n, _) if n == "OPENAI_KEY"),
        "{err}"
    );
}

#[test]
fn asserting_nothing_in_an_empty_environment_is_an_error() {
    let plain = check_env(&Env::default(), &EnvOptions::default()).unwrap();
    assert_eq!(plain.findings[0].severity, Severity::Info);
    let asserted = check_env(
        &Env::default(),
        &EnvOptions {
            assert: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        (
            asserted.findings[0].rule.as_str(),
            asserted.findings[0].severity
        ),
        ("no-credentials", Severity::Error)
    );
    assert!(!asserted.summary.ok);
}
