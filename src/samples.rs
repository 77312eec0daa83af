//! Sample, example and template files: their placeholders are there on purpose, for the reader
//! to replace, so a placeholder there is info, not an error (the severity policy in the README).

use crate::finding::{Finding, Severity};

/// Name parts that mark a file of example values (`.env.example`, `config_sample.json`,
/// `OAI_CONFIG_LIST_sample`, `settings.template.yaml`).
const NAME_MARKERS: &[&str] = &[
    "example",
    "examples",
    "sample",
    "samples",
    "template",
    "templates",
    "dist",
    "defaults",
    "demo",
];

/// Directory names whose files are samples or templates for users to copy, or test data.
const DIR_MARKERS: &[&str] = &[
    "examples",
    "example",
    "samples",
    "sample",
    "templates",
    "template",
    "cookbook",
    "notebooks",
    "docs",
    "demo",
    "demos",
    "tutorials",
    "tutorial",
    "quickstart",
    "quickstarts",
    "starter",
    "starters",
    "workshop",
    "workshops",
    "labs",
    "test",
    "tests",
    "testdata",
    "test_data",
    "fixtures",
    "__tests__",
    "__fixtures__",
];

/// Words in a file's text that tell the reader to copy it and fill it in.
const TEXT_MARKERS: &[&str] = &[
    "copy this file",
    "rename this file",
    "copy it to",
    "replace with your",
    "fill in your",
    "fill in the",
    "rename to .env",
    "cp .env.example",
];

/// Rules that report a value still to be filled in: info in a sample.
const PLACEHOLDER_RULES: &[&str] = &[
    "placeholder-key",
    "placeholder-setting",
    "empty-key",
    "unexpanded-reference",
    "missing-key",
];

/// True when `path` (or, when given, the file's first lines) marks a sample or template. Paths
/// are judged as given: relative to the folder scanned (a parent folder named `examples` above
/// the scan root would count too).
pub fn is_sample(path: &str, text: Option<&str>) -> bool {
    let path = path.replace('\\', "/");
    let mut parts = path.split('/').filter(|p| !p.is_empty() && *p != ".");
    let name = parts.next_back().unwrap_or("").to_ascii_lowercase();
    let dirs: Vec<String> = parts.map(str::to_ascii_lowercase).collect();
    name.split(['.', '-', '_'])
        .any(|part| NAME_MARKERS.contains(&part))
        || dirs.iter().any(|d| DIR_MARKERS.contains(&d.as_str()))
        || text.is_some_and(|t| {
            let head: String = t
                .chars()
                .take(2000)
                .collect::<String>()
                .to_ascii_lowercase();
            TEXT_MARKERS.iter().any(|m| head.contains(m))
        })
}

/// Paths as sample folders are judged: relative paths as given (below the folder the scan ran
/// in), absolute ones below the deepest folder they all share, so a checkout under
/// `/home/u/examples/app` is not a sample while `app/examples/x` in a scan of `app` is.
pub fn below_common_root<'a>(paths: &[&'a str]) -> Vec<&'a str> {
    let skip = common_root_len(paths);
    paths.iter().map(|p| below(p, skip)).collect()
}

/// How many leading bytes of each path [`below_common_root`] drops: the length of the deepest
/// folder all `paths` share, with its separator, when every one is absolute; else 0. For files
/// checked in batches: computed once over every path, then applied to each with [`below`].
pub fn common_root_len<'a>(paths: &[&'a str]) -> usize {
    let absolute = |p: &str| {
        p.starts_with(['/', '\\']) || p.get(1..3) == Some(":\\") || p.get(1..3) == Some(":/")
    };
    if !paths.iter().all(|p| absolute(p)) {
        return 0;
    }
    let dir_parts = |p: &'a str| -> Vec<&'a str> {
        let mut v: Vec<&str> = p.split(['/', '\\']).collect();
        v.pop();
        v
    };
    let mut common: Option<Vec<&str>> = None;
    for p in paths {
        let parts = dir_parts(p);
        common = Some(match common {
            None => parts,
            Some(c) => c
                .iter()
                .zip(parts.iter())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| *a)
                .collect(),
        });
    }
    common.map_or(0, |c| c.iter().map(|s| s.len() + 1).sum::<usize>())
}

/// `path` without its first `skip` bytes (see [`common_root_len`]); whole when that cuts a character.
pub fn below(path: &str, skip: usize) -> &str {
    path.get(skip..).unwrap_or(path)
}

/// Rules that report a key or setting still to be filled in.
const UNFILLED_RULES: &[&str] = &["placeholder-key", "placeholder-setting", "empty-key"];

/// Lowers an error saying a key or setting is still to be filled in to info, adding `why` (the
/// condition under which it fails) to its message: for files that are templates of what runs.
pub fn unfilled_to_info(f: &mut Finding, why: &str) {
    if f.severity == Severity::Error && UNFILLED_RULES.contains(&f.rule.as_str()) {
        f.severity = Severity::Info;
        f.message = format!("{} ({why})", f.message);
    }
}

/// Lowers placeholder findings in sample files to info and says why in the message.
pub fn soften(findings: &mut [Finding], is_sample_file: impl Fn(&str) -> bool) {
    for f in findings.iter_mut() {
        if f.severity == Severity::Info || !PLACEHOLDER_RULES.contains(&f.rule.as_str()) {
            continue;
        }
        let Some(file) = f.location.file.as_deref() else {
            continue;
        };
        if is_sample_file(file) {
            f.severity = Severity::Info;
            f.message = format!("{} (a sample or template file: placeholders are expected here; replace them in the copy you run)", f.message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_sample;

    #[test]
    fn sample_folders_are_judged_below_the_scanned_root() {
        let paths = [
            "/home/u/examples/app/.env",
            "/home/u/examples/app/samples/x.yaml",
        ];
        assert_eq!(
            super::below_common_root(&paths),
            vec![".env", "samples/x.yaml"]
        );
        assert_eq!(
            super::below_common_root(&["a/b/c.json"]),
            vec!["a/b/c.json"]
        );
    }

    #[test]
    fn samples_by_name_directory_and_text() {
        for p in [
            ".env.example",
            "OAI_CONFIG_LIST_sample",
            "config.template.yaml",
            "python/samples/app/OAI_CONFIG_LIST",
            "templates/agents.yaml",
            "examples/x/docker-compose.yml",
        ] {
            assert!(is_sample(p, None), "{p}");
        }
        for p in [
            "docker-compose.yml",
            "deploy/k8s/app.yaml",
            "src/config.json",
            ".env",
            "exampleapp/.env",
        ] {
            assert!(!is_sample(p, None), "{p}");
        }
        assert!(is_sample(
            "config.json",
            Some("// Copy this file to config.local.json\n{}")
        ));
    }
}
