//! Rules that no fixture reached (issue 19): each test here fails when the rule's emission is
//! removed, at every place that emits it. Exact (rule, severity, where) triples, not "some
//! finding": a rule renamed, softened or moved to another line fails too.

use credcheck::catalog::{catalog, sample_key};
use credcheck::finding::Severity;
use credcheck::scan::check_config;
use credcheck::{check_env, Env, EnvOptions, Report};

fn key(shape: &str) -> String {
    let (_, s, _) = catalog()
        .shapes()
        .find(|(_, s, _)| s.name == shape)
        .expect(shape);
    sample_key(s, 19)
}

fn env(pairs: &[(&str, &str)], providers: &[&str]) -> Report {
    let opts = EnvOptions {
        providers: providers.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    check_env(
        &Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string()))),
        &opts,
    )
    .unwrap()
}

/// (rule, severity, env var) of every finding.
fn by_var(r: &Report) -> Vec<(String, Severity, String)> {
    let mut v: Vec<_> = r
        .findings
        .iter()
        .map(|f| {
            (
                f.rule.clone(),
                f.severity,
                f.location.env.clone().unwrap_or_default(),
            )
        })
        .collect();
    v.sort_by(|a, b| (&a.0, &a.2).cmp(&(&b.0, &b.2)));
    v
}

/// (rule, severity, line) of every finding.
fn by_line(r: &Report) -> Vec<(String, Severity, u32)> {
    let mut v: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.severity, f.location.line.unwrap_or(0)))
        .collect();
    v.sort_by(|a, b| (a.2, &a.0).cmp(&(b.2, &b.0)));
    v
}

fn t(rule: &str, sev: Severity, var: &str) -> (String, Severity, String) {
    (rule.to_string(), sev, var.to_string())
}

fn l(rule: &str, sev: Severity, line: u32) -> (String, Severity, u32) {
    (rule.to_string(), sev, line)
}

#[test]
fn placeholder_setting_in_the_environment() {
    // The endpoint of a working Azure key holds the portal's placeholder.
    let r = env(
        &[
            ("AZURE_OPENAI_API_KEY", &key("Azure OpenAI legacy key")),
            (
                "AZURE_OPENAI_ENDPOINT",
                "https://<your-resource-name>.openai.azure.com/",
            ),
            ("OPENAI_API_VERSION", "2024-10-21"),
        ],
        &["azure-openai"],
    );
    assert_eq!(
        by_var(&r),
        vec![t(
            "placeholder-setting",
            Severity::Error,
            "AZURE_OPENAI_ENDPOINT"
        )],
        "{:#?}",
        r.findings
    );
    // A placeholder api-version (a setting that is not an endpoint) is one too.
    let r = env(
        &[
            ("AZURE_OPENAI_API_KEY", &key("Azure OpenAI legacy key")),
            ("AZURE_OPENAI_ENDPOINT", "https://my-res.openai.azure.com/"),
            ("OPENAI_API_VERSION", "<your-api-version>"),
        ],
        &["azure-openai"],
    );
    assert_eq!(
        by_var(&r),
        vec![t(
            "placeholder-setting",
            Severity::Error,
            "OPENAI_API_VERSION"
        )],
        "{:#?}",
        r.findings
    );
}

#[test]
fn placeholder_setting_in_a_config() {
    // An AutoGen config list whose Azure base_url is the placeholder endpoint.
    let list = format!(
        "[\n  {{\n    \"model\": \"gpt-4o\",\n    \"api_type\": \"azure\",\n    \"api_key\": \"{}\",\n    \"base_url\": \"https://<your-resource>.openai.azure.com/\",\n    \"api_version\": \"2024-10-21\"\n  }}\n]\n",
        key("Azure OpenAI legacy key")
    );
    let r = check_config(&list, Some("OAI_CONFIG_LIST"), None).unwrap();
    let got: Vec<_> = by_line(&r)
        .into_iter()
        .filter(|(rule, _, _)| rule == "placeholder-setting")
        .collect();
    assert_eq!(
        got,
        // A committed config: info, a template to fill in (an error only in a live environment).
        vec![l("placeholder-setting", Severity::Info, 6)],
        "{:#?}",
        r.findings
    );
}

#[test]
fn scheme_in_key_in_the_environment_and_in_a_config() {
    let k = key("OpenAI project key");
    let r = env(&[("OPENAI_API_KEY", &format!("Bearer {k}"))], &["openai"]);
    assert_eq!(
        by_var(&r),
        vec![t("scheme-in-key", Severity::Error, "OPENAI_API_KEY")],
        "{:#?}",
        r.findings
    );
    let list = format!("[\n  {{\"model\": \"gpt-4o\", \"api_key\": \"Bearer {k}\"}}\n]\n");
    let r = check_config(&list, Some("OAI_CONFIG_LIST"), None).unwrap();
    let got: Vec<_> = by_line(&r)
        .into_iter()
        .filter(|(rule, _, _)| rule == "scheme-in-key")
        .collect();
    assert_eq!(
        got,
        vec![l("scheme-in-key", Severity::Error, 2)],
        "{:#?}",
        r.findings
    );
}

#[test]
fn malformed_token() {
    // Three dot-separated parts that start like a JWT header, whose claims are not base64 JSON.
    let token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.%%%not-base64%%%.c2lnbmF0dXJl";
    let r = env(
        &[
            ("AZURE_OPENAI_AD_TOKEN", token),
            ("AZURE_OPENAI_ENDPOINT", "https://my-res.openai.azure.com/"),
            ("OPENAI_API_VERSION", "2024-10-21"),
        ],
        &["azure-openai"],
    );
    assert_eq!(
        by_var(&r),
        vec![t(
            "malformed-token",
            Severity::Warning,
            "AZURE_OPENAI_AD_TOKEN"
        )],
        "{:#?}",
        r.findings
    );
}

#[test]
fn secret_ref_missing_key_and_missing_secret() {
    let manifests = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm\nstringData:\n  other-key: x\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: app\n          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: llm\n                  key: openai-api-key\n            - name: ANTHROPIC_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: no-such-secret\n                  key: anthropic-api-key\n";
    let r = check_config(manifests, Some("k8s.yaml"), None).unwrap();
    let got: Vec<_> = by_line(&r)
        .into_iter()
        .filter(|(rule, _, _)| rule == "secret-ref-missing")
        .collect();
    assert_eq!(
        got,
        vec![
            // The Secret exists but has no such key: the pod cannot start.
            l("secret-ref-missing", Severity::Error, 19),
            // No scanned manifest defines the Secret: it may come from elsewhere.
            l("secret-ref-missing", Severity::Warning, 24),
        ],
        "{:#?}",
        r.findings
    );
}
