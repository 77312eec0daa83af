//! A catalog pattern compiled on first use. Start-up cost matters (serverless cold starts), and
//! most checks need only a few of the catalog's patterns, so none is compiled before it is needed.
//!
//! Natively the patterns run on `regex-lite`. In WebAssembly they run on the host's own engine
//! (JavaScript's `RegExp`, which compiles lazily and fast), so the startup module carries no regex
//! engine at all. The catalog's patterns keep to the syntax both engines read the same way
//! (anchors, classes, groups, counted repetition, a leading `(?i)`); `tests/api.test.mjs` compiles
//! every one of them in JavaScript, and the fixture runners check the same verdicts in both builds.

#[cfg(not(target_arch = "wasm32"))]
use regex_lite::Regex;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::OnceLock;

/// A pattern from the catalog and, once used, its compiled form.
#[derive(Debug)]
pub struct LazyRegex {
    pattern: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    compiled: OnceLock<Result<Regex, String>>,
}

impl LazyRegex {
    /// Wraps a pattern without compiling it.
    pub fn new(pattern: &'static str) -> Self {
        LazyRegex {
            pattern,
            #[cfg(not(target_arch = "wasm32"))]
            compiled: OnceLock::new(),
        }
    }

    /// Compiles the pattern now, or says why it does not compile (the catalog tests compile every
    /// pattern).
    pub fn check(&self) -> Result<(), String> {
        #[cfg(not(target_arch = "wasm32"))]
        return self.compiled().map(|_| ()).map_err(Clone::clone);
        #[cfg(target_arch = "wasm32")]
        return host::with(self.pattern, |re| re.map(|_| ()).map_err(Clone::clone));
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn compiled(&self) -> Result<&Regex, &String> {
        self.compiled
            .get_or_init(|| Regex::new(self.pattern).map_err(|e| e.to_string()))
            .as_ref()
    }

    /// True when `text` matches; a pattern that does not compile matches nothing.
    pub fn is_match(&self, text: &str) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return self.compiled().is_ok_and(|re| re.is_match(text));
        #[cfg(target_arch = "wasm32")]
        return host::with(self.pattern, |re| re.is_ok_and(|re| re.test(text)));
    }

    /// The pattern text.
    pub fn pattern(&self) -> &str {
        self.pattern
    }
}

/// The host's `RegExp`, compiled once per pattern and kept for this (single) thread.
#[cfg(target_arch = "wasm32")]
mod host {
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// JavaScript's `RegExp`.
        #[wasm_bindgen(js_name = RegExp)]
        pub type JsRegExp;
        #[wasm_bindgen(constructor, js_class = "RegExp", catch)]
        fn new(pattern: &str, flags: &str) -> Result<JsRegExp, JsValue>;
        /// `RegExp.prototype.test`.
        #[wasm_bindgen(method)]
        pub fn test(this: &JsRegExp, text: &str) -> bool;
    }

    type Compiled = Result<JsRegExp, String>;

    thread_local! {
        static CACHE: RefCell<Vec<(String, Compiled)>> = const { RefCell::new(Vec::new()) };
    }

    /// A leading `(?i)` (the only inline flag the catalog uses) becomes the `i` flag.
    fn compile(pattern: &str) -> Compiled {
        let (source, flags) = match pattern.strip_prefix("(?i)") {
            Some(rest) => (rest, "i"),
            None => (pattern, ""),
        };
        JsRegExp::new(source, flags).map_err(|e| {
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_else(|| "the pattern does not compile".into())
        })
    }

    /// Runs `f` on the compiled form of `pattern`.
    pub fn with<T>(pattern: &str, f: impl FnOnce(Result<&JsRegExp, &String>) -> T) -> T {
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let i = match cache.iter().position(|(p, _)| p == pattern) {
                Some(i) => i,
                None => {
                    cache.push((pattern.to_string(), compile(pattern)));
                    cache.len() - 1
                }
            };
            f(cache[i].1.as_ref())
        })
    }
}
