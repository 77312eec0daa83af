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
        /// What the read gives when the variable is unset.
        fallback: Fallback,
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
    /// `True` / `true`.
    True,
    /// `None` / `null` / `undefined`.
    Null,
    /// A call to a token-fetching function (`credential.get_token(...)`).
    TokenCall,
    /// A variable (by name).
    Name(String),
    /// Anything else.
    Other,
}

/// What an environment read gives when the variable is unset.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Fallback {
    /// Nothing: `None` / `undefined` (`os.getenv("X")`, `process.env.X`).
    #[default]
    Nothing,
    /// An empty string (`os.getenv("X", "")`, `process.env.X ?? ""`).
    Empty,
    /// A string literal default (`os.environ.get("X", "https://<resource>...")`).
    Text(String),
    /// Another environment read (`os.getenv("X") or os.getenv("Y")`): the variable it reads.
    Env(String),
    /// Some other expression.
    Other,
}

/// A name bound by an import: `from langchain_openai import AzureChatOpenAI as Chat` is
/// `{ local: "Chat", name: "AzureChatOpenAI", module: "langchain_openai" }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The name in this file.
    pub local: String,
    /// The name in the module (the local name for a default or whole-module import).
    pub name: String,
    /// The module (`openai`, `@langchain/openai`, `langchain_openai.chat_models`).
    pub module: String,
}

/// A call of interest: a client or agent constructor.
#[derive(Debug, Clone)]
pub struct Call {
    /// The class name as defined (`ChatOpenAI`), resolved through imports.
    pub name: String,
    /// The module it was imported from, when an import in this file says.
    pub module: Option<String>,
    /// How many positional (unnamed, non-object) arguments it was given.
    pub positional: usize,
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
    /// Soft environment reads passed on to a client: `(variable, what it gives when unset, where)`.
    pub passed: Vec<(String, Fallback, Offset)>,
    /// Environment reads with a string default: `(variable, default, where)`.
    pub defaults: Vec<(String, String, Offset)>,
    /// Names bound by imports.
    pub imports: Vec<Import>,
    /// Variables that are checked somewhere (an `if`, an `assert`, a raising read).
    pub checked: Vec<String>,
    /// Module-scope `.env` loads.
    pub dotenv: Vec<Offset>,
    /// Module-scope variables holding a fetched token: `(name, where)`.
    pub tokens: Vec<(String, Offset)>,
    /// String literals long enough to be keys: `(where, text)`.
    pub literals: Vec<(Offset, String)>,
    /// Literal strings the code writes into the environment (`os.environ["X"] = "..."`,
    /// `process.env.X = "..."`): `(variable, text, where)`.
    pub env_writes: Vec<(String, String, Offset)>,
}

impl Facts {
    /// The import that bound `local`, the latest one first.
    pub fn import(&self, local: &str) -> Option<&Import> {
        self.imports.iter().rev().find(|i| i.local == local)
    }

    /// The defined name and module of a callee written as `local` or `qualifier.local`
    /// (`lc.ChatOpenAI` after `import * as lc from "@langchain/openai"`).
    pub fn resolve(&self, local: &str, qualifier: Option<&str>) -> (String, Option<String>) {
        if let Some(q) = qualifier {
            return match self.import(q) {
                Some(i) => {
                    let module = if i.name == i.local || i.name == "*" {
                        i.module.clone()
                    } else {
                        format!("{}.{}", i.module, i.name)
                    };
                    (local.to_string(), Some(module))
                }
                None => (local.to_string(), None),
            };
        }
        match self.import(local) {
            Some(i) if i.name != "*" && i.name != "default" => {
                (i.name.clone(), Some(i.module.clone()))
            }
            Some(i) => (local.to_string(), Some(i.module.clone())),
            None => (local.to_string(), None),
        }
    }

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
pub struct Aliases(Vec<(String, String, Fallback)>);

impl Aliases {
    /// Notes that `name` now holds the value of `var` (or `fallback` when it is unset).
    pub fn bind(&mut self, name: &str, var: &str, fallback: Fallback) {
        self.0.push((name.to_string(), var.to_string(), fallback));
    }

    /// The variable `name` holds, if it holds one, and what it holds when that is unset. A name
    /// bound to different variables (`api_key = os.getenv("A")` in one branch, `os.getenv("B")`
    /// in another) holds none for certain: the walk does not follow control flow.
    pub fn var(&self, name: &str) -> Option<(&str, &Fallback)> {
        let mut bindings = self.0.iter().rev().filter(|(n, _, _)| n == name);
        let (_, var, fallback) = bindings.next()?;
        if var.is_empty() || bindings.any(|(_, v, _)| v != var) {
            return None;
        }
        Some((var.as_str(), fallback))
    }

    /// Notes that `name` was also given a value that is no environment read (so a read bound
    /// elsewhere is not certain to be what it holds).
    pub fn unbind(&mut self, name: &str) {
        self.0
            .push((name.to_string(), String::new(), Fallback::Nothing));
    }
}
