use super::*;

#[test]
fn catalog_parses_and_covers_every_provider() {
    let ids: Vec<&str> = catalog()
        .providers()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "openai",
            "azure-openai",
            "anthropic",
            "gemini",
            "mistral",
            "groq",
            "cohere",
            "openrouter",
            "deepseek",
            "xai",
            "together",
            "huggingface",
            "bedrock"
        ]
    );
    for p in catalog().providers() {
        assert!(!p.key_shapes.is_empty(), "{} has no key shape", p.id);
        assert!(!p.auth.is_empty(), "{} has no auth", p.id);
        assert!(!p.health.url.is_empty(), "{} has no health endpoint", p.id);
        for v in &p.vars {
            assert!(!v.source.is_empty(), "{} has no source", v.name);
        }
        for s in &p.key_shapes {
            assert!(!s.source.is_empty(), "{} has no source", s.name);
            assert!(
                s.pattern.starts_with('^') && s.pattern.ends_with('$'),
                "{} is unanchored",
                s.name
            );
        }
    }
}

#[test]
fn bad_catalog_data_is_an_error() {
    let mut data: serde_json::Value = serde_json::from_str(CATALOG_JSON).unwrap();
    data["models"][0]["providers"][0] = "nobody".into();
    assert!(matches!(
        Catalog::from_json(&data.to_string()),
        Err(CatalogError::Reference(_))
    ));
    let mut data: serde_json::Value = serde_json::from_str(CATALOG_JSON).unwrap();
    data["placeholders"]["patterns"][0] = "(".into();
    let lazy = Catalog::from_json(&data.to_string()).unwrap();
    assert!(matches!(
        lazy.compile_all(),
        Err(CatalogError::Pattern { .. })
    ));
    catalog().compile_all().unwrap();
    let mut data: serde_json::Value = serde_json::from_str(CATALOG_JSON).unwrap();
    data["providers"][0]["key_shapes"][0]["template"] = "sk-{x}".into();
    assert!(matches!(
        Catalog::from_json(&data.to_string()),
        Err(CatalogError::Template { .. })
    ));
    let mut data: serde_json::Value = serde_json::from_str(CATALOG_JSON).unwrap();
    data["providers"][0]["key_shapes"][0]["prefix"] = "sk-nope-".into();
    assert!(matches!(
        Catalog::from_json(&data.to_string()),
        Err(CatalogError::Reference(_))
    ));
    assert!(matches!(
        Catalog::from_json("{"),
        Err(CatalogError::Json(_))
    ));
}

#[test]
fn models_map_to_providers() {
    let first = |m: &str| catalog().providers_for_model(m).first().map(|p| p.id);
    for (model, want) in [
        ("gpt-4o", Some("openai")),
        ("o3-mini", Some("openai")),
        ("text-embedding-3-small", Some("openai")),
        ("claude-3-5-sonnet-20241022", Some("anthropic")),
        ("anthropic/claude-3-haiku", Some("anthropic")),
        ("azure/my-gpt4o", Some("azure-openai")),
        ("gemini-1.5-pro", Some("gemini")),
        ("gemini/gemini-2.0-flash", Some("gemini")),
        ("mistral-large-latest", Some("mistral")),
        ("groq/llama-3.1-8b-instant", Some("groq")),
        ("command-r-plus", Some("cohere")),
        ("openrouter/anthropic/claude-3.5-sonnet", Some("openrouter")),
        ("deepseek-chat", Some("deepseek")),
        ("grok-2", Some("xai")),
        ("together_ai/meta-llama/Llama-3-70b", Some("together")),
        ("huggingface/meta-llama/Llama-3-8B", Some("huggingface")),
        ("anthropic.claude-3-5-sonnet-20240620-v1:0", Some("bedrock")),
        ("us.anthropic.claude-3-haiku-20240307-v1:0", Some("bedrock")),
        ("llama3", None),
    ] {
        assert_eq!(first(model).as_deref(), want, "{model}");
    }
    let gpt: Vec<_> = catalog()
        .providers_for_model("gpt-4o")
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(gpt, ["openai", "azure-openai"]);
}

#[test]
fn placeholders_and_references() {
    let c = catalog();
    for v in [
        "your-api-key",
        "YOUR_OPENAI_API_KEY",
        "sk-...",
        "sk-xxxxxxxx",
        "<OPENAI_API_KEY>",
        "changeme",
        "xxx",
        "None",
        "null",
        "undefined",
        "***",
        "insert-your-key-here",
        "sk-your-key-here",
    ] {
        assert!(c.is_placeholder(v), "{v} should be a placeholder");
    }
    for v in ["sk-proj-abc123", "hunter2-real", "AKIAIOSFODNN7EXAMPLE1"] {
        assert!(!c.is_placeholder(v), "{v} should not be a placeholder");
    }
    for v in [
        "${OPENAI_API_KEY}",
        "$OPENAI_API_KEY",
        "${KEY:-}",
        "${KEY:?required}",
        "%OPENAI_API_KEY%",
        "{{ .Values.key }}",
        "${{ secrets.OPENAI_API_KEY }}",
    ] {
        assert!(c.is_reference(v), "{v} should be a reference");
    }
    assert!(!c.is_reference("sk-abc$def"));
}

#[test]
fn every_sample_matches_its_own_shape_and_no_other_strong_shape() {
    for (p, shape, re) in catalog().shapes() {
        for seed in 1..20 {
            let key = sample_key(shape, seed);
            assert!(
                re.matches(&key),
                "{} sample does not match: {key}",
                shape.name
            );
            if shape.strength == Strength::Strong {
                for (q, other, re2) in catalog().shapes() {
                    if q.id != p.id && other.strength == Strength::Strong {
                        assert!(
                            !re2.matches(&key),
                            "{} sample also matches {}",
                            shape.name,
                            other.name
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn reference_prefilter_covers_every_reference_pattern() {
    // Every reference pattern starts with a literal, so the first-character test is exact.
    let starts: Vec<Option<char>> = catalog()
        .data
        .placeholders
        .references
        .iter()
        .map(|p| literal_start(p))
        .collect();
    assert!(starts.iter().all(Option::is_some), "{starts:?}");
    assert_eq!(literal_start(r"^\$\{X\}$"), Some('$'));
    assert_eq!(literal_start("^%X%$"), Some('%'));
    assert_eq!(literal_start("^(?:a|b)"), None);
}

#[test]
fn templates_agree_with_the_published_regexes() {
    for (_, shape, t) in catalog().shapes() {
        let re = regex_lite::Regex::new(&shape.pattern).unwrap();
        for seed in 1..40 {
            let key = sample_key(shape, seed);
            let mut variants = vec![
                key.clone(),
                key[..key.len() - 1].to_string(),
                format!("{key}a"),
                format!("x{key}"),
            ];
            let mid = key.len() / 2;
            variants.push(format!("{}!{}", &key[..mid], &key[mid + 1..]));
            variants.push(format!("{} {}", &key[..mid], &key[mid..]));
            for v in variants {
                assert_eq!(
                    t.matches(&v),
                    re.is_match(&v),
                    "{}: template and regex disagree on {v}",
                    shape.name
                );
            }
        }
    }
}

#[test]
fn the_baked_catalog_is_the_json_and_valid() {
    // build.rs bakes providers.json into CATALOG_DATA; what the binary reads at start-up must be
    // exactly what the JSON says, and pass the validation the start-up path skips.
    let from_json = Catalog::from_json(CATALOG_JSON).unwrap();
    assert_eq!(CATALOG_DATA, from_json.data);
    Catalog::from_data(CATALOG_DATA.clone()).unwrap();
}

#[test]
fn variable_names_are_upper_case_and_relevance_ignores_case_and_spaces() {
    // is_relevant_name's case-insensitive binary search relies on this.
    for (p, v) in catalog()
        .providers()
        .iter()
        .flat_map(|p| p.vars.iter().map(move |v| (p, v)))
    {
        assert_eq!(
            v.name.as_str(),
            v.name.to_ascii_uppercase(),
            "{} {}",
            p.id,
            v.name
        );
    }
    let c = catalog();
    for name in [
        "OPENAI_API_KEY",
        "openai_api_key",
        " OpenAI_Api_Key ",
        "https_proxy",
        "HTTPS_PROXY",
    ] {
        assert!(c.is_relevant_name(name), "{name}");
    }
    for name in ["PATH", "OPENAI_API_KEYS", "HOME", "", "APP_SETTING_1"] {
        assert!(!c.is_relevant_name(name), "{name}");
    }
}
