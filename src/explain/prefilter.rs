//! Keeps explain linear in the text: every pattern's required literals (one of which any match
//! must contain) are read from the pattern itself, the text is scanned once for all of them, and
//! a pattern's regex runs only on the lines around its literals' hits, each line at most once.
//! A 64 KiB paste of stack frames costs one pass over it plus the few lines that carry a message.
//!
//! The literals are lower-cased and compared with the ASCII-lower-cased text, as the patterns
//! are compiled case-insensitively (`regex-lite` folds ASCII case only).

use regex_lite::{Captures, Regex};
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Shortest literal worth filtering on; a pattern whose every match needs a longer one is
/// filtered, any other runs over the whole text (the tests require every data pattern to be
/// filtered).
const MIN_LITERAL: usize = 2;

/// Lines of context on each side of a hit: a match may run onto the next line (`\s*` after a
/// colon) or start on the line before.
const CONTEXT_LINES: usize = 1;

/// The literals one of which every match of `pattern` contains, lower-cased; `None` when the
/// pattern has no such set of literals of at least [`MIN_LITERAL`] bytes (or one it cannot read).
pub(super) fn required_literals(pattern: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let set = alternation(&chars, &mut i)?;
    (i == chars.len()).then_some(set)
}

/// `a|b|…` up to a closing `)` or the end: the union of each branch's set, `None` when a branch
/// has none. Reads to the end of the alternation either way.
fn alternation(p: &[char], i: &mut usize) -> Option<Vec<String>> {
    let mut all = Some(Vec::new());
    loop {
        let branch = branch(p, i);
        all = all.zip(branch).map(|(mut a, b)| {
            a.extend(b);
            a
        });
        match p.get(*i) {
            Some('|') => *i += 1,
            _ => break,
        }
    }
    all.map(|mut a| {
        a.sort();
        a.dedup();
        a
    })
}

/// One branch: the best of its required factors (a run of literal characters, or a group that is
/// not optional and whose every branch has a set), the one whose shortest literal is longest.
fn branch(p: &[char], i: &mut usize) -> Option<Vec<String>> {
    let mut candidates: Vec<Vec<String>> = Vec::new();
    let mut run = String::new();
    let flush = |run: &mut String, candidates: &mut Vec<Vec<String>>| {
        if !run.is_empty() {
            candidates.push(vec![std::mem::take(run)]);
        }
    };
    let mut unreadable = false;
    while let Some(&c) = p.get(*i) {
        match c {
            '|' | ')' => break,
            '\\' => {
                let e = p.get(*i + 1).copied();
                *i += 2;
                match e {
                    Some(e) if e.is_ascii_alphanumeric() => {
                        // A class (\d, \w, \s), an assertion (\b) or an escape we do not read.
                        flush(&mut run, &mut candidates);
                        skip_quantifier(p, i);
                    }
                    Some(e) => literal(e, p, i, &mut run, &mut candidates),
                    None => unreadable = true,
                }
            }
            '[' => {
                flush(&mut run, &mut candidates);
                *i = class_end(p, *i)?;
                skip_quantifier(p, i);
            }
            '.' | '^' | '$' => {
                flush(&mut run, &mut candidates);
                *i += 1;
                skip_quantifier(p, i);
            }
            '(' => {
                flush(&mut run, &mut candidates);
                *i += 1;
                if p.get(*i) == Some(&'?') {
                    // `(?:`, `(?i:` open a group; `(?m)` only sets a flag.
                    let close = p[*i..].iter().position(|c| *c == ':' || *c == ')')? + *i;
                    *i = close + 1;
                    if p[close] == ')' {
                        continue;
                    }
                }
                let inner = alternation(p, i);
                if p.get(*i) != Some(&')') {
                    return None;
                }
                *i += 1;
                let optional = skip_quantifier(p, i);
                if let (Some(set), false) = (inner, optional) {
                    candidates.push(set);
                }
            }
            _ => {
                *i += 1;
                literal(c, p, i, &mut run, &mut candidates);
            }
        }
    }
    flush(&mut run, &mut candidates);
    if unreadable {
        return None;
    }
    candidates
        .into_iter()
        .filter(|s| !s.is_empty())
        .max_by_key(|s| s.iter().map(String::len).min().unwrap_or(0))
        .filter(|s| s.iter().all(|l| l.len() >= MIN_LITERAL))
}

/// Adds a literal character to the run, unless a quantifier follows it: then the character may
/// be absent or repeated, so the run ends before it.
fn literal(c: char, p: &[char], i: &mut usize, run: &mut String, cands: &mut Vec<Vec<String>>) {
    if is_quantifier(p, *i) {
        if !run.is_empty() {
            cands.push(vec![std::mem::take(run)]);
        }
        skip_quantifier(p, i);
    } else {
        run.push(c.to_ascii_lowercase());
    }
}

fn is_quantifier(p: &[char], i: usize) -> bool {
    match p.get(i) {
        Some('?' | '*' | '+') => true,
        Some('{') => p.get(i + 1).is_some_and(char::is_ascii_digit),
        _ => false,
    }
}

/// Skips a quantifier at `i` (and its lazy `?`); true when it allows zero repetitions.
fn skip_quantifier(p: &[char], i: &mut usize) -> bool {
    if !is_quantifier(p, *i) {
        return false;
    }
    let optional = match p[*i] {
        '?' | '*' => {
            *i += 1;
            true
        }
        '+' => {
            *i += 1;
            false
        }
        _ => {
            let zero = p.get(*i + 1) == Some(&'0');
            *i += p[*i..]
                .iter()
                .position(|c| *c == '}')
                .map_or(p.len(), |n| n + 1);
            zero
        }
    };
    if p.get(*i) == Some(&'?') {
        *i += 1;
    }
    optional
}

/// The index after the `]` closing the class that opens at `start`.
fn class_end(p: &[char], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if p.get(i) == Some(&'^') {
        i += 1;
    }
    if p.get(i) == Some(&']') {
        i += 1;
    }
    while let Some(c) = p.get(i) {
        match c {
            '\\' => i += 2,
            ']' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// A compiled pattern with the literals that gate it (indices into [`Literals`]); `None` runs it
/// over the whole text.
pub(super) struct Matcher {
    pub(super) rx: Regex,
    gate: Option<Vec<usize>>,
}

/// Every literal of every matcher, indexed by its first two bytes for the one pass over a text.
pub(super) struct Literals {
    all: Vec<Vec<u8>>,
    by_pair: HashMap<[u8; 2], Vec<usize>>,
    /// One bit per byte pair that starts a literal: most positions are rejected here.
    pairs: Vec<u64>,
}

impl Default for Literals {
    fn default() -> Self {
        Literals {
            all: Vec::new(),
            by_pair: HashMap::new(),
            pairs: vec![0; 1024],
        }
    }
}

fn pair_bit(a: u8, b: u8) -> (usize, u64) {
    let n = usize::from(a) << 8 | usize::from(b);
    (n / 64, 1 << (n % 64))
}

impl Literals {
    /// Compiles `pattern` case-insensitively and registers its literals. A pattern that does
    /// not compile matches nothing (the data is ours and tested).
    pub(super) fn matcher(&mut self, pattern: &str) -> Matcher {
        let rx = Regex::new(&format!("(?i){pattern}"))
            .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()));
        let gate = required_literals(pattern).map(|lits| {
            lits.into_iter()
                .map(|l| {
                    let l = l.into_bytes();
                    match self.all.iter().position(|x| *x == l) {
                        Some(id) => id,
                        None => {
                            self.by_pair
                                .entry([l[0], l[1]])
                                .or_default()
                                .push(self.all.len());
                            let (word, bit) = pair_bit(l[0], l[1]);
                            self.pairs[word] |= bit;
                            self.all.push(l);
                            self.all.len() - 1
                        }
                    }
                })
                .collect()
        });
        Matcher { rx, gate }
    }
}

/// A text prepared for the matchers: where each literal occurs, the line starts, and a count of
/// the bytes scanned (the one pass plus every window a regex ran over).
pub(super) struct Prepared<'t> {
    pub(super) text: &'t str,
    hits: Vec<Vec<usize>>,
    lines: Vec<usize>,
    /// Per line: true for noise, whose hits are skipped: a line with the same content as an
    /// earlier one (a repeated frame or log line; the first copy is searched), or the source
    /// line a Python traceback prints under a frame (code, not a message; the frame's own line,
    /// with its path, is kept).
    noise: Vec<bool>,
    work: Cell<usize>,
}

impl<'t> Prepared<'t> {
    /// One pass over `text`: every occurrence of every literal, and the line starts.
    pub(super) fn new(text: &'t str, lits: &Literals) -> Self {
        let lower = text.as_bytes().to_ascii_lowercase();
        let mut hits = vec![Vec::new(); lits.all.len()];
        let mut lines = vec![0];
        for (i, pair) in lower.windows(2).enumerate() {
            if pair[0] == b'\n' {
                lines.push(i + 1);
            }
            let (word, bit) = pair_bit(pair[0], pair[1]);
            if lits.pairs[word] & bit == 0 {
                continue;
            }
            if let Some(ids) = lits.by_pair.get(&[pair[0], pair[1]]) {
                for &id in ids {
                    if lower[i..].starts_with(&lits.all[id]) {
                        hits[id].push(i);
                    }
                }
            }
        }
        let line = |l: usize| {
            let end = lines.get(l + 1).copied().unwrap_or(text.len());
            &text[lines[l]..end]
        };
        let mut seen = HashSet::new();
        let noise = (0..lines.len())
            .map(|l| {
                !seen.insert(line(l)) || (l > 0 && is_frame(line(l - 1)) && !is_frame(line(l)))
            })
            .collect();
        Prepared {
            text,
            hits,
            lines,
            noise,
            work: Cell::new(text.len()),
        }
    }

    /// Bytes scanned so far: the pass over the text and every window a regex ran over.
    pub(super) fn work(&self) -> usize {
        self.work.get()
    }

    /// The disjoint byte ranges, in order, that `m`'s regex must search: the lines around each
    /// hit of its literals, merged; the whole text when it has no gate.
    fn windows(&self, m: &Matcher) -> Vec<Range<usize>> {
        let Some(gate) = &m.gate else {
            let whole = 0..self.text.len();
            return vec![whole];
        };
        let line_of = |at: usize| self.lines.partition_point(|s| *s <= at) - 1;
        let mut spans: Vec<(usize, usize)> = gate
            .iter()
            .flat_map(|id| &self.hits[*id])
            .map(|at| line_of(*at))
            .filter(|l| !self.noise[*l])
            .map(|l| (l.saturating_sub(CONTEXT_LINES), l + CONTEXT_LINES))
            .collect();
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let start = |l: usize| self.lines.get(l).copied().unwrap_or(self.text.len());
        merged
            .into_iter()
            .map(|(a, b)| start(a)..start(b + 1))
            .collect()
    }

    /// The first `f(captures)` that gives a value, over the matches of `m` in its windows in
    /// text order. The work counted is each window up to the match taken, or whole.
    pub(super) fn find_map<T>(
        &self,
        m: &Matcher,
        mut f: impl FnMut(&Captures<'t>) -> Option<T>,
    ) -> Option<T> {
        self.windows(m).into_iter().find_map(|w| {
            let window = &self.text[w];
            let found =
                m.rx.captures_iter(window)
                    .find_map(|c| Some((f(&c)?, c.get(0)?.end())));
            let scanned = found.as_ref().map_or(window.len(), |(_, end)| *end);
            self.work.set(self.work.get() + scanned);
            found.map(|(t, _)| t)
        })
    }

    /// The first match of `m` in the text.
    pub(super) fn find(&self, m: &Matcher) -> Option<&'t str> {
        self.windows(m).into_iter().find_map(|w| {
            let window = &self.text[w];
            let found = m.rx.find(window);
            let scanned = found.map_or(window.len(), |x| x.end());
            self.work.set(self.work.get() + scanned);
            found.map(|x| x.as_str())
        })
    }

    /// True when `m` matches somewhere in the text.
    pub(super) fn is_match(&self, m: &Matcher) -> bool {
        self.find(m).is_some()
    }
}

/// A Python traceback frame line: `  File "/app/x.py", line 12, in f`.
fn is_frame(line: &str) -> bool {
    line.trim_start().starts_with("File \"") && line.contains("\", line ")
}

impl Matcher {
    /// True when the matcher is gated by literals (never runs over the whole text).
    #[cfg(test)]
    pub(super) fn gated(&self) -> bool {
        self.gate.is_some()
    }
}
