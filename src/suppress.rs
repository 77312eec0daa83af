//! `credcheck-ignore` comments: one way to silence an intended finding in every file credcheck
//! reads (sources, `.env`, YAML, Compose), on the finding's line or on a comment line right above it:
//! `// credcheck-ignore env-not-propagated -- this thread must not see credentials`,
//! `# credcheck-ignore literal-secret -- a revoked key kept for the test`.

use crate::finding::Finding;

/// The marker word.
pub const IGNORE: &str = "credcheck-ignore";

/// One `credcheck-ignore` comment: its line, whether the line is a comment of its own (then it
/// also covers the next line), and the rule ids it names (none: every rule).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mark {
    line: u32,
    own_line: bool,
    rules: Vec<String>,
}

/// The `credcheck-ignore` comments of one file. Empty (and cheap) for a file without any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suppressions {
    marks: Vec<Mark>,
}

impl Suppressions {
    /// Reads the comments of `text`. Words after the marker that are not rule ids (the reason,
    /// after `--`) are ignored; a marker naming no known rule silences every rule on its line.
    pub fn scan(text: &str) -> Self {
        if !text.contains(IGNORE) {
            return Suppressions::default();
        }
        let marks = text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| {
                let at = l.find(IGNORE)?;
                let rules = l[at + IGNORE.len()..]
                    .split(|c: char| c.is_whitespace() || c == ',' || c == ':')
                    .take_while(|w| *w != "--")
                    .filter(|w| crate::rules::find(w).is_some())
                    .map(str::to_string)
                    .collect();
                let start = l.trim_start();
                let own_line = start.starts_with("//")
                    || start.starts_with('#')
                    || start.starts_with("/*")
                    || start.starts_with('*');
                Some(Mark {
                    line: u32::try_from(i + 1).unwrap_or(u32::MAX),
                    own_line,
                    rules,
                })
            })
            .collect();
        Suppressions { marks }
    }

    /// True when a comment silences `f`: on its line, or on a comment line right above it, with
    /// no rule ids or with `f`'s.
    pub fn covers(&self, f: &Finding) -> bool {
        let Some(line) = f.location.line else {
            return false;
        };
        self.marks.iter().any(|m| {
            (m.line == line || (m.own_line && m.line + 1 == line))
                && (m.rules.is_empty() || m.rules.contains(&f.rule))
        })
    }

    /// True when the file has no `credcheck-ignore` comment.
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Location;

    fn at(rule: &str, line: u32) -> Finding {
        let location = Location {
            file: Some("f".into()),
            line: Some(line),
            ..Default::default()
        };
        Finding::new(rule, location, String::new(), String::new())
    }

    #[test]
    fn own_line_covers_the_next_line_and_trailing_covers_its_own() {
        let s = Suppressions::scan(
            "# credcheck-ignore literal-secret -- revoked\nKEY=a\nB=c # credcheck-ignore\nD=e\n",
        );
        assert!(s.covers(&at("literal-secret", 2)));
        assert!(!s.covers(&at("empty-key", 2)), "names one rule only");
        assert!(s.covers(&at("empty-key", 3)), "no ids: every rule");
        assert!(
            !s.covers(&at("empty-key", 4)),
            "a trailing comment covers its own line only"
        );
    }
}
