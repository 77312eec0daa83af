//! Source lint: finds the broken credential patterns in JavaScript, TypeScript and Python code
//! with real parsers (oxc, ruff's Python parser). A parser turns a file into [`facts::Facts`];
//! the rules in [`checks`] turn facts into findings, the same rules for every language.
//!
//! Built only with the `lint` feature: the parsers are large, so the lint ships as its own wasm
//! module and the startup check stays small.

pub mod checks;
pub mod facts;
mod js;
pub mod patterns;
pub mod prefilter;
mod python;
#[cfg(test)]
mod tests;

use crate::finding::{Finding, Location, Report};

/// Files larger than this are reported and skipped.
pub const MAX_SOURCE_BYTES: usize = 8 * 1024 * 1024;
/// Deeper bracket nesting than this is reported and skipped: the parsers recurse.
pub const MAX_NESTING: usize = 512;

/// A source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// JavaScript or TypeScript (any of .js .mjs .cjs .jsx .ts .mts .cts .tsx).
    Js,
    /// Python (.py, .pyi).
    Python,
}

impl Lang {
    /// The language of `path`, from its extension; `None` for other files.
    pub fn of(path: &str) -> Option<Lang> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "js" | "mjs" | "cjs" | "jsx" | "ts" | "mts" | "cts" | "tsx" => Some(Lang::Js),
            "py" | "pyi" => Some(Lang::Python),
            _ => None,
        }
    }

    /// The language's id as the bindings give it: `js` or `python`.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Js => "js",
            Lang::Python => "python",
        }
    }
}

fn syntax(path: &str, line: u32, column: u32, what: &str) -> Finding {
    let location = Location {
        file: Some(path.to_string()),
        line: Some(line),
        column: Some(column),
        ..Default::default()
    };
    let message: String = what.chars().take(200).collect();
    Finding::new(
        "source-syntax",
        location,
        format!(
            "cannot parse this file: {}",
            crate::secret::mask_in_text(&message)
        ),
        "Fix the syntax error (the lint skipped this file), or exclude the file from the lint"
            .into(),
    )
}

/// Most operators and nesting keywords in one statement (see [`too_deep`]).
pub const MAX_CHAIN: usize = 1000;

/// Words that nest the parse when chained (`typeof typeof x`, `not not x`, `if (a) if (b) ...`,
/// `lambda: lambda: 1`, `a if b else c if d else ...`).
const NESTING_WORDS: &[&str] = &[
    "typeof",
    "void",
    "delete",
    "await",
    "yield",
    "new",
    "if",
    "else",
    "for",
    "while",
    "do",
    "with",
    "in",
    "instanceof",
    "not",
    "lambda",
    "and",
    "or",
    "is",
    "elif",
];

/// Where `text` nests too deep for the parsers and the tree walk, which recurse (a byte offset,
/// and what): brackets past [`MAX_NESTING`], or a statement with more than [`MAX_CHAIN`]
/// operators, calls, member accesses and nesting keywords. Chains of these (`!!!…a`,
/// `a+a+…`, `f()()…`, `a?b:a?b:…`, `if(a)if(a)…`, `- - -1`) nest the parse or the tree one
/// level each with no bracket; a few thousand overflow the WebAssembly stack (1 MiB), which kills
/// the module. A statement ends at `;`, `,`, `{`, `}`, and in Python at a line end outside
/// brackets. Operators inside strings and comments are not counted (brackets are, as before).
fn too_deep(text: &str, lang: Lang) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut chain = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((i, format!("brackets nest more than {MAX_NESTING} deep")));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        // Strings and comments: skipped for the chain count, their brackets still counted.
        let line_end = |from: usize| {
            bytes[from..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(bytes.len() - 1, |n| from + n - 1)
        };
        let skip_to = match b {
            b'"' | b'\'' | b'`' => string_end(bytes, i),
            b'#' if lang == Lang::Python => Some(line_end(i)),
            b'/' if lang == Lang::Js && bytes.get(i + 1) == Some(&b'/') => Some(line_end(i)),
            b'/' if lang == Lang::Js && bytes.get(i + 1) == Some(&b'*') => Some(
                text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len() - 1, |n| i + 2 + n + 1),
            ),
            _ => None,
        };
        if let Some(end) = skip_to {
            for &c in &bytes[i + 1..=end.min(bytes.len() - 1)] {
                match c {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            if depth > MAX_NESTING {
                return Some((i, format!("brackets nest more than {MAX_NESTING} deep")));
            }
            i = end + 1;
            continue;
        }
        match b {
            b';' | b',' | b'{' | b'}' => chain = 0,
            b'\n' if lang == Lang::Python && depth == 0 => chain = 0,
            b'!' | b'~' | b'?' | b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'<'
            | b'>' | b'=' | b'.' | b'(' | b'[' | b':' => chain += 1,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let len = bytes[i..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .unwrap_or(bytes.len() - i);
                if NESTING_WORDS.contains(&&text[i..i + len]) {
                    chain += 1;
                }
                i += len;
                continue;
            }
            _ => {}
        }
        if chain > MAX_CHAIN {
            return Some((
                i,
                format!("one statement chains more than {MAX_CHAIN} operators or nested clauses"),
            ));
        }
        i += 1;
    }
    None
}

/// The closing quote of the string opened at `start` (backslash escapes skipped; `'` and `"`
/// strings end at a line end too); `None` when it is not closed.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'\n' if quote != b'`' => return Some(i),
            c if c == quote => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Lints one source file. The language comes from the path's extension (`None` for a file that
/// is not JS, TS or Python). Never fails: unparsable input is a `source-syntax` finding.
pub fn lint_source(path: &str, text: &str) -> Option<Vec<Finding>> {
    lint_source_in(path, path, text, true)
}

/// [`lint_source`], with `judged` the path below the scanned root (for sample folders), and
/// `prefilter` false to parse even a file that holds no keyword (tests compare the two).
fn lint_source_in(path: &str, judged: &str, text: &str, prefilter: bool) -> Option<Vec<Finding>> {
    let lang = Lang::of(path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let ctx = checks::Ctx {
        path,
        lang,
        lines: checks::Lines::new(text),
    };
    if text.len() > MAX_SOURCE_BYTES {
        let what = format!(
            "{} bytes is over the {} MiB limit for source files",
            text.len(),
            MAX_SOURCE_BYTES >> 20
        );
        return Some(vec![syntax(path, 1, 1, &what)]);
    }
    if let Some((at, what)) = too_deep(text, lang) {
        let (line, column) = ctx.lines.at(u32::try_from(at).unwrap_or(u32::MAX));
        return Some(vec![syntax(path, line, column, &what)]);
    }
    if prefilter && !prefilter::may_find(text, lang) {
        return Some(Vec::new());
    }
    let facts = match lang {
        Lang::Js => js::facts(path, text),
        Lang::Python => python::facts(text),
    };
    Some(match facts {
        Ok(facts) => {
            let mut findings = checks::check(&facts, &ctx);
            let ignores = crate::suppress::Suppressions::scan(text);
            findings.retain(|f| !ignores.covers(f));
            let sample = crate::samples::is_sample(judged, Some(text));
            crate::samples::soften(&mut findings, |_| sample);
            findings
        }
        Err((at, what)) => {
            let (line, column) = ctx.lines.at(at);
            vec![syntax(path, line, column, &what)]
        }
    })
}

/// Lints files given as `(path, text)` and returns one report. Files that are not JS, TS or
/// Python are ignored.
pub fn lint_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Report {
    lint_files_with(files, true)
}

/// [`lint_files`] for one batch of a larger set: `root_len` is
/// [`crate::samples::common_root_len`] of every path in the set, so sample folders are judged
/// as in one call. Reports of consecutive batches, combined in order
/// ([`Report::combine`]), equal the report of one call over all the files.
pub fn lint_batch<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
    root_len: usize,
) -> Report {
    lint_below(files.into_iter().collect(), root_len, true)
}

/// [`lint_files`], with `prefilter` false to parse every file.
fn lint_files_with<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
    prefilter: bool,
) -> Report {
    let files: Vec<(&str, &str)> = files.into_iter().collect();
    let paths: Vec<&str> = files.iter().map(|(p, _)| *p).collect();
    lint_below(files, crate::samples::common_root_len(&paths), prefilter)
}

fn lint_below(files: Vec<(&str, &str)>, root_len: usize, prefilter: bool) -> Report {
    let linted: Vec<Vec<Finding>> = files
        .iter()
        .filter_map(|(path, text)| {
            lint_source_in(path, crate::samples::below(path, root_len), text, prefilter)
        })
        .collect();
    let count = linted.len();
    let findings: Vec<Finding> = linted.into_iter().flatten().collect();
    // The lint reads code, not credentials: the providers it checked are those its findings
    // concern (a literal key, a client fed another provider's key).
    let mut providers: Vec<String> = findings.iter().filter_map(|f| f.provider.clone()).collect();
    providers.sort();
    providers.dedup();
    Report::new(findings, providers).with_files(count)
}
