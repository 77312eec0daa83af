//! Python facts, from ruff's parser (`ruff_python_parser`) and AST visitor.

use super::facts::{Aliases, Call, Facts, Fallback, Import, Offset, Value, SPREAD};
use super::patterns::{has, patterns, Patterns};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt, UnaryOp};
use ruff_text_size::Ranged;

/// Parses `text` and collects its facts, or returns the first syntax error as
/// `(offset, message)`.
pub fn facts(text: &str) -> Result<Facts, (Offset, String)> {
    let parsed = ruff_python_parser::parse_module(text)
        .map_err(|e| (u32::from(e.location.start()), e.error.to_string()))?;
    let mut walker = Walker {
        p: patterns(),
        facts: Facts::default(),
        depth: 0,
        in_test: 0,
        aliases: Aliases::default(),
    };
    walker.visit_body(&parsed.syntax().body);
    Ok(walker.facts)
}

struct Walker<'p> {
    p: &'p Patterns,
    facts: Facts,
    /// Function nesting (and `if __name__ == "__main__":`): 0 is import time.
    depth: u32,
    /// Inside a condition (`if`, `not`, `assert`, a comparison).
    in_test: u32,
    /// Variables holding a soft environment read: `(name, variable)`.
    aliases: Aliases,
}

/// The last name of a callee: `ChatOpenAI` for `langchain_openai.ChatOpenAI(...)`.
fn name(e: &Expr) -> Option<&str> {
    match e {
        Expr::Name(n) => Some(n.id.as_str()),
        Expr::Attribute(a) => Some(a.attr.as_str()),
        _ => None,
    }
}

fn str_arg(e: Option<&Expr>) -> Option<&str> {
    match e {
        Some(Expr::StringLiteral(s)) => Some(s.value.to_str()),
        _ => None,
    }
}

/// `os.environ` or `environ`.
fn is_environ(e: &Expr) -> bool {
    name(e) == Some("environ")
}

/// The root name of a callee's qualifier: `langchain_openai` for
/// `langchain_openai.chat_models.AzureChatOpenAI`; `None` for a bare name.
fn qualifier(e: &Expr) -> Option<&str> {
    let Expr::Attribute(a) = e else {
        return None;
    };
    let mut v = &*a.value;
    loop {
        match v {
            Expr::Name(n) => return Some(n.id.as_str()),
            Expr::Attribute(a) => v = &a.value,
            _ => return None,
        }
    }
}

/// What a default expression gives.
fn fallback(e: Option<&Expr>) -> Fallback {
    match e {
        None | Some(Expr::NoneLiteral(_)) => Fallback::Nothing,
        Some(Expr::StringLiteral(s)) if s.value.to_str().is_empty() => Fallback::Empty,
        Some(Expr::StringLiteral(s)) => Fallback::Text(s.value.to_str().to_string()),
        Some(e) => match env_read(e) {
            Some((var, _, _)) => Fallback::Env(var.to_string()),
            None => Fallback::Other,
        },
    }
}

/// An environment read: `(variable, raising, fallback)`. `os.getenv("X")` and
/// `os.environ.get("X")` are soft (the default, or None, when unset); `os.environ["X"]` raises.
fn env_read(e: &Expr) -> Option<(&str, bool, Fallback)> {
    match e {
        Expr::Call(c) => {
            let soft = match &*c.func {
                Expr::Name(n) => n.id.as_str() == "getenv",
                Expr::Attribute(a) => {
                    a.attr.as_str() == "getenv"
                        || (a.attr.as_str() == "get" && is_environ(&a.value))
                }
                _ => false,
            };
            if !soft {
                return None;
            }
            let var = str_arg(c.arguments.args.first())?;
            let default = c.arguments.args.get(1).or_else(|| {
                c.arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "default"))
                    .map(|k| &k.value)
            });
            Some((var, false, fallback(default)))
        }
        Expr::Subscript(s) if is_environ(&s.value) => {
            Some((str_arg(Some(&s.slice))?, true, Fallback::Nothing))
        }
        _ => None,
    }
}

fn contains_token_call(e: &Expr, p: &Patterns) -> bool {
    match e {
        Expr::Await(a) => contains_token_call(&a.value, p),
        Expr::Call(c) => {
            name(&c.func).is_some_and(|n| has(&p.token_calls, n))
                || matches!(&*c.func, Expr::Attribute(a) if contains_token_call(&a.value, p))
        }
        Expr::Attribute(a) => contains_token_call(&a.value, p),
        _ => false,
    }
}

fn is_main_guard(test: &Expr) -> bool {
    matches!(test, Expr::Compare(c)
        if matches!(&*c.left, Expr::Name(n) if n.id.as_str() == "__name__")
            && matches!(c.comparators.first(), Some(Expr::StringLiteral(s)) if s.value.to_str() == "__main__"))
}

impl Walker<'_> {
    fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    fn alias(&self, name: &str) -> Option<&str> {
        self.aliases.var(name).map(|(v, _)| v)
    }

    fn value(&self, e: &Expr) -> Value {
        // `os.getenv("X") or ""`: the read, with the right side as its fallback.
        if let Expr::BoolOp(b) = e {
            if let (Some(first), Some(last)) = (b.values.first(), b.values.last()) {
                if let Some((var, raising, Fallback::Nothing)) = env_read(first) {
                    return Value::Env {
                        var: var.to_string(),
                        raising,
                        fallback: fallback(Some(last)),
                    };
                }
            }
        }
        if let Some((var, raising, fallback)) = env_read(e) {
            return Value::Env {
                var: var.to_string(),
                raising,
                fallback,
            };
        }
        if contains_token_call(e, self.p) {
            return Value::TokenCall;
        }
        match e {
            Expr::StringLiteral(s) => Value::Str(s.value.to_str().to_string()),
            Expr::BooleanLiteral(b) if !b.value => Value::False,
            Expr::BooleanLiteral(_) => Value::True,
            Expr::NoneLiteral(_) => Value::Null,
            Expr::Name(n) => match self.aliases.var(n.id.as_str()) {
                Some((var, fallback)) => Value::Env {
                    var: var.to_string(),
                    raising: false,
                    fallback: fallback.clone(),
                },
                None => Value::Name(n.id.to_string()),
            },
            Expr::Dict(d) => {
                let mut keys = Vec::new();
                let mut empty_lists = Vec::new();
                for item in &d.items {
                    if let Some(k) = str_arg(item.key.as_ref()) {
                        if matches!(&item.value, Expr::List(l) if l.elts.is_empty()) {
                            empty_lists.push(k.to_string());
                        }
                        keys.push(k.to_string());
                    } else if item.key.is_none() {
                        keys.push("**".to_string());
                    }
                }
                Value::Map { keys, empty_lists }
            }
            // dict(config_list=[...]) is a dict too.
            Expr::Call(c) if name(&c.func) == Some("dict") => Value::Map {
                keys: c
                    .arguments
                    .keywords
                    .iter()
                    .filter_map(|k| k.arg.as_ref().map(|a| a.as_str().to_string()))
                    .collect(),
                empty_lists: Vec::new(),
            },
            _ => Value::Other,
        }
    }

    fn call(&mut self, c: &ruff_python_ast::ExprCall) {
        let Some(local) = name(&c.func) else {
            return;
        };
        let (callee, module) = self.facts.resolve(local, qualifier(&c.func));
        let callee = callee.as_str();
        let at = u32::from(c.start());
        if has(&self.p.workers.py_calls, callee) {
            self.facts.workers.push((format!("{callee}()"), at));
        }
        if has(&self.p.dotenv.py_calls, callee) && self.depth == 0 {
            self.facts.dotenv.push(at);
        }
        let mut args: Vec<(String, Value)> = c
            .arguments
            .keywords
            .iter()
            .map(|k| match &k.arg {
                Some(a) => (a.as_str().to_string(), self.value(&k.value)),
                // `**kwargs`: any argument may be in there.
                None => (SPREAD.to_string(), Value::Other),
            })
            .collect();
        if c.arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
        {
            args.push((SPREAD.to_string(), Value::Other));
        }
        let client = self.p.client(callee, module.as_deref()).is_some();
        for (k, v) in &args {
            if let Value::Env {
                var,
                raising: false,
                fallback,
            } = v
            {
                if client && (has(&self.p.key_args, k) || fallback != &Fallback::Nothing) {
                    self.facts.passed.push((var.clone(), fallback.clone(), at));
                }
            }
        }
        if has(&self.p.children.py_calls, callee) {
            let env = c
                .arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "env"));
            if let Some(Expr::Dict(d)) = env.map(|k| &k.value) {
                // Any `**x` may carry the parent's environment (`**os.environ`, a filtered
                // comprehension over it, a prepared dict): only a dict with none proves the loss.
                let inherits = d.items.iter().any(|i| i.key.is_none());
                if !inherits {
                    self.facts.children.push((callee.to_string(), at));
                }
            }
        }
        if client || self.p.is_agent(callee) || self.p.is_crew(callee, module.as_deref()) {
            self.facts.calls.push(Call {
                name: callee.to_string(),
                module,
                positional: c.arguments.args.len(),
                at,
                module_scope: self.depth == 0,
                args,
            });
        }
    }

    /// True when a decorator named `n` (written `@qualifier.n` or `@n`) marks a worker task: a
    /// name in the list, unless an import says it comes from a module that is not a worker's
    /// (CrewAI's `@task` from `crewai.project` declares a crew's task, not a worker).
    fn worker_decorator(&self, n: &str, qualifier: Option<&str>) -> bool {
        if !has(&self.p.workers.py_decorators, n) {
            return false;
        }
        let (_, module) = self.facts.resolve(n, qualifier);
        match module {
            Some(m) => {
                let top = m.split('.').next().unwrap_or(&m);
                has(&self.p.workers.py_modules, &m) || has(&self.p.workers.py_modules, top)
            }
            // `@app.task` on a Celery app object: the qualifier is a variable, not an import.
            None => qualifier.is_some(),
        }
    }

    /// Notes an import of a worker module (or of a submodule of one) as a worker sign.
    fn worker_module(&mut self, module: &str, label: &str, at: Offset) {
        let top = module.split('.').next().unwrap_or(module);
        if has(&self.p.workers.py_modules, module) || has(&self.p.workers.py_modules, top) {
            self.facts.workers.push((label.replace("{}", module), at));
        }
    }

    fn test(&mut self, e: &Expr) {
        self.in_test += 1;
        self.visit_expr(e);
        self.in_test -= 1;
    }

    fn nested(&mut self, body: &[Stmt]) {
        self.depth += 1;
        self.visit_body(body);
        self.depth -= 1;
    }
}

impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    let callee = match &d.expression {
                        Expr::Call(c) => &*c.func,
                        e => e,
                    };
                    if let Some(n) = name(callee) {
                        if self.worker_decorator(n, qualifier(callee)) {
                            self.facts
                                .workers
                                .push((format!("@{n}"), u32::from(d.start())));
                        }
                    }
                    self.visit_expr(&d.expression);
                }
                self.nested(&f.body);
            }
            Stmt::If(i) if self.depth == 0 && is_main_guard(&i.test) => self.nested(&i.body),
            Stmt::If(i) => {
                self.test(&i.test);
                self.visit_body(&i.body);
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.test(t);
                    }
                    self.visit_body(&clause.body);
                }
            }
            Stmt::Assert(a) => {
                self.test(&a.test);
                if let Some(m) = &a.msg {
                    self.visit_expr(m);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let module = alias.name.as_str();
                    self.worker_module(module, "import {}", u32::from(i.start()));
                    let local = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => module.split('.').next().unwrap_or(module),
                    };
                    let module = if alias.asname.is_some() {
                        module
                    } else {
                        local
                    };
                    self.facts.imports.push(Import {
                        local: local.to_string(),
                        name: "*".into(),
                        module: module.to_string(),
                    });
                }
            }
            Stmt::ImportFrom(i) => {
                if let Some(module) = &i.module {
                    self.worker_module(module.as_str(), "from {} import", u32::from(i.start()));
                    for alias in &i.names {
                        let name = alias.name.as_str();
                        self.facts.imports.push(Import {
                            local: alias
                                .asname
                                .as_ref()
                                .map_or(name, |a| a.as_str())
                                .to_string(),
                            name: name.to_string(),
                            module: module.to_string(),
                        });
                    }
                }
            }
            Stmt::Assign(a) => {
                if let ([Expr::Subscript(t)], Expr::StringLiteral(v)) =
                    (a.targets.as_slice(), &*a.value)
                {
                    if let (true, Some(var)) = (is_environ(&t.value), str_arg(Some(&t.slice))) {
                        self.facts.env_writes.push((
                            var.to_string(),
                            v.value.to_str().to_string(),
                            u32::from(a.start()),
                        ));
                    }
                }
                if let [Expr::Name(target)] = a.targets.as_slice() {
                    match self.value(&a.value) {
                        Value::Env {
                            var,
                            raising: false,
                            fallback,
                        } => self.aliases.bind(target.id.as_str(), &var, fallback),
                        _ => self.aliases.unbind(target.id.as_str()),
                    }
                    if self.depth == 0 && contains_token_call(&a.value, self.p) {
                        self.facts
                            .tokens
                            .push((target.id.to_string(), u32::from(a.start())));
                    }
                }
                walk_stmt(self, stmt);
            }
            Stmt::ClassDef(_) => walk_stmt(self, stmt),
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Some((var, raising, fallback)) = env_read(expr) {
            if raising || self.in_test > 0 {
                self.facts.check(var);
            }
            if let Fallback::Text(text) = fallback {
                self.facts
                    .defaults
                    .push((var.to_string(), text, u32::from(expr.start())));
            }
        }
        match expr {
            Expr::Call(c) => {
                self.call(c);
                if name(&c.func).is_some_and(|n| has(&self.p.assert_calls, n)) {
                    self.in_test += 1;
                    walk_expr(self, expr);
                    self.in_test -= 1;
                } else {
                    walk_expr(self, expr);
                }
            }
            Expr::Lambda(_) => {
                self.depth += 1;
                walk_expr(self, expr);
                self.depth -= 1;
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => self.test(&u.operand),
            Expr::Compare(_) | Expr::If(_) => {
                self.in_test += 1;
                walk_expr(self, expr);
                self.in_test -= 1;
            }
            Expr::Name(n) => {
                if self.in_test > 0 {
                    if let Some(var) = self.alias(n.id.as_str()).map(str::to_string) {
                        self.facts.check(&var);
                    }
                }
            }
            Expr::StringLiteral(s) => {
                let text = s.value.to_str();
                self.facts.literal(u32::from(s.start()), text);
            }
            _ => walk_expr(self, expr),
        }
    }
}
