//! The keyword prefilter: a source that holds none of the words some rule needs cannot produce
//! a finding, so it is not parsed (as gitleaks skips a rule whose keywords a file lacks). The
//! words come from the data the rules read, not from a hand list:
//!
//! - every rule about a call (clients built at import, Azure settings, another provider's key,
//!   tokens passed once, agent configs, CrewAI defaults) needs the class's name in the file:
//!   the client, Azure client, agent and crew names of `patterns.json` (`Agent` for the suffix);
//! - a module-scope token needs a token call (`patterns.json` `token_calls`);
//! - every environment read the parsers know (`process.env`, `os.getenv`, `os.environ`) and
//!   every child's `env` option holds [`ENV_WORD`];
//! - a literal key needs the literal text of a strong key shape in the catalog (`sk-`, `AIza`,
//!   `JQQJ9`).
//!
//! Text a parser rewrites before the rules see it defeats a plain search, so such a file is
//! always parsed: an escape that can spell a letter (`\u0065nv`, `"\x73k-"`; in JavaScript any
//! `\` before a letter or digit, as `"\s"` is `"s"`; a `\` line continuation), and in Python any
//! non-ASCII byte (identifiers are NFKC-normalised: `ｅｎｖ` is `env`).
//!
//! The size limit and the nesting check run before the prefilter, so a file too large or too
//! deep to parse is still reported. A file that names none of these words is not parsed, so its
//! syntax is not checked either: `source-syntax` says the lint skipped a file it may have had
//! something to say about, and there is nothing to say about this one.

use super::patterns::patterns;
use super::Lang;
use crate::catalog::{catalog, Strength};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// The word every environment read and child `env` option the parsers recognise contains.
pub const ENV_WORD: &str = "env";

/// The words of [`keywords`], compiled once; `None` when some rule has no word to look for
/// (a strong key shape with no literal text), which turns the prefilter off.
fn searcher() -> Option<&'static AhoCorasick> {
    static S: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    S.get_or_init(|| AhoCorasick::new(keywords()?).ok())
        .as_ref()
}

/// The words a file must hold one of to be parsed, without those that hold another (`OpenAI`
/// covers `AzureChatOpenAI`); `None` when the data leaves some rule without a word.
pub fn keywords() -> Option<Vec<String>> {
    let p = patterns();
    let mut words: Vec<String> = vec![ENV_WORD.to_string()];
    words.extend(p.clients.iter().map(|c| c.name.clone()));
    words.extend(p.azure.iter().flat_map(|a| a.clients.iter().cloned()));
    words.push(p.agents.suffix.clone());
    words.extend(p.agents.names.iter().cloned());
    words.push(p.crewai.crew.clone());
    words.push(p.crewai.agent.clone());
    words.extend(p.token_calls.iter().cloned());
    for (_, shape, template) in catalog().shapes() {
        if shape.strength != Strength::Strong {
            continue;
        }
        // The longest literal piece is the rarest in code.
        let lit = template.literals().max_by_key(|l| l.len())?;
        words.push(lit.to_string());
    }
    if words.iter().any(String::is_empty) {
        return None;
    }
    words.sort();
    words.dedup();
    let kept: Vec<String> = words
        .iter()
        .filter(|w| !words.iter().any(|o| o != *w && w.contains(o.as_str())))
        .cloned()
        .collect();
    Some(kept)
}

/// True when a parser may read `text` as something the plain search does not see: an escape
/// that can spell a letter, or (Python) a non-ASCII identifier that NFKC turns into ASCII.
fn rewritten(text: &[u8], lang: Lang) -> bool {
    if lang == Lang::Python && !text.is_ascii() {
        return true;
    }
    let mut at = 0;
    while let Some(i) = memchr_backslash(&text[at..]) {
        let next = text.get(at + i + 1).copied().unwrap_or(b'\n');
        let spells = match lang {
            // JavaScript: `\u`, `\x`, octal, identity escapes (`\s` is `s`), line continuations;
            // only the escapes of control characters and quotes spell nothing a word holds.
            Lang::Js => !matches!(
                next,
                b'n' | b'r' | b't' | b'b' | b'f' | b'v' | b'\\' | b'\'' | b'"' | b'`' | b'/' | b' '
            ),
            // Python keeps the backslash of an unknown escape (`"\s"` is `\s`).
            Lang::Python => matches!(
                next,
                b'x' | b'u' | b'U' | b'N' | b'0'..=b'7' | b'\n' | b'\r'
            ),
        };
        if spells {
            return true;
        }
        // `\\`: the second backslash is escaped, not an escape of its own.
        at += i + if next == b'\\' { 2 } else { 1 };
    }
    false
}

fn memchr_backslash(text: &[u8]) -> Option<usize> {
    text.iter().position(|b| *b == b'\\')
}

/// True when `text` may hold something a lint rule reports, so it must be parsed; false only
/// when no rule can fire on it.
pub fn may_find(text: &str, lang: Lang) -> bool {
    let Some(search) = searcher() else {
        return true;
    };
    search.is_match(text) || rewritten(text.as_bytes(), lang)
}
