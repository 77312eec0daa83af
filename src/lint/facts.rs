//! What a parser extracts from one source file, the same for every language: the rules in
//! `checks` read these facts, never a syntax tree.

/// A byte offset into the source.
pub type Offset = u32;

/// The argument name recorded for a spread (`...options`, `**kwargs`): it may hold any argument.
pub const SPREAD: &str = "...";

/// The value given to an argument, as far as the rules care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// An environment read: `os.getenv("X")`, `process.env.X` (soft: gives nothing when unset)
    /// or `os.environ["X"]` (raises when unset).
    Env {
        /// The variable.
        var: String,
        /// True when the read fails fast on an unset variable.
        raising: bool,
    },
    /// A string literal.
    Str(String),
    /// A dict or object literal: its keys, and the keys whose value is an empty list.
    Map {
        /// Keys.
        keys: Vec<String>,
        /// Keys holding `[]`.
        empty_lists: Vec<String>,
    },
    /// `False` / `false`.
    False,
    /// `None` / `null` / `undefined`.
    Null,
    /// A call to a token-fetching function (`credential.get_token(...)`).
    TokenCall,
    /// A variable (by name).
    Name(String),
    /// Anything else.
    Other,
}

/// A call of interest: a client or agent constructor.
#[derive(Debug, Clone)]
pub struct Call {
    /// The class name as called (`ChatOpenAI`).
    pub name: String,
    /// Where it is.
    pub at: Offset,
    /// True when it runs when the module is imported.
    pub module_scope: bool,
    /// Named arguments (keywords, or the properties of an options object).
    pub args: Vec<(String, Value)>,
}

impl Call {
    /// True when a spread (`...options`, `**kwargs`) may pass arguments not seen here.
    pub fn has_spread(&self) -> bool {
        self.args.iter().any(|(n, _)| n == SPREAD)
    }

    /// The value of the first argument named in `names`.
    pub fn arg(&self, names: &[String]) -> Option<&Value> {
        self.args
            .iter()
            .find(|(n, _)| names.iter().any(|x| x == n))
            .map(|(_, v)| v)
    }
}

/// Everything the rules need from one file.
#[derive(Debug, Default)]
pub struct Facts {
    /// Signs that the module starts workers: `(what, where)`.
    pub workers: Vec<(String, Offset)>,
    /// Client and agent constructions.
    pub calls: Vec<Call>,
    /// Children started with an `env` that drops the parent's environment: `(call, where)`.
    pub children: Vec<(String, Offset)>,
    /// Soft environment reads passed on to a call: `(variable, where)`.
    pub passed: Vec<(String, Offset)>,
    /// Variables that are checked somewhere (an `if`, an `assert`, a raising read).
    pub checked: Vec<String>,
    /// Module-scope `.env` loads.
    pub dotenv: Vec<Offset>,
    /// Module-scope variables holding a fetched token: `(name, where)`.
    pub tokens: Vec<(String, Offset)>,
    /// String literals long enough to be keys: `(where, text)`.
    pub literals: Vec<(Offset, String)>,
}

impl Facts {
    /// Notes a string literal if it could be a key.
    pub fn literal(&mut self, at: Offset, text: &str) {
        if (20..=4096).contains(&text.len()) && !text.contains(char::is_whitespace) {
            self.literals.push((at, text.to_string()));
        }
    }

    /// Notes that `var` is checked.
    pub fn check(&mut self, var: &str) {
        if !self.checked.iter().any(|v| v == var) {
            self.checked.push(var.to_string());
        }
    }
}

/// Variables holding a soft environment read (`key = os.getenv("X")`), latest binding first.
#[derive(Debug, Default)]
pub struct Aliases(Vec<(String, String)>);

impl Aliases {
    /// Notes that `name` now holds the value of `var`.
    pub fn bind(&mut self, name: &str, var: &str) {
        self.0.push((name.to_string(), var.to_string()));
    }

    /// The variable `name` holds, if it holds one.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}
