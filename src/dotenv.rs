//! A `.env` parser that keeps what credential checks need and loaders throw away: the raw value
//! (no `${VAR}` expansion, so an unexpanded reference stays visible), how it was quoted, and the
//! line and column of every entry.
//!
//! Why not `dotenvy`: it always expands `$VAR` (to an empty string when unset, hiding the very
//! mistake we look for) and reports no positions. The grammar here follows the loaders people
//! use: Node's `dotenv` and `process.loadEnvFile`, python-dotenv and Compose `env_file`:
//! `[export] KEY=VALUE`, `#` comments, `'single'` (literal), `"double"` (escapes, may span lines),
//! `` `backtick` `` quotes, inline ` #` comments after unquoted values.

use serde::Serialize;

/// How a value was quoted in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Quote {
    /// Unquoted.
    None,
    /// `'...'`
    Single,
    /// `"..."`
    Double,
    /// `` `...` ``
    Backtick,
}

/// One `KEY=VALUE` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DotenvEntry {
    /// The key, as written (without `export`).
    pub key: String,
    /// The value after unquoting, unexpanded.
    pub value: String,
    /// How it was quoted.
    pub quote: Quote,
    /// 1-based line of the key.
    pub line: u32,
    /// 1-based column of the key.
    pub column: u32,
}

/// A line that is not `KEY=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct DotenvError {
    /// 1-based line.
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

/// The parse result: every good entry, and every bad line (parsing goes on past errors).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Dotenv {
    /// Entries in file order (duplicates kept).
    pub entries: Vec<DotenvEntry>,
    /// Lines that could not be parsed.
    pub errors: Vec<DotenvError>,
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')
}

/// Parses `.env` text. Never fails as a whole: bad lines are collected in `errors`.
pub fn parse(text: &str) -> Dotenv {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Dotenv::default();
    let mut unclosed: Vec<char> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line_no = (i + 1) as u32;
        let line = lines[i].strip_suffix('\r').unwrap_or(lines[i]);
        i += 1;
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let indent = line.len() - body.len();
        let (body, indent) = match body.strip_prefix("export") {
            Some(rest) if rest.starts_with([' ', '\t']) => {
                let trimmed = rest.trim_start();
                (trimmed, indent + (body.len() - trimmed.len()))
            }
            _ => (body, indent),
        };
        let key_len = body.find(|c: char| !is_key_char(c)).unwrap_or(body.len());
        let key = &body[..key_len];
        let after = body[key_len..].trim_start();
        let Some(raw) = after.strip_prefix('=').or_else(|| after.strip_prefix(':')) else {
            let message = if key.is_empty() {
                format!("expected KEY=VALUE, found {:?}", preview(body))
            } else {
                format!("expected `=` after {key}")
            };
            out.errors.push(DotenvError {
                line: line_no,
                message,
            });
            continue;
        };
        if key.is_empty() {
            out.errors.push(DotenvError {
                line: line_no,
                message: "missing key before `=`".into(),
            });
            continue;
        }
        let raw = raw.trim_start();
        let (value, quote) = match raw.chars().next() {
            Some(q @ ('"' | '\'' | '`')) => {
                let quote = match q {
                    '"' => Quote::Double,
                    '\'' => Quote::Single,
                    _ => Quote::Backtick,
                };
                // The closing quote may be on a later line (multi-line values). The scan resumes
                // where it stopped, and once a quote kind runs to the end of the file unclosed,
                // later openers of that kind fail at once: parsing stays linear on any input.
                let mut acc = raw[1..].to_string();
                let mut scan = Scan::default();
                let double = quote == Quote::Double;
                let mut closed = scan.find_close(&acc, q, double);
                let start = i;
                while closed.is_none() && i < lines.len() && !unclosed.contains(&q) {
                    acc.push('\n');
                    acc.push_str(lines[i].strip_suffix('\r').unwrap_or(lines[i]));
                    i += 1;
                    closed = scan.find_close(&acc, q, double);
                }
                if closed.is_none() {
                    unclosed.push(q);
                }
                match closed {
                    Some(end) => {
                        let inner = &acc[..end];
                        let v = if quote == Quote::Double {
                            unescape(inner)
                        } else {
                            inner.to_string()
                        };
                        (v, quote)
                    }
                    None => {
                        out.errors.push(DotenvError {
                            line: line_no,
                            message: format!("unterminated {q} quote in the value of {key}"),
                        });
                        i = start;
                        continue;
                    }
                }
            }
            _ => {
                let v = match raw.find(" #").or_else(|| raw.find("\t#")) {
                    Some(pos) => &raw[..pos],
                    None => raw,
                };
                (v.trim_end().to_string(), Quote::None)
            }
        };
        out.entries.push(DotenvEntry {
            key: key.to_string(),
            value,
            quote,
            line: line_no,
            column: (indent + 1) as u32,
        });
    }
    out
}

/// An incremental search for a closing quote: each call scans only text added since the last.
#[derive(Default)]
struct Scan {
    pos: usize,
    escaped: bool,
}

impl Scan {
    fn find_close(&mut self, s: &str, q: char, escapes: bool) -> Option<usize> {
        for (i, c) in s[self.pos..].char_indices() {
            if self.escaped {
                self.escaped = false;
            } else if escapes && c == '\\' {
                self.escaped = true;
            } else if c == q {
                return Some(self.pos + i);
            }
        }
        self.pos = s.len();
        None
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn preview(s: &str) -> String {
    // Masked before it is cut: a key cut short is too short to be recognised as one, so cutting
    // first showed a key's first characters (found by the dotenv fuzz target's leak check).
    let s = crate::secret::mask_in_text(s);
    let p: String = s.chars().take(24).collect();
    if p.len() < s.len() {
        format!("{p}…")
    } else {
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_forms() {
        let d = parse("# c\nA=1\nexport B = 'two words'\r\nC=\"x\\ny\" # c\nD=plain # comment\nE=\n  F=${G}\n");
        let got: Vec<_> = d
            .entries
            .iter()
            .map(|e| (e.key.as_str(), e.value.as_str(), e.line))
            .collect();
        assert_eq!(
            got,
            [
                ("A", "1", 2),
                ("B", "two words", 3),
                ("C", "x\ny", 4),
                ("D", "plain", 5),
                ("E", "", 6),
                ("F", "${G}", 7)
            ]
        );
        assert_eq!(d.entries[5].column, 3);
        assert!(d.errors.is_empty());
    }

    #[test]
    fn multiline_and_errors() {
        let d = parse("K=\"a\nb\"\nnot a pair\nQ='open\nZ=1");
        assert_eq!(d.entries[0].value, "a\nb");
        assert_eq!(d.errors[0].line, 3);
        assert_eq!(d.errors[1].line, 4);
        assert!(d.errors[1].message.contains("unterminated"));
        assert_eq!(d.entries.last().map(|e| e.key.as_str()), Some("Z"));
    }

    #[test]
    fn hostile_inputs_stay_linear() {
        // A quote that closes 400,000 lines later, and one that never closes: both linear.
        let body = "x\\\"y\n".repeat(400_000);
        let d = parse(&format!("A=\"{body}\"\nB=1\nC=\"{body}"));
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[0].value.len(), 400_000 * 4);
        // The unclosed quote, then every following line is read as a (bad) line of its own.
        assert!(d.errors[0].message.contains("unterminated"));
        assert_eq!(d.errors.len(), 400_000);
        let text = format!("{}B='x'\n", "K=`\n".repeat(200_000));
        let d = parse(&text);
        assert_eq!(d.entries.last().map(|e| e.value.as_str()), Some("x"));
        let d = parse("A=1\u{0}2\r\nB=\u{feff}\r\n");
        assert_eq!(d.entries.len(), 2);
    }

    #[test]
    fn keeps_duplicates_and_bom() {
        let d = parse("\u{feff}A=1\nA=2");
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[0].column, 1);
    }
}
