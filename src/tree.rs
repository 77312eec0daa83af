//! A small document tree with positions, read from YAML (every document of a stream) or JSON.
//!
//! Both go through one YAML 1.2 event parser (`saphyr-parser`, JSON is a subset), so every node
//! knows its line and column. JSON is first checked strictly with `serde_json`, because the
//! programs that read these files (`json.loads`, `JSON.parse`) reject what YAML would forgive,
//! such as trailing commas. Aliases are shared, not copied, and their expanded size is bounded,
//! so an alias bomb is an error rather than a hang; nesting is bounded too.

use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;
use std::rc::Rc;

/// Deepest nesting accepted in a YAML document (JSON stops at `serde_json`'s 128).
pub const MAX_DEPTH: usize = 256;

/// Most nodes a document may expand to through aliases, beyond its own size.
pub const MAX_ALIAS_EXPANSION: u64 = 100_000;

/// Why a document could not be read. Positions are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
pub struct TreeError {
    /// What is wrong.
    pub message: String,
    /// Line of the problem.
    pub line: u32,
    /// Column of the problem.
    pub column: u32,
}

/// A node's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar as written; `plain` is false for quoted and block scalars.
    Scalar {
        /// The scalar's text, unescaped.
        text: String,
        /// True for a plain (unquoted) scalar, where `null`, `~` and empty mean null.
        plain: bool,
    },
    /// A sequence.
    Seq(Vec<Rc<Node>>),
    /// A mapping, in document order.
    Map(Vec<(Rc<Node>, Rc<Node>)>),
}

/// A node with its 1-based position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Line where the node starts.
    pub line: u32,
    /// Column where the node starts.
    pub column: u32,
    weight: u64,
}

impl Node {
    /// The text of a scalar that is not null; `None` for null, sequences and mappings.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, plain } if !(*plain && is_null_text(text)) => Some(text),
            _ => None,
        }
    }

    /// The text of any scalar, null included (as written).
    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// True for a null scalar (`null`, `~` or nothing).
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true } if is_null_text(text))
    }

    /// True for a `true` boolean scalar.
    pub fn is_true(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true } if matches!(text.as_str(), "true" | "True" | "TRUE"))
    }

    /// A sequence's items; empty for anything else.
    pub fn items(&self) -> &[Rc<Node>] {
        match &self.value {
            Value::Seq(items) => items,
            _ => &[],
        }
    }

    /// True for a mapping.
    pub fn is_map(&self) -> bool {
        matches!(self.value, Value::Map(_))
    }

    /// True for a sequence.
    pub fn is_seq(&self) -> bool {
        matches!(self.value, Value::Seq(_))
    }

    /// A mapping's entries with scalar keys, YAML merge keys (`<<`) resolved: own keys first,
    /// then merged ones not already present. Empty for anything but a mapping.
    pub fn entries(&self) -> Vec<(&str, &Node)> {
        let mut out: Vec<(&str, &Node)> = Vec::new();
        let Value::Map(pairs) = &self.value else {
            return out;
        };
        let mut merged: Vec<&Node> = Vec::new();
        for (k, v) in pairs {
            match k.scalar() {
                Some("<<") => match &v.value {
                    Value::Seq(items) => merged.extend(items.iter().map(|i| &**i)),
                    _ => merged.push(v),
                },
                Some(key) => out.push((key, v)),
                None => {}
            }
        }
        for m in merged {
            for (k, v) in m.entries() {
                if !out.iter().any(|(o, _)| *o == k) {
                    out.push((k, v));
                }
            }
        }
        out
    }

    /// The value under `key` in a mapping (merge keys resolved).
    pub fn get(&self, key: &str) -> Option<&Node> {
        let Value::Map(pairs) = &self.value else {
            return None;
        };
        if let Some((_, v)) = pairs.iter().find(|(k, _)| k.scalar() == Some(key)) {
            return Some(v);
        }
        let merge = pairs.iter().find(|(k, _)| k.scalar() == Some("<<"))?;
        match &merge.1.value {
            Value::Seq(items) => items.iter().find_map(|m| m.get(key)),
            _ => merge.1.get(key),
        }
    }

    /// The value at a path of keys.
    pub fn at(&self, path: &[&str]) -> Option<&Node> {
        path.iter().try_fold(self, |node, key| node.get(key))
    }

    /// The text at a path of keys, when it is a non-null scalar.
    pub fn str_at(&self, path: &[&str]) -> Option<&str> {
        self.at(path).and_then(Node::as_str)
    }

    /// The key's own position in a mapping, for pointing at a field rather than its value.
    pub fn key_node(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(pairs) => pairs
                .iter()
                .find(|(k, _)| k.scalar() == Some(key))
                .map(|(k, _)| &**k),
            _ => None,
        }
    }
}

fn is_null_text(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

enum Frame {
    Seq {
        items: Vec<Rc<Node>>,
        line: u32,
        column: u32,
        anchor: usize,
        weight: u64,
    },
    Map {
        pairs: Vec<(Rc<Node>, Rc<Node>)>,
        key: Option<Rc<Node>>,
        line: u32,
        column: u32,
        anchor: usize,
        weight: u64,
    },
}

struct Builder {
    stack: Vec<Frame>,
    anchors: HashMap<usize, Rc<Node>>,
    docs: Vec<Rc<Node>>,
    expanded: u64,
}

impl Builder {
    fn push_node(&mut self, node: Rc<Node>) {
        match self.stack.last_mut() {
            None => self.docs.push(node),
            Some(Frame::Seq { items, weight, .. }) => {
                *weight += node.weight;
                items.push(node);
            }
            Some(Frame::Map {
                pairs, key, weight, ..
            }) => {
                *weight += node.weight;
                match key.take() {
                    None => *key = Some(node),
                    Some(k) => pairs.push((k, node)),
                }
            }
        }
    }

    fn anchor(&mut self, id: usize, node: &Rc<Node>) {
        if id != 0 {
            self.anchors.insert(id, Rc::clone(node));
        }
    }
}

fn error_at(message: impl Into<String>, line: usize, col: usize) -> TreeError {
    TreeError {
        message: message.into(),
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(col + 1).unwrap_or(u32::MAX),
    }
}

/// Reads every document of a YAML stream. Errors carry the position the parser stopped at.
pub fn parse_yaml(text: &str) -> Result<Vec<Rc<Node>>, TreeError> {
    let mut b = Builder {
        stack: Vec::new(),
        anchors: HashMap::new(),
        docs: Vec::new(),
        expanded: 0,
    };
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let m = e.marker();
            error_at(e.info().to_string(), m.line(), m.col())
        })?;
        let (line, column) = (
            u32::try_from(span.start.line()).unwrap_or(u32::MAX),
            u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
        );
        match event {
            Event::Scalar(text, style, anchor, _) => {
                let node = Rc::new(Node {
                    value: Value::Scalar {
                        text: text.into_owned(),
                        plain: style == ScalarStyle::Plain,
                    },
                    line,
                    column,
                    weight: 1,
                });
                b.anchor(anchor, &node);
                b.push_node(node);
            }
            Event::Alias(id) => {
                let Some(target) = b.anchors.get(&id).cloned() else {
                    return Err(error_at(
                        "an alias refers to an unknown anchor",
                        span.start.line(),
                        span.start.col(),
                    ));
                };
                b.expanded = b.expanded.saturating_add(target.weight);
                if b.expanded > MAX_ALIAS_EXPANSION {
                    return Err(error_at(
                        format!("aliases expand to more than {MAX_ALIAS_EXPANSION} nodes (an alias bomb?)"),
                        span.start.line(),
                        span.start.col(),
                    ));
                }
                b.push_node(target);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if b.stack.len() >= MAX_DEPTH {
                    return Err(error_at(
                        format!("nesting deeper than {MAX_DEPTH} levels"),
                        span.start.line(),
                        span.start.col(),
                    ));
                }
                b.stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        line,
                        column,
                        anchor,
                        weight: 1,
                    }
                } else {
                    Frame::Map {
                        pairs: Vec::new(),
                        key: None,
                        line,
                        column,
                        anchor,
                        weight: 1,
                    }
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, line, column, anchor, weight) = match b.stack.pop() {
                    Some(Frame::Seq {
                        items,
                        line,
                        column,
                        anchor,
                        weight,
                    }) => (Value::Seq(items), line, column, anchor, weight),
                    Some(Frame::Map {
                        pairs,
                        line,
                        column,
                        anchor,
                        weight,
                        ..
                    }) => (Value::Map(pairs), line, column, anchor, weight),
                    None => continue,
                };
                let node = Rc::new(Node {
                    value,
                    line,
                    column,
                    weight,
                });
                b.anchor(anchor, &node);
                b.push_node(node);
            }
            Event::DocumentEnd => b.anchors.clear(),
            Event::StreamStart | Event::StreamEnd | Event::DocumentStart(_) | Event::Nothing => {}
        }
    }
    Ok(b.docs)
}

/// Reads a JSON document: strict JSON first (as `JSON.parse` and `json.loads` would), then the
/// positions. An empty text is an error.
pub fn parse_json(text: &str) -> Result<Rc<Node>, TreeError> {
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        let hint = if trailing_comma(text, e.line(), e.column()) {
            " (a trailing comma: JSON allows none before ] or })"
        } else {
            ""
        };
        return Err(TreeError {
            message: format!("invalid JSON: {}{hint}", strip_position(&e.to_string())),
            // serde_json gives column 0 (and line 1) for an error before the first character,
            // as in an empty text; positions here are 1-based (SARIF requires it).
            line: u32::try_from(e.line().max(1)).unwrap_or(u32::MAX),
            column: u32::try_from(e.column().max(1)).unwrap_or(u32::MAX),
        });
    }
    let mut docs = parse_yaml(text)?;
    docs.pop()
        .ok_or_else(|| error_at("empty JSON document", 1, 0))
}

/// Reads JSON with comments and trailing commas (JSONC: tsconfig, VS Code settings, .NET
/// appsettings, many config loaders): they are blanked out, keeping every other character at
/// its line and column, and the rest is read as strict JSON.
pub fn parse_jsonc(text: &str) -> Result<Rc<Node>, TreeError> {
    parse_json(&blank_jsonc(text))
}

/// `text` with `//` and `/* */` comments outside strings, and commas before `]` or `}`,
/// replaced by spaces (newlines kept).
fn blank_jsonc(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let mut in_str = false;
    let mut last_comma: Option<usize> = None;
    while i < b.len() {
        let c = b[i];
        if in_str {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                in_str = true;
                last_comma = None;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    out[i] = b' ';
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..].find("*/").map_or(b.len(), |j| i + 2 + j + 2);
                for o in out.iter_mut().take(end).skip(i) {
                    if *o != b'\n' {
                        *o = b' ';
                    }
                }
                i = end;
                continue;
            }
            b',' => last_comma = Some(i),
            b']' | b'}' => {
                if let Some(at) = last_comma.take() {
                    out[at] = b' ';
                }
            }
            c if c.is_ascii_whitespace() => {}
            _ => last_comma = None,
        }
        i += 1;
    }
    // Only ASCII bytes outside strings were replaced by ASCII spaces: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// True when the error position holds `]` or `}` and the previous non-blank character is `,`.
fn trailing_comma(text: &str, line: usize, column: usize) -> bool {
    let Some(start) = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .try_fold(0usize, |a, b| a.checked_add(b))
    else {
        return false;
    };
    let at = start + column.saturating_sub(1);
    let (Some(before), Some(here)) = (text.get(..at), text.get(at..)) else {
        return false;
    };
    here.starts_with([']', '}']) && before.trim_end().ends_with(',')
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> &str {
    message.find(" at line ").map_or(message, |i| &message[..i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_merge_keys() {
        let docs =
            parse_yaml("x: &base\n  A: '1'\n  B: 2\ny:\n  <<: *base\n  B: 3\n---\n- z\n").unwrap();
        assert_eq!(docs.len(), 2);
        let y = docs[0].get("y").unwrap();
        assert_eq!(y.str_at(&["A"]), Some("1"));
        assert_eq!(
            y.get("B").map(|n| (n.as_str(), n.line)),
            Some((Some("3"), 6))
        );
        assert_eq!(docs[1].items()[0].as_str(), Some("z"));
        assert_eq!((docs[1].line, docs[1].items()[0].column), (8, 3));
    }

    #[test]
    fn nulls_and_quoted_nulls() {
        let d = &parse_yaml("a:\nb: ~\nc: 'null'\n").unwrap()[0];
        assert!(d.get("a").unwrap().is_null());
        assert!(d.get("b").unwrap().is_null());
        assert_eq!(d.str_at(&["c"]), Some("null"));
    }

    #[test]
    fn json_is_strict_and_positioned() {
        let e = parse_json("[\n  {\"model\": \"gpt-4\"},\n]").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        let d = parse_json("{\n\t\"a\": {\"b\": \"c\"}\n}").unwrap();
        assert_eq!(d.at(&["a", "b"]).map(|n| (n.line, n.column)), Some((2, 13)));
        assert!(parse_json("").is_err());
    }

    #[test]
    fn json_errors_before_the_first_character_are_at_column_1() {
        // Found by fuzz/config_json: an empty text gave column 0, and SARIF output that
        // violates the schema (startColumn >= 1).
        for text in ["", " ", "\n\n", "\u{feff}"] {
            let e = parse_json(text).unwrap_err();
            assert!(e.line >= 1 && e.column >= 1, "{text:?}: {e:?}");
        }
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_errors() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            bomb.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        let e = parse_yaml(&bomb).unwrap_err();
        assert!(e.message.contains("alias bomb"), "{e}");
        let deep = "[".repeat(10_000);
        let e = parse_yaml(&deep).unwrap_err();
        assert!(
            e.message.contains("nesting") || e.message.contains("recursion limit"),
            "{e}"
        );
        assert!(parse_json(&"[".repeat(10_000)).is_err());
    }
}
