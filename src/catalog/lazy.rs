//! A regex compiled on first use. Start-up cost matters (serverless cold starts), and most checks
//! need only a few of the catalog's patterns, so none is compiled before it is needed.

use regex_lite::Regex;
use std::sync::OnceLock;

/// A pattern from the catalog and, once used, its compiled form.
#[derive(Debug)]
pub struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Result<Regex, regex_lite::Error>>,
}

impl LazyRegex {
    /// Wraps a pattern without compiling it.
    pub fn new(pattern: &str) -> Self {
        LazyRegex {
            pattern: pattern.to_string(),
            compiled: OnceLock::new(),
        }
    }

    /// The compiled regex, or the compile error (the catalog tests compile every pattern).
    pub fn compiled(&self) -> Result<&Regex, &regex_lite::Error> {
        self.compiled
            .get_or_init(|| Regex::new(&self.pattern))
            .as_ref()
    }

    /// True when `text` matches; a pattern that does not compile matches nothing.
    pub fn is_match(&self, text: &str) -> bool {
        self.compiled().is_ok_and(|re| re.is_match(text))
    }

    /// The pattern text.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }
}
