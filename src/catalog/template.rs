//! Key templates: how a key shape is matched and how test keys are made.
//!
//! A template is literal text with runs: `{n}`, `{a|b}` (either length) or `{a-b}` (a range) of
//! the shape's charset, or `[class]{...}` of an explicit class. `sk-proj-{58|74}T3BlbkFJ{58|74}`
//! is OpenAI's project key. Matching needs no regex engine, so checking a key at start-up costs
//! microseconds; the gitleaks regex each template comes from stays beside it in the data, and a
//! test holds the two in agreement.

use super::sample::expand_charset;

/// How long a run may be.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lens {
    /// Exactly one of these.
    Set(Vec<usize>),
    /// Anything from min to max.
    Range(usize, usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Lit(String),
    /// A run of `class`; `ascii` holds the same class as a bit per ASCII byte, which is what
    /// matching tests (values are matched only when ASCII). A test per byte that walked `class`
    /// was hot enough in a startup check for V8 to tier it up to TurboFan, which a cold start then
    /// waits for at exit (`tests/startup.test.mjs`).
    Run {
        class: Vec<char>,
        ascii: u128,
        lens: Lens,
    },
}

/// The ASCII characters of `class` as a bit set (bit `b` for byte `b`).
fn ascii_set(class: &[char]) -> u128 {
    class
        .iter()
        .filter(|c| c.is_ascii())
        .fold(0, |set, c| set | 1u128 << (*c as u32))
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    segs: Vec<Seg>,
}

fn parse_lens(spec: &str) -> Result<Lens, String> {
    let num = |s: &str| {
        s.trim()
            .parse::<usize>()
            .map_err(|_| format!("bad length {s:?}"))
    };
    if let Some((a, b)) = spec.split_once('-') {
        let (a, b) = (num(a)?, num(b)?);
        if a > b {
            return Err(format!("empty range {spec:?}"));
        }
        Ok(Lens::Range(a, b))
    } else {
        Ok(Lens::Set(
            spec.split('|').map(num).collect::<Result<_, _>>()?,
        ))
    }
}

impl Template {
    /// Parses `template`, with `{...}` runs over `charset` (a regex-style class like `A-Za-z0-9_-`).
    pub fn parse(template: &str, charset: &str) -> Result<Self, String> {
        let default_class = expand_charset(charset);
        let mut segs = Vec::new();
        let mut lit = String::new();
        let mut rest = template;
        while let Some(c) = rest.chars().next() {
            let (class, after) = match c {
                '[' => {
                    let end = rest.find(']').ok_or("unclosed [")?;
                    (expand_charset(&rest[1..end]), &rest[end + 1..])
                }
                '{' => (default_class.clone(), rest),
                _ => {
                    lit.push(c);
                    rest = &rest[c.len_utf8()..];
                    continue;
                }
            };
            let body = after
                .strip_prefix('{')
                .ok_or("a [class] must be followed by {length}")?;
            let end = body.find('}').ok_or("unclosed {")?;
            if !lit.is_empty() {
                segs.push(Seg::Lit(std::mem::take(&mut lit)));
            }
            segs.push(Seg::Run {
                ascii: ascii_set(&class),
                class,
                lens: parse_lens(&body[..end])?,
            });
            rest = &body[end + 1..];
        }
        if !lit.is_empty() {
            segs.push(Seg::Lit(lit));
        }
        Ok(Template { segs })
    }

    /// The literal text the template starts with (`sk-proj-`), empty when it starts with a run.
    pub fn prefix(&self) -> &str {
        match self.segs.first() {
            Some(Seg::Lit(l)) => l,
            _ => "",
        }
    }

    /// The literal pieces of the template (`sk-proj-`, `T3BlbkFJ`): text every fitting value holds.
    pub fn literals(&self) -> impl Iterator<Item = &str> {
        self.segs.iter().filter_map(|s| match s {
            Seg::Lit(l) => Some(l.as_str()),
            Seg::Run { .. } => None,
        })
    }

    /// True when the whole of `value` fits the template.
    pub fn matches(&self, value: &str) -> bool {
        value.is_ascii() && match_segs(&self.segs, value.as_bytes())
    }

    /// A value that fits, with runs filled by `next` (a random source).
    pub fn generate(&self, mut next: impl FnMut() -> u64) -> String {
        let mut out = String::new();
        for seg in &self.segs {
            match seg {
                Seg::Lit(l) => out.push_str(l),
                Seg::Run { class, lens, .. } => {
                    let n = match lens {
                        Lens::Set(set) => set[(next() % set.len().max(1) as u64) as usize],
                        Lens::Range(a, b) => a + (next() % (b - a + 1) as u64) as usize,
                    };
                    let usable: Vec<char> = class.iter().copied().filter(|c| *c != '=').collect();
                    for _ in 0..n {
                        if usable.is_empty() {
                            out.push(class.first().copied().unwrap_or('x'));
                        } else {
                            out.push(usable[(next() % usable.len() as u64) as usize]);
                        }
                    }
                }
            }
        }
        out
    }
}

fn match_segs(segs: &[Seg], s: &[u8]) -> bool {
    let Some((seg, rest)) = segs.split_first() else {
        return s.is_empty();
    };
    match seg {
        Seg::Lit(l) => s.starts_with(l.as_bytes()) && match_segs(rest, &s[l.len()..]),
        Seg::Run { ascii, lens, .. } => {
            let run = s
                .iter()
                .take_while(|b| **b < 128 && ascii >> **b & 1 == 1)
                .count();
            let fits = |n: &usize| *n <= run && match_segs(rest, &s[*n..]);
            match lens {
                Lens::Set(set) => set.iter().any(fits),
                Lens::Range(a, b) => (*a..=(*b).min(run)).rev().any(|n| fits(&n)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_and_generates() {
        let t = Template::parse("sk-{2|4}X{1-3}[=]{0-2}", "a-c").unwrap();
        assert_eq!(t.prefix(), "sk-");
        for ok in ["sk-abXa", "sk-abcaXccc", "sk-abXa==", "sk-aXaX"] {
            assert_eq!(t.matches(ok), ok != "sk-aXaX", "{ok}");
        }
        for bad in [
            "sk-abcXa",
            "sk-abX",
            "sk-abXaaaa",
            "sk-abXa===",
            "sk-ab Xa",
            "",
            "sk-abXá",
        ] {
            assert!(!t.matches(bad), "{bad}");
        }
        let mut seed = 1u64;
        for _ in 0..50 {
            let v = t.generate(|| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                seed >> 33
            });
            assert!(t.matches(&v), "{v}");
        }
    }

    #[test]
    fn backtracks_when_the_marker_is_in_the_charset() {
        let t = Template::parse("{2|4}ab{2}", "a-z").unwrap();
        assert!(t.matches("xyabzz"));
        assert!(t.matches("abababzz") && !t.matches("abababz"));
    }

    #[test]
    fn rejects_bad_templates() {
        for bad in ["{x}", "{3-1}", "[a-z", "[a-z]x", "{4"] {
            assert!(Template::parse(bad, "a").is_err(), "{bad}");
        }
    }
}
