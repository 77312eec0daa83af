//! Which providers a scan checked: those whose credentials the files set or name (a variable
//! such as `OPENAI_API_KEY` in a `.env`, a Compose `environment:` or a Kubernetes `env:`, a
//! `${NAME}` or LiteLLM `os.environ/NAME` reference, or a key of a provider's shape), and those
//! its findings concern. The summary line states them, so a clean scan says what it covered.

use crate::catalog::{catalog, Strength};
use crate::env::{mentions, Env};
use crate::tree::Node;
use std::collections::{BTreeSet, HashSet};

/// Deepest nesting walked; configs are shallow, and the parser bounds depth anyway.
const MAX_DEPTH: usize = 64;

/// Adds the providers whose own credential variables `env` sets (even to nothing): the ones
/// the environment check of that file checks.
pub(super) fn in_env(env: &Env, out: &mut BTreeSet<String>) {
    for p in catalog().providers() {
        if mentions(env, p) {
            out.insert(p.id.to_string());
        }
    }
}

/// Adds the providers whose credential variables or keys appear in a parsed file. Each node is
/// visited once, however many aliases share it.
pub(super) fn in_tree(docs: &[std::rc::Rc<Node>], out: &mut BTreeSet<String>) {
    let mut seen: HashSet<*const Node> = HashSet::new();
    let mut stack: Vec<(&Node, usize)> = docs.iter().map(|d| (&**d, 0)).collect();
    while let Some((n, depth)) = stack.pop() {
        if depth > MAX_DEPTH || !seen.insert(n as *const Node) {
            continue;
        }
        if let Some(text) = n.as_str() {
            in_text(text, out);
            continue;
        }
        for (k, v) in n.entries() {
            credential_var(k, out);
            stack.push((v, depth + 1));
        }
        for item in n.items() {
            stack.push((item, depth + 1));
        }
    }
}

/// A scalar: a variable name, a reference to one, or a key of a catalogued shape.
fn in_text(text: &str, out: &mut BTreeSet<String>) {
    let text = text.trim();
    if text.len() > 512 {
        return;
    }
    credential_var(text.strip_prefix("os.environ/").unwrap_or(text), out);
    let mut rest = text;
    while let Some(i) = rest.find("${") {
        rest = &rest[i + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        credential_var(&rest[..end], out);
    }
    if (16..=256).contains(&text.len()) && !text.contains(char::is_whitespace) {
        for (p, shape) in catalog().matching_shapes(text) {
            if shape.strength == Strength::Strong {
                out.insert(p.id.to_string());
            }
        }
    }
}

/// The provider whose own credential variable (not a fallback) is named `name`.
fn credential_var(name: &str, out: &mut BTreeSet<String>) {
    let cat = catalog();
    if !cat.is_var_name(name) {
        return;
    }
    for (p, v) in cat.vars_named(name) {
        if !v.fallback && p.auth.iter().flatten().any(|slot| *slot == v.slot) {
            out.insert(p.id.to_string());
        }
    }
}
