//! Lint fixtures: every case in `tests/fixtures/lint/<case>/` has a `broken` folder whose findings
//! are listed in `expected.txt` (`rule file:line`, errors and warnings) and a `fixed` folder with
//! none. Keys are templates (`{{key:<provider>}}`) filled with fake keys when read.

use super::*;
use crate::scan::tests::{detail, failing, fake_key, fill, summary};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint")
}

fn lint_dir(dir: &Path) -> Report {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, fill(&std::fs::read_to_string(&p).unwrap()))
        })
        .collect();
    files.sort();
    lint_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
}

#[test]
fn fixtures_broken_and_fixed() {
    let mut failures = Vec::new();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "lint fixtures missing");
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let broken = lint_dir(&case.join("broken"));
        // A missing expected.txt is a broken case, not "expect nothing" (write an empty file).
        let mut expected: Vec<String> = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|e| panic!("{name}/expected.txt: {e}"))
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        expected.sort();
        if summary(&broken) != expected {
            failures.push(format!(
                "{name}/broken: expected {expected:?}, got {:?}\n{}",
                summary(&broken),
                detail(&broken)
            ));
        }
        let fixed = lint_dir(&case.join("fixed"));
        if !failing(summary(&fixed)).is_empty() {
            failures.push(format!("{name}/fixed should be clean:\n{}", detail(&fixed)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_lint_rule_is_catalogued_and_the_patterns_parse() {
    assert!(
        !patterns::patterns().clients.is_empty(),
        "patterns.json did not parse"
    );
    for id in [
        "source-syntax",
        "client-at-import",
        "unchecked-env-key",
        "dotenv-after-client",
        "azure-client-incomplete",
        "token-cached-at-module",
    ] {
        assert!(
            crate::rules::find(id).is_some(),
            "{id} missing from rules.rs"
        );
    }
}

#[test]
fn keys_are_masked_in_findings_and_syntax_errors() {
    let key = fake_key("openai", 7);
    let cases = [
        ("a.py", format!("client = OpenAI(api_key=\"{key}\")\n")),
        (
            "b.ts",
            format!("const c = new OpenAI({{ apiKey: \"{key}\" }});\n"),
        ),
        ("c.py", format!("x = \"{key}\" +\n")),
        ("d.ts", format!("const x = \"{key}\" +;\n")),
    ];
    for (path, text) in &cases {
        let report = lint_files([(*path, text.as_str())]);
        assert!(!report.findings.is_empty(), "{path}: no finding");
        let out = serde_json::to_string(&report).unwrap()
            + &crate::report::render(&report, crate::report::Format::Text)
            + &crate::report::render(&report, crate::report::Format::Sarif);
        for i in 0..key.len().saturating_sub(8) {
            let run = &key[i..i + 8];
            if run.starts_with("sk-proj-") {
                continue;
            }
            assert!(!out.contains(run), "{path}: {run} leaked in {out}");
        }
    }
}

#[test]
fn hostile_sources_give_one_clear_finding() {
    let deep_js = format!("const x = {}1{};", "[".repeat(100_000), "]".repeat(100_000));
    let deep_py = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let nul = "import os\x00\x00\nkey = os.getenv('X')\n".to_string();
    let huge = "a".repeat(MAX_SOURCE_BYTES + 1);
    for (path, text) in [
        ("deep.js", &deep_js),
        ("deep.py", &deep_py),
        ("nul.py", &nul),
        ("huge.ts", &huge),
    ] {
        let findings = lint_source(path, text).unwrap();
        assert_eq!(findings.len(), 1, "{path}: {findings:?}");
        assert_eq!(findings[0].rule, "source-syntax", "{path}");
        assert_eq!(findings[0].location.file.as_deref(), Some(path));
    }
    // A BOM and CRLF line ends are read as usual.
    let crlf = "\u{feff}from openai import OpenAI\r\nimport os\r\n\r\nc = OpenAI(api_key=os.getenv(\"OPENAI_API_KEY\", \"\"))\r\n";
    let findings = lint_source("crlf.py", crlf).unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].location.line, Some(4));
}

#[test]
fn other_files_are_not_linted() {
    assert!(lint_source("README.md", "new OpenAI()").is_none());
    assert!(lint_source("Makefile", "x").is_none());
    assert_eq!(Lang::of("a/b.TSX"), Some(Lang::Js));
    assert_eq!(Lang::of("x.pyi"), Some(Lang::Python));
}

#[test]
fn lines_and_columns_count_characters() {
    let lines = checks::Lines::new("ab\né😀x\n");
    assert_eq!(lines.at(0), (1, 1));
    assert_eq!(lines.at(3), (2, 1));
    assert_eq!(lines.at(9), (2, 3));
}

/// The line index is built once per source and each finding placed by a binary search and the
/// characters of its own line: doubling the lines of a source, each with a finding, at most
/// doubles the counted work (crate::work), where a search from the top per finding would not.
#[test]
fn placing_findings_is_linear_in_the_lines_of_a_source() {
    crate::work::assert_linear("lines of a source", 500, 256, |n| {
        let mut text = String::from("import { fork } from 'node:child_process';\n");
        for i in 0..n {
            text.push_str(&format!("fork('w{i:05}.js', [], {{ env: {{}} }});\n"));
        }
        let findings = lint_source("app.js", &text).unwrap_or_default();
        let lines: Vec<u32> = findings.iter().filter_map(|f| f.location.line).collect();
        assert_eq!(lines, (2..n as u32 + 2).collect::<Vec<_>>(), "{findings:?}");
    });
}

#[test]
fn a_credcheck_ignore_comment_silences_its_line_and_the_next() {
    let text = "import { fork } from 'node:child_process';\n\
        // credcheck-ignore env-not-propagated -- the worker must not see credentials\n\
        fork('a.js', [], { env: {} });\n\
        fork('b.js', [], { env: {} }); // credcheck-ignore\n\
        fork('c.js', [], { env: {} }); // credcheck-ignore unchecked-env-key\n\
        fork('d.js', [], { env: {} });\n";
    let findings = lint_source("a.ts", text).unwrap();
    let lines: Vec<u32> = findings.iter().filter_map(|f| f.location.line).collect();
    assert_eq!(lines, vec![5, 6], "{findings:?}");
    let py = "import subprocess\nsubprocess.run(['x'], env={})  # credcheck-ignore: env-not-propagated\n";
    assert!(lint_source("a.py", py).unwrap().is_empty());
}

#[test]
fn spread_options_may_hold_the_azure_settings() {
    let js = "const c = () => new AzureOpenAI({ apiVersion: '2024-10-21', ...params });\n";
    assert!(lint_source("a.ts", js).unwrap().is_empty());
    let py = "def f(**kw):\n    return AzureChatOpenAI(**kw)\n";
    assert!(lint_source("a.py", py).unwrap().is_empty());
    let bare = "import { AzureOpenAI } from 'openai';\nconst c = () => new AzureOpenAI({ apiVersion: '2024-10-21' });\n";
    let found = lint_source("a.ts", bare).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    // The endpoint falls back to AZURE_OPENAI_ENDPOINT: only the environment can say.
    assert_eq!(found[0].severity, crate::finding::Severity::Info);
}

#[test]
fn long_operator_chains_are_a_syntax_finding_not_a_stack_overflow() {
    // Found with long inputs fed to the lint fuzz targets: chains with no brackets nest the parsers (oxc's unary, await,
    // conditional, arrow and if parsing) or the tree walk (a+a+…, f()()…, a.b.b…) one level per
    // operator; a few thousand overflowed the stack (in WebAssembly: a dead module).
    let n = 100_000;
    let cases = [
        ("a.ts", format!("x = {}a;\n", "!".repeat(n))),
        ("a.ts", format!("x = {}a;\n", "a+".repeat(n))),
        ("a.ts", format!("x = a{};\n", "()".repeat(n))),
        ("a.ts", format!("x = {}c;\n", "a?b:".repeat(n))),
        ("a.ts", format!("{}x;\n", "if(a)".repeat(n))),
        ("a.ts", format!("x = {}1;\n", "()=>".repeat(n))),
        ("a.ts", format!("x = {}a;\n", "typeof ".repeat(n))),
        (
            "a.ts",
            format!("async function f() {{ x = {}a; }}\n", "await ".repeat(n)),
        ),
        ("a.py", format!("x = {}a\n", "not ".repeat(n))),
        ("a.py", format!("x = {}1\n", "-".repeat(n))),
        ("a.py", format!("x = {}a\n", "a+".repeat(n))),
        ("a.py", format!("x = a{}\n", "()".repeat(n))),
        ("a.py", format!("x = a{}\n", ".b".repeat(n))),
        ("a.py", format!("x = {}1\n", "lambda: ".repeat(n))),
    ];
    for (path, text) in &cases {
        let findings = lint_source(path, text).unwrap();
        let head: String = text.chars().take(24).collect();
        assert_eq!(findings.len(), 1, "{head}: {findings:?}");
        assert_eq!(findings[0].rule, "source-syntax", "{head}");
        assert!(
            findings[0].message.contains("chains more than"),
            "{head}: {findings:?}"
        );
    }
}

#[test]
fn operators_in_strings_and_comments_do_not_count_as_chains() {
    let line = "=".repeat(5_000);
    let cases = [
        (
            "a.py",
            format!("# {line}\nx = '{line}'\ny = \"a\\\"{line}\"\n"),
        ),
        (
            "a.ts",
            format!("// {line}\n/* {line} */\nconst x = `{line}`;\n"),
        ),
        // Statements end at `;`, `,` and braces, and in Python at line ends.
        ("a.ts", "const a = b + c;\n".repeat(5_000)),
        ("a.py", "a = b + c\n".repeat(5_000)),
    ];
    for (path, text) in &cases {
        let findings = lint_source(path, text).unwrap();
        assert!(
            findings.iter().all(|f| f.rule != "source-syntax"),
            "{path}: {findings:?}"
        );
    }
}

/// The rules that fired where they should not on public repositories (issue 13), one case per
/// class; each was a false finding before the fix it names.
#[test]
fn false_positive_classes_from_real_code() {
    let quiet = |path: &str, text: &str| {
        let found: Vec<_> = lint_source(path, text)
            .unwrap()
            .into_iter()
            .filter(|f| f.severity != crate::finding::Severity::Info)
            .collect();
        assert!(found.is_empty(), "{path}: {found:?}\n{text}");
    };
    // LangChain.js's AzureOpenAI is not the openai SDK's, and reads its own settings.
    quiet(
        "a.ts",
        "import { AzureOpenAI } from \"@langchain/openai\";\nexport const m = new AzureOpenAI({ azureOpenAIApiInstanceName: \"x\", azureOpenAIApiDeploymentName: \"d\", azureOpenAIApiVersion: \"2024-10-21\" });\n",
    );
    // The embeddings deployment field, and a deployment inside the base path.
    quiet(
        "b.ts",
        "import { AzureOpenAIEmbeddings } from \"@langchain/openai\";\nexport const e = new AzureOpenAIEmbeddings({ azureOpenAIApiEmbeddingsDeploymentName: \"emb\" });\nexport const f = new AzureOpenAIEmbeddings({ azureOpenAIBasePath: \"https://r.openai.azure.com/openai/deployments/emb\" });\n",
    );
    // Settings taken from the environment the library reads are info, not warnings.
    quiet(
        "c.py",
        "from openai import AzureOpenAI\nclient = AzureOpenAI()\n",
    );
    // A class of the same name from an unknown module is not checked.
    quiet(
        "d.ts",
        "import { AzureOpenAI } from \"./mine\";\nnew AzureOpenAI({});\n",
    );
    // CrewAI's @task declares a crew task; it starts no worker.
    quiet(
        "crew.py",
        "from crewai import Agent, LLM\nfrom crewai.project import CrewBase, agent, task\nllm = LLM(model=\"gpt-4o\")\n@CrewBase\nclass C:\n    @task\n    def t(self):\n        pass\n",
    );
    // Reads without a default: the SDK raises at construction when the variable is unset.
    quiet(
        "e.py",
        "import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\nc = OpenAI(api_key=os.getenv(\"OPENAI_API_KEY\"))\n",
    );
    // Keys of services that are not model providers are not ours to judge.
    quiet(
        "f.ts",
        "import { TavilySearch } from \"@langchain/tavily\";\nexport const t = new TavilySearch({ tavilyApiKey: process.env.TAVILY_API_KEY ?? \"\" });\n",
    );
    // JSX in a .js file parses (React, Next.js).
    quiet(
        "page.js",
        "export default function Page() { return <div className=\"x\">{process.env.NEXT_PUBLIC_X}</div>; }\n",
    );

    // A child env that unpacks anything (a comprehension over os.environ, a prepared dict) may
    // carry the parent's keys.
    quiet(
        "run.py",
        "import os, subprocess\nsubprocess.run([\"x\"], env={**{k: v for k, v in os.environ.items() if not k.startswith(\"A_\")}, \"HOME\": \"/tmp\"})\nsubprocess.run([\"x\"], env={**base, \"B\": \"1\"})\n",
    );
    // AWS's documented example key and one-character test doubles are not keys.
    let example = format!("AKIAIOSFODNN7{}", "EXAMPLE");
    let double = format!("AKIA{}", "6".repeat(16));
    quiet(
        "test_bedrock.py",
        &format!("import boto3\nc = boto3.client(\"bedrock-runtime\", aws_access_key_id=\"{example}\")\nd = \"{double}\"\n"),
    );
    // A name bound to different variables in different branches holds none for certain.
    quiet(
        "branches.py",
        "import os\nfrom langchain_google_genai import ChatGoogleGenerativeAI\nif p == \"mistral\":\n    api_key = os.getenv(\"MISTRAL_API_KEY\", \"\")\nelse:\n    api_key = os.getenv(\"GOOGLE_API_KEY\", \"\")\nllm = ChatGoogleGenerativeAI(api_key=api_key)\n",
    );
    quiet(
        "branches2.py",
        "import os\nfrom langchain_google_genai import ChatGoogleGenerativeAI\napi_key = kwargs.get(\"api_key\") or os.getenv(env_var, \"\")\nif p == \"mistral\":\n    api_key = os.getenv(\"MISTRAL_API_KEY\", \"\")\nllm = ChatGoogleGenerativeAI(api_key=api_key)\n",
    );
    // A group chat manager with a function speaker selection needs no model.
    quiet(
        "team.py",
        "from autogen import AssistantAgent, GroupChatManager\na = AssistantAgent(\"a\", llm_config={\"config_list\": [{\"model\": \"gpt-4o\"}]})\nm = GroupChatManager(groupchat=g, llm_config={})\n",
    );

    let rules = |path: &str, text: &str| -> Vec<(String, crate::finding::Severity)> {
        lint_source(path, text)
            .unwrap()
            .into_iter()
            .map(|f| (f.rule, f.severity))
            .collect()
    };
    use crate::finding::Severity::{Info, Warning};
    // Celery's @app.task is a worker task: a client built at import is shared by its forks.
    assert_eq!(
        rules(
            "tasks.py",
            "from celery import Celery\nfrom openai import OpenAI\napp = Celery()\nclient = OpenAI()\n@app.task\ndef t():\n    pass\n"
        ),
        vec![("client-at-import".to_string(), Warning)]
    );
    // An empty default turns the SDK's startup error into a 401 at the first call.
    assert_eq!(
        rules(
            "g.py",
            "import os\nfrom openai import OpenAI\nc = OpenAI(api_key=os.getenv(\"OPENAI_API_KEY\", \"\"))\n"
        ),
        vec![("unchecked-env-key".to_string(), Warning)]
    );
    // A placeholder given as the default of an Azure setting.
    assert_eq!(
        rules(
            "h.py",
            "import os\nendpoint = os.environ.get(\"AZURE_OPENAI_ENDPOINT\", \"https://<your-endpoint>.openai.azure.com/\")\n"
        ),
        vec![("placeholder-setting".to_string(), Warning)]
    );
    // The openai SDK's AzureOpenAI with nothing passed: info for each setting it reads from env.
    assert_eq!(
        rules(
            "i.ts",
            "import { AzureOpenAI } from \"openai\";\nexport const c = new AzureOpenAI();\n"
        ),
        vec![
            ("azure-client-incomplete".to_string(), Info),
            ("azure-client-incomplete".to_string(), Info)
        ]
    );
}

/// blind7 (open-webui pipelines): a placeholder the code writes into the environment replaces any
/// real key; a real-looking value or a non-credential variable is not this rule's business.
#[test]
fn a_placeholder_written_into_the_environment_is_found() {
    use crate::finding::Severity::{Error, Info};
    let rules = |path: &str, text: &str| -> Vec<(String, crate::finding::Severity)> {
        lint_source(path, text)
            .unwrap()
            .into_iter()
            .map(|f| (f.rule, f.severity))
            .collect()
    };
    let py =
        "import os\ndef start():\n    os.environ[\"OPENAI_API_KEY\"] = \"your-api-key-here\"\n";
    assert_eq!(
        rules("app.py", py),
        vec![("placeholder-key".to_string(), Error)]
    );
    let js = "process.env.ANTHROPIC_API_KEY = \"<your-key>\";\nprocess.env[\"OPENAI_API_KEY\"] = \"sk-...\";\n";
    assert_eq!(
        rules("app.ts", js),
        vec![
            ("placeholder-key".to_string(), Error),
            ("placeholder-key".to_string(), Error)
        ]
    );
    // In an example file it is expected there: info.
    assert_eq!(
        rules("examples/pipelines/rag/app.py", py),
        vec![("placeholder-key".to_string(), Info)]
    );
    // Not placeholders, or not credentials: nothing.
    assert!(rules("b.py", "import os\nos.environ[\"LOG_LEVEL\"] = \"your-level\"\nos.environ[\"OPENAI_API_KEY\"] = os.getenv(\"K\")\n").is_empty());
}

/// Every lint-able source under `dir`, with its path relative to `dir`, sorted; `templates`
/// fills the fixtures' key templates (the real-code corpus holds none).
fn sources_below(dir: &Path, templates: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if Lang::of(&p.to_string_lossy()).is_some() {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().to_string();
                let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).to_string();
                out.push((rel, if templates { fill(&text) } else { text }));
            }
        }
    }
    out.sort();
    out
}

/// The keyword prefilter never loses a finding: the lint with and without it finds the same
/// over every lint fixture and every source of the real-code corpus (tests/realworld), but for
/// the `source-syntax` info of a file it did not parse because it names nothing a rule reads.
/// It does skip files there (a prefilter that passes everything proves nothing).
#[test]
fn the_prefilter_loses_no_finding_on_fixtures_and_real_code() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = sources_below(&base.join("fixtures/lint"), true);
    for half in std::fs::read_dir(base.join("realworld")).unwrap() {
        let half = half.unwrap().path();
        if half.is_dir() {
            let name = half.file_name().unwrap().to_string_lossy().to_string();
            files.extend(
                sources_below(&half, false)
                    .into_iter()
                    .map(|(p, t)| (format!("{name}/{p}"), t)),
            );
        }
    }
    assert!(files.len() > 500, "corpus missing: {} sources", files.len());
    let skipped: Vec<&str> = files
        .iter()
        .filter(|(p, t)| !prefilter::may_find(t, Lang::of(p).unwrap()))
        .map(|(p, _)| p.as_str())
        .collect();
    assert!(
        skipped.len() > 20,
        "the prefilter skipped {} sources",
        skipped.len()
    );
    let pairs = || files.iter().map(|(p, t)| (p.as_str(), t.as_str()));
    let with = lint_files_with(pairs(), true);
    let without = lint_files_with(pairs(), false);
    assert!(without.findings.len() > 50, "too few findings to compare");
    let unparsed = |f: &Finding| {
        f.rule == "source-syntax" && skipped.contains(&f.location.file.as_deref().unwrap_or(""))
    };
    let expected: Vec<String> = without
        .findings
        .iter()
        .filter(|f| !unparsed(f))
        .map(|f| serde_json::to_string(f).unwrap())
        .collect();
    let found: Vec<String> = with
        .findings
        .iter()
        .map(|f| serde_json::to_string(f).unwrap())
        .collect();
    let lost: Vec<&String> = expected.iter().filter(|f| !found.contains(f)).collect();
    let added: Vec<&String> = found.iter().filter(|f| !expected.contains(f)).collect();
    assert!(
        lost.is_empty() && added.is_empty(),
        "{} of {} sources skipped; lost {lost:#?}, added {added:#?}",
        skipped.len(),
        files.len()
    );
    assert_eq!(found, expected, "same findings, same order");
}

/// Each family of keywords is needed: a file holding only one of them (an env read, a child's
/// env option, a client, a token call, a literal key) or spelling it through an escape or an
/// NFKC-normalised identifier is parsed, and one with none is not.
#[test]
fn the_prefilter_keeps_every_family_of_keyword() {
    let key = fake_key("gemini", 3);
    let kept = [
        ("a.py", "x = os.environ.get('X', '')\n".to_string()),
        ("a.js", "spawn('x', [], { env: {} })\n".to_string()),
        ("a.ts", "new ChatMistralAI({})\n".to_string()),
        ("a.py", "t = cred.get_token('s')\n".to_string()),
        ("a.py", "a = MyAgent(llm_config={})\n".to_string()),
        ("a.ts", format!("const k = \"{key}\";\n")),
        ("a.js", "const k = process['\\u0065nv'].X;\n".to_string()),
        ("a.js", "const k = \"\\s\\k-\";\n".to_string()),
        ("a.py", "k = '\\x73k-'\n".to_string()),
        ("a.py", "import os\nos.\u{ff45}nviron\n".to_string()),
    ];
    for (path, text) in &kept {
        assert!(
            prefilter::may_find(text, Lang::of(path).unwrap()),
            "{path}: {text}"
        );
    }
    let skipped = [
        (
            "a.ts",
            "export const add = (a: number, b: number) => a + b;\n",
        ),
        ("a.py", "def add(a, b):\n    return a + b  # \\n is fine\n"),
        ("a.js", "const s = 'a\\nb\\t\\\\u';\n"),
    ];
    for (path, text) in &skipped {
        assert!(
            !prefilter::may_find(text, Lang::of(path).unwrap()),
            "{path}: {text}"
        );
    }
    let words = prefilter::keywords().expect("every rule has a keyword");
    for w in [
        "env",
        "OpenAI",
        "Agent",
        "get_token",
        "sk-",
        "AIza",
        "JQQJ9",
    ] {
        assert!(words.iter().any(|k| k == w), "{w} missing from {words:?}");
    }
}

/// Batches combined in order give the report of one call, sample folders judged below the
/// root every path shares (absolute paths, with `examples/` below that root), as the CLI's
/// streaming lint relies on.
#[test]
fn batches_combined_equal_one_call() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realworld/tuned");
    let mut files: Vec<(String, String)> = sources_below(&base, false)
        .into_iter()
        .map(|(p, t)| (format!("/home/u/examples/{p}"), t))
        .collect();
    // A placeholder default: a warning here, info in a sample folder.
    files.push((
        "/home/u/examples/zz/h.py".into(),
        "import os\nendpoint = os.environ.get(\"AZURE_OPENAI_ENDPOINT\", \"https://<your-endpoint>.openai.azure.com/\")\n".into(),
    ));
    let pairs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let whole = lint_files(pairs.iter().copied());
    let paths: Vec<&str> = pairs.iter().map(|(p, _)| *p).collect();
    let root = crate::samples::common_root_len(&paths);
    assert_eq!(&paths[0][..root], "/home/u/examples/");
    let batches = pairs.chunks(7).map(|c| lint_batch(c.iter().copied(), root));
    let combined = Report::combine(batches);
    assert!(whole.findings.len() > 20);
    assert_eq!(
        serde_json::to_value(&combined).unwrap(),
        serde_json::to_value(&whole).unwrap()
    );
}
