//! The file walk of `scan_paths` / `lint_paths`: which directories to enter and which files to read,
//! with the same rules as the npm package's `js/scan.ts` (that one needs Node's file system, this
//! one runs natively): `.git`, `node_modules` and virtualenvs are never entered, `.gitignore` is
//! honoured unless turned off, `.credcheckignore` always, `--exclude` globs on top; symlinked
//! directories are not followed. Ignore files are read by the `ignore` crate (ripgrep's walker).
//! Recognising and checking every file is the core's.

use credcheck::finding::Report;
use credcheck::lint::{Lang, MAX_SOURCE_BYTES};
use credcheck::scan::{Kind, Scanner};
use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Directories never entered: version control, dependencies, caches.
const SKIP_DIRS: &[&str] = &[
    ".git",
    "node_modules",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
];

/// Config files larger than this are skipped and listed, unless `max_bytes` says otherwise.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// What to walk and read.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WalkOptions {
    /// Files larger than this many bytes are skipped (default 16 MiB configs, 8 MiB sources).
    pub max_bytes: Option<u64>,
    /// Treat every named file as this kind.
    pub kind: Option<String>,
    /// Check config files.
    pub configs: bool,
    /// Lint JavaScript, TypeScript and Python sources.
    pub lint: bool,
    /// Honour `.gitignore` files.
    pub gitignore: bool,
    /// gitignore-style patterns to leave out, relative to the current directory.
    pub exclude: Vec<String>,
    /// The `OAI_CONFIG_LIST` variable's value, checked as the file `$OAI_CONFIG_LIST`.
    pub oai_config_list: Option<String>,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            max_bytes: None,
            kind: None,
            configs: true,
            lint: true,
            gitignore: true,
            exclude: Vec::new(),
            oai_config_list: None,
        }
    }
}

/// A file the walk did not read, and why.
#[derive(Debug, Serialize)]
pub struct Skipped {
    path: String,
    reason: String,
}

/// The report, how many files were checked, what was skipped.
#[derive(Debug, Serialize)]
pub struct Walked {
    report: Report,
    files: usize,
    skipped: Vec<Skipped>,
}

/// Why a walk could not start: a named path that does not exist, a bad option.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// A path given by the caller cannot be read.
    #[error("cannot read {path}: {source}")]
    Path {
        /// The path as given.
        path: String,
        /// The file system's answer.
        source: std::io::Error,
    },
    /// An `--exclude` pattern that is not a glob.
    #[error("bad exclude pattern {pattern:?}: {message}")]
    Exclude {
        /// The pattern.
        pattern: String,
        /// What is wrong with it.
        message: String,
    },
    /// An unknown `kind`.
    #[error("{0}")]
    Kind(String),
}

/// Names worth reading as configs: the core decides by content whether each is one it knows.
fn candidate(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower == ".env"
        || lower.starts_with(".env.")
        || lower.ends_with(".env")
        || name.starts_with("OAI_CONFIG_LIST")
        || lower.ends_with(".json")
        || lower.ends_with(".yaml")
        || lower.ends_with(".yml")
}

/// `path` relative to the current directory when it is inside it, with `/` separators.
fn show(path: &Path, cwd: &Path) -> String {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    let shown = match abs.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.to_path_buf(),
        _ => path.to_path_buf(),
    };
    let s = shown.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

struct Walk {
    opts: WalkOptions,
    cwd: PathBuf,
    scanner: Scanner,
    /// Sources found, read and linted after the walk in batches (crate::batches).
    sources: Vec<crate::batches::Source>,
    skipped: Vec<Skipped>,
    files: usize,
}

impl Walk {
    fn skip(&mut self, path: &Path, reason: impl Into<String>) {
        let path = show(path, &self.cwd);
        self.skipped.push(Skipped {
            path,
            reason: reason.into(),
        });
    }

    /// The size of the file at `path` when it is within `limit`; else it is skipped, saying why.
    fn fits(&mut self, path: &Path, limit: u64) -> Option<u64> {
        match std::fs::metadata(path) {
            Err(e) => {
                self.skip(path, e.to_string());
                None
            }
            Ok(m) if m.len() > limit => {
                let mib = |n: u64| n as f64 / 1_048_576.0;
                self.skip(
                    path,
                    format!(
                        "{:.1} MiB, over the {:.1} MiB limit",
                        mib(m.len()),
                        mib(limit)
                    ),
                );
                None
            }
            Ok(m) => Some(m.len()),
        }
    }

    fn read(&mut self, path: &Path, limit: u64) -> Option<Vec<u8>> {
        self.fits(path, limit)?;
        match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                self.skip(path, e.to_string());
                None
            }
        }
    }

    fn config(&mut self, path: &Path, kind: Option<Kind>, named: bool) {
        let limit = self.opts.max_bytes.unwrap_or(DEFAULT_MAX_BYTES);
        let Some(bytes) = self.read(path, limit) else {
            return;
        };
        let shown = show(path, &self.cwd);
        if self.scanner.add(&shown, &bytes, kind).is_some() {
            self.files += 1;
        } else if named {
            self.skip(
                path,
                "not a config credcheck recognises (name its kind with --kind)",
            );
        }
    }

    fn source(&mut self, path: &Path) {
        let limit = self.opts.max_bytes.unwrap_or(MAX_SOURCE_BYTES as u64);
        let Some(size) = self.fits(path, limit) else {
            return;
        };
        self.sources.push(crate::batches::Source {
            path: path.to_path_buf(),
            show: show(path, &self.cwd),
            size,
        });
    }
}

/// Walks `paths` (default `.`) and checks every config and source found, together.
pub fn walk(paths: &[String], opts: WalkOptions) -> Result<Walked, WalkError> {
    let cwd = std::env::current_dir().map_err(|source| WalkError::Path {
        path: ".".into(),
        source,
    })?;
    let kind = opts
        .kind
        .as_deref()
        .map(|k| {
            k.parse::<Kind>()
                .map_err(|e| WalkError::Kind(e.to_string()))
        })
        .transpose()?;
    let mut excludes = OverrideBuilder::new(&cwd);
    for pattern in &opts.exclude {
        excludes
            .add(&format!("!{pattern}"))
            .map_err(|e| WalkError::Exclude {
                pattern: pattern.clone(),
                message: e.to_string(),
            })?;
    }
    let excludes = excludes.build().map_err(|e| WalkError::Exclude {
        pattern: opts.exclude.join(" "),
        message: e.to_string(),
    })?;
    let mut w = Walk {
        opts,
        cwd,
        scanner: Scanner::new(),
        sources: Vec::new(),
        skipped: Vec::new(),
        files: 0,
    };
    if let Some(list) = w.opts.oai_config_list.clone() {
        let looks_json = list.trim_start().starts_with(['[', '{']);
        if w.opts.configs
            && looks_json
            && w.scanner
                .add(
                    "$OAI_CONFIG_LIST",
                    list.as_bytes(),
                    Some(Kind::OaiConfigList),
                )
                .is_some()
        {
            w.files += 1;
        }
    }
    let given: Vec<String> = if paths.is_empty() {
        vec![".".into()]
    } else {
        paths.to_vec()
    };
    for p in &given {
        let path = Path::new(p);
        let meta = std::fs::symlink_metadata(path).map_err(|source| WalkError::Path {
            path: p.clone(),
            source,
        })?;
        if meta.is_dir() {
            walk_dir(&mut w, path, &excludes);
            continue;
        }
        // A file named by the caller (a pre-commit hook passes each staged file).
        let abs = w.cwd.join(path);
        if excludes.matched(&abs, false).is_ignore() {
            w.skip(path, "ignored by --exclude");
        } else if w.opts.lint && kind.is_none() && Lang::of(p).is_some() {
            w.source(path);
        } else if w.opts.configs {
            w.config(path, kind, true);
        } else {
            w.skip(path, "not a JavaScript, TypeScript or Python source");
        }
    }
    let Walk {
        scanner,
        sources,
        mut skipped,
        files,
        ..
    } = w;
    let mut report = scanner.finish();
    let mut count = files;
    if !sources.is_empty() {
        let (reports, linted, unread) = crate::batches::lint(&sources);
        count += linted;
        skipped.extend(
            unread
                .into_iter()
                .map(|(path, reason)| Skipped { path, reason }),
        );
        report = Report::combine(std::iter::once(report).chain(reports));
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Walked {
        report,
        files: count,
        skipped,
    })
}

fn walk_dir(w: &mut Walk, dir: &Path, excludes: &ignore::overrides::Override) {
    let walker = WalkBuilder::new(dir)
        .hidden(false)
        .git_ignore(w.opts.gitignore)
        .git_exclude(false)
        .git_global(false)
        .ignore(false)
        .require_git(false)
        .add_custom_ignore_filename(".credcheckignore")
        .overrides(excludes.clone())
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(|e| {
            !(e.file_type().is_some_and(|t| t.is_dir())
                && e.depth() > 0
                && SKIP_DIRS.contains(&e.file_name().to_string_lossy().as_ref()))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                w.skipped.push(Skipped {
                    path: show(dir, &w.cwd),
                    reason: e.to_string(),
                });
                continue;
            }
        };
        let Some(ft) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        let is_file = ft.is_file() || (ft.is_symlink() && path.is_file());
        if !is_file {
            continue;
        }
        if w.opts.configs && candidate(&name) {
            w.config(path, None, false);
        } else if w.opts.lint && Lang::of(&name).is_some() {
            w.source(path);
        }
    }
}
