//! JavaScript and TypeScript facts, from oxc's parser and visitor.

use super::facts::{Aliases, Call, Facts, Fallback, Import, Offset, Value, SPREAD};
use super::patterns::{has, patterns, Patterns};
use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_ast_visit::{walk, Visit};
use oxc_span::SourceType;
use oxc_syntax::scope::ScopeFlags;

/// Parses `text` (the dialect from `path`'s extension) and collects its facts, or returns the
/// first syntax error as `(offset, message)`.
pub fn facts(path: &str, text: &str) -> Result<Facts, (Offset, String)> {
    let allocator = Allocator::default();
    let source_type = SourceType::from_path(path).unwrap_or_else(|_| SourceType::mjs());
    let mut parsed = oxc_parser::Parser::new(&allocator, text, source_type).parse();
    // JSX is common in `.js` files (React, Next.js): a `.js` file that does not parse as plain
    // JavaScript is tried again with JSX, as bundlers do.
    if parsed.diagnostics.errors().next().is_some()
        && !source_type.is_typescript()
        && !source_type.is_jsx()
    {
        let jsx = oxc_parser::Parser::new(&allocator, text, source_type.with_jsx(true)).parse();
        if jsx.diagnostics.errors().next().is_none() && !jsx.panicked {
            parsed = jsx;
        }
    }
    if let Some(e) = parsed.diagnostics.errors().next() {
        let at = e.labels.first().map_or(0, |l| l.offset());
        return Err((at as Offset, e.to_string()));
    }
    if parsed.panicked {
        return Err((0, "the parser gave up".into()));
    }
    let mut walker = Walker {
        p: patterns(),
        facts: Facts::default(),
        depth: 0,
        in_test: 0,
        aliases: Aliases::default(),
        dotenv_names: Vec::new(),
    };
    walker.visit_program(&parsed.program);
    Ok(walker.facts)
}

struct Walker<'p> {
    p: &'p Patterns,
    facts: Facts,
    /// Function nesting: 0 is module scope.
    depth: u32,
    /// Inside a condition (`if`, `!`, `assert(...)`).
    in_test: u32,
    /// Variables holding an environment read: `(name, variable)`.
    aliases: Aliases,
    /// Local names bound to the dotenv module or its `config`.
    dotenv_names: Vec<String>,
}

/// `process.env.X` or `process.env["X"]`: the variable.
fn env_read<'e>(e: &'e Expression) -> Option<&'e str> {
    let e = e.get_inner_expression();
    let (object, var) = match e {
        Expression::StaticMemberExpression(m) => (&m.object, m.property.name.as_str()),
        Expression::ComputedMemberExpression(m) => match m.expression.get_inner_expression() {
            Expression::StringLiteral(s) => (&m.object, s.value.as_str()),
            _ => return None,
        },
        _ => return None,
    };
    is_process_env(object).then_some(var)
}

/// True for `process.env`.
fn is_process_env(e: &Expression) -> bool {
    matches!(e.get_inner_expression(), Expression::StaticMemberExpression(m)
        if m.property.name == "env"
            && matches!(&m.object, Expression::Identifier(i) if i.name == "process"))
}

/// The name a callee is called by: `OpenAI` for `new OpenAI()`, `fork` for `cp.fork()`.
fn callee_name<'e>(callee: &'e Expression) -> Option<&'e str> {
    match callee.get_inner_expression() {
        Expression::Identifier(i) => Some(i.name.as_str()),
        Expression::StaticMemberExpression(m) => Some(m.property.name.as_str()),
        _ => None,
    }
}

/// The root identifier of a member callee: `lc` for `lc.ChatOpenAI`; `None` for a bare name.
fn callee_qualifier<'e>(callee: &'e Expression) -> Option<&'e str> {
    let Expression::StaticMemberExpression(m) = callee.get_inner_expression() else {
        return None;
    };
    let mut o = &m.object;
    loop {
        match o.get_inner_expression() {
            Expression::Identifier(i) => return Some(i.name.as_str()),
            Expression::StaticMemberExpression(m) => o = &m.object,
            _ => return None,
        }
    }
}

/// The module of `require("m")`.
fn required_module<'e>(e: &'e Expression) -> Option<&'e str> {
    match e.get_inner_expression() {
        Expression::CallExpression(c) if callee_name(&c.callee) == Some("require") => {
            match c.arguments.first().and_then(|a| a.as_expression()) {
                Some(Expression::StringLiteral(s)) => Some(s.value.as_str()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// What the right side of `process.env.X ?? d` or `|| d` gives.
fn fallback(e: &Expression) -> Fallback {
    match e.get_inner_expression() {
        Expression::StringLiteral(s) if s.value.is_empty() => Fallback::Empty,
        Expression::StringLiteral(s) => Fallback::Text(s.value.to_string()),
        Expression::NullLiteral(_) => Fallback::Nothing,
        Expression::Identifier(i) if i.name == "undefined" => Fallback::Nothing,
        e => env_read(e).map_or(Fallback::Other, |var| Fallback::Env(var.to_string())),
    }
}

/// The object a member callee is called on: `dotenv` for `dotenv.config()`.
fn callee_object<'e>(callee: &'e Expression<'e>) -> Option<&'e Expression<'e>> {
    match callee.get_inner_expression() {
        Expression::StaticMemberExpression(m) => Some(&m.object),
        _ => None,
    }
}

fn is_require_of(e: &Expression, module: &str) -> bool {
    matches!(e.get_inner_expression(), Expression::CallExpression(c)
        if callee_name(&c.callee) == Some("require")
            && matches!(c.arguments.first().and_then(|a| a.as_expression()),
                Some(Expression::StringLiteral(s)) if s.value == module))
}

fn contains_token_call(e: &Expression, p: &Patterns) -> bool {
    match e.get_inner_expression() {
        Expression::AwaitExpression(a) => contains_token_call(&a.argument, p),
        Expression::CallExpression(c) => {
            callee_name(&c.callee).is_some_and(|n| has(&p.token_calls, n))
                || callee_object(&c.callee).is_some_and(|o| contains_token_call(o, p))
        }
        Expression::StaticMemberExpression(m) => contains_token_call(&m.object, p),
        _ => false,
    }
}

impl Walker<'_> {
    fn value(&self, e: &Expression) -> Value {
        if let Some(var) = env_read(e) {
            return Value::Env {
                var: var.to_string(),
                raising: false,
                fallback: Fallback::Nothing,
            };
        }
        if let Expression::LogicalExpression(l) = e.get_inner_expression() {
            if let Value::Env {
                var,
                raising,
                fallback: Fallback::Nothing,
            } = self.value(&l.left)
            {
                return Value::Env {
                    var,
                    raising,
                    fallback: fallback(&l.right),
                };
            }
        }
        if contains_token_call(e, self.p) {
            return Value::TokenCall;
        }
        match e.get_inner_expression() {
            Expression::StringLiteral(s) => Value::Str(s.value.to_string()),
            Expression::BooleanLiteral(b) if !b.value => Value::False,
            Expression::BooleanLiteral(_) => Value::True,
            Expression::NullLiteral(_) => Value::Null,
            Expression::Identifier(i) if i.name == "undefined" => Value::Null,
            Expression::Identifier(i) => match self.aliases.var(i.name.as_str()) {
                Some((var, fallback)) => Value::Env {
                    var: var.to_string(),
                    raising: false,
                    fallback: fallback.clone(),
                },
                None => Value::Name(i.name.to_string()),
            },
            Expression::ObjectExpression(o) => {
                let mut keys = Vec::new();
                let mut empty_lists = Vec::new();
                for prop in &o.properties {
                    if let ObjectPropertyKind::ObjectProperty(p) = prop {
                        if let Some(k) = p.key.static_name() {
                            if matches!(p.value.get_inner_expression(), Expression::ArrayExpression(a) if a.elements.is_empty())
                            {
                                empty_lists.push(k.to_string());
                            }
                            keys.push(k.to_string());
                        }
                    }
                }
                Value::Map { keys, empty_lists }
            }
            _ => Value::Other,
        }
    }

    fn alias(&self, name: &str) -> Option<&str> {
        self.aliases.var(name).map(|(v, _)| v)
    }

    /// Named arguments: the properties of every object-literal argument.
    fn args(&self, arguments: &[Argument]) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        for a in arguments {
            if let Some(Expression::ObjectExpression(o)) =
                a.as_expression().map(|e| e.get_inner_expression())
            {
                for prop in &o.properties {
                    match prop {
                        ObjectPropertyKind::ObjectProperty(p) => {
                            if let Some(k) = p.key.static_name() {
                                out.push((k.to_string(), self.value(&p.value)));
                            }
                        }
                        ObjectPropertyKind::SpreadProperty(_) => {
                            out.push((SPREAD.to_string(), Value::Other));
                        }
                    }
                }
            } else if a.is_spread() {
                out.push((SPREAD.to_string(), Value::Other));
            }
        }
        out
    }

    /// A child-starting call whose `env` option is an object literal without a spread.
    fn child_env(&mut self, name: &str, at: Offset, arguments: &[Argument]) {
        for a in arguments {
            let Some(Expression::ObjectExpression(o)) =
                a.as_expression().map(|e| e.get_inner_expression())
            else {
                continue;
            };
            for prop in &o.properties {
                let ObjectPropertyKind::ObjectProperty(p) = prop else {
                    continue;
                };
                if p.key.static_name().as_deref() != Some("env") {
                    continue;
                }
                if let Expression::ObjectExpression(env) = p.value.get_inner_expression() {
                    let spreads = env
                        .properties
                        .iter()
                        .any(|q| matches!(q, ObjectPropertyKind::SpreadProperty(_)));
                    if !spreads {
                        self.facts.children.push((name.to_string(), at));
                    }
                }
            }
        }
    }

    fn construct(&mut self, callee: &Expression, at: Offset, arguments: &[Argument]) {
        let Some(local) = callee_name(callee) else {
            return;
        };
        let (name, module) = self.facts.resolve(local, callee_qualifier(callee));
        let client = self.p.client(&name, module.as_deref()).is_some();
        if client || self.p.is_agent(&name) || self.p.is_crew(&name, module.as_deref()) {
            let args = self.args(arguments);
            for (k, v) in &args {
                if let Value::Env { var, fallback, .. } = v {
                    if client && (has(&self.p.key_args, k) || fallback != &Fallback::Nothing) {
                        self.facts.passed.push((var.clone(), fallback.clone(), at));
                    }
                }
            }
            let positional = arguments
                .iter()
                .filter(|a| {
                    !a.is_spread()
                        && !matches!(
                            a.as_expression().map(|e| e.get_inner_expression()),
                            Some(Expression::ObjectExpression(_))
                        )
                })
                .count();
            self.facts.calls.push(Call {
                name,
                module,
                positional,
                at,
                module_scope: self.depth == 0,
                args,
            });
        }
    }

    fn test<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.in_test += 1;
        let r = f(self);
        self.in_test -= 1;
        r
    }
}

impl<'a> Visit<'a> for Walker<'_> {
    fn visit_import_declaration(&mut self, it: &ImportDeclaration<'a>) {
        let source = it.source.value.as_str();
        if has(&self.p.workers.js_modules, source) {
            self.facts
                .workers
                .push((format!("import from '{source}'"), it.span.start));
        }
        if source == self.p.dotenv.js_module {
            for s in it.specifiers.iter().flatten() {
                self.dotenv_names.push(s.local().name.to_string());
            }
        }
        for s in it.specifiers.iter().flatten() {
            let name = match s {
                ImportDeclarationSpecifier::ImportSpecifier(s) => s.imported.name().to_string(),
                ImportDeclarationSpecifier::ImportDefaultSpecifier(_) => "default".into(),
                ImportDeclarationSpecifier::ImportNamespaceSpecifier(_) => "*".into(),
            };
            self.facts.imports.push(Import {
                local: s.local().name.to_string(),
                name,
                module: source.to_string(),
            });
        }
        walk::walk_import_declaration(self, it);
    }

    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        self.depth += 1;
        walk::walk_function(self, it, flags);
        self.depth -= 1;
    }

    fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
        self.depth += 1;
        walk::walk_arrow_function_expression(self, it);
        self.depth -= 1;
    }

    fn visit_class_body(&mut self, it: &ClassBody<'a>) {
        self.depth += 1;
        walk::walk_class_body(self, it);
        self.depth -= 1;
    }

    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        let name = it.id.get_identifier_name().map(|n| n.to_string());
        if let (Some(name), Some(init)) = (&name, &it.init) {
            // `process.env.X ?? ""` and `process.env.X || ""` still hold the read.
            match self.value(init) {
                Value::Env { var, fallback, .. } => self.aliases.bind(name, &var, fallback),
                _ => self.aliases.unbind(name),
            }
            if is_require_of(init, &self.p.dotenv.js_module) {
                self.dotenv_names.push(name.clone());
            }
        }
        if let (Some(init), BindingPattern::ObjectPattern(o)) = (&it.init, &it.id) {
            // `const { AzureOpenAI } = require("openai")`
            if let Some(module) = required_module(init) {
                for prop in &o.properties {
                    if let (Some(key), Some(local)) =
                        (prop.key.static_name(), prop.value.get_identifier_name())
                    {
                        self.facts.imports.push(Import {
                            local: local.to_string(),
                            name: key.to_string(),
                            module: module.to_string(),
                        });
                    }
                }
            }
        }
        if let (Some(init), Some(name)) = (&it.init, &name) {
            // `const OpenAI = require("openai")`
            if let Some(module) = required_module(init) {
                self.facts.imports.push(Import {
                    local: name.clone(),
                    name: "*".into(),
                    module: module.to_string(),
                });
            }
        }
        if let Some(init) = &it.init {
            if self.depth == 0 && contains_token_call(init, self.p) {
                let label = name
                    .clone()
                    .unwrap_or_else(|| "a module-level variable".into());
                self.facts.tokens.push((label, it.span.start));
            }
        }
        walk::walk_variable_declarator(self, it);
    }

    fn visit_new_expression(&mut self, it: &NewExpression<'a>) {
        if let Some(name) = callee_name(&it.callee) {
            let at = it.span.start;
            if has(&self.p.workers.js_constructors, name) {
                self.facts.workers.push((format!("new {name}()"), at));
            }
            if has(&self.p.children.js_constructors, name) {
                self.child_env(name, at, &it.arguments);
            }
            self.construct(&it.callee, at, &it.arguments);
        }
        walk::walk_new_expression(self, it);
    }

    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        let at = it.span.start;
        let name = callee_name(&it.callee);
        if let Some(name) = name {
            if has(&self.p.workers.js_calls, name) {
                self.facts.workers.push((format!("{name}()"), at));
            }
            if has(&self.p.children.js_calls, name) {
                self.child_env(name, at, &it.arguments);
            }
            let dotenv = if name == self.p.dotenv.js_call {
                match callee_object(&it.callee) {
                    Some(Expression::Identifier(o)) => {
                        self.dotenv_names.iter().any(|n| n == o.name.as_str())
                    }
                    Some(o) => is_require_of(o, &self.p.dotenv.js_module),
                    None => self.dotenv_names.iter().any(|n| n == name),
                }
            } else {
                false
            };
            if dotenv && self.depth == 0 {
                self.facts.dotenv.push(at);
            }
            self.construct(&it.callee, at, &it.arguments);
        }
        if name.is_some_and(|n| has(&self.p.assert_calls, n)) {
            self.test(|w| walk::walk_call_expression(w, it));
        } else {
            walk::walk_call_expression(self, it);
        }
    }

    fn visit_if_statement(&mut self, it: &IfStatement<'a>) {
        self.test(|w| w.visit_expression(&it.test));
        self.visit_statement(&it.consequent);
        if let Some(alt) = &it.alternate {
            self.visit_statement(alt);
        }
    }

    fn visit_conditional_expression(&mut self, it: &ConditionalExpression<'a>) {
        self.test(|w| w.visit_expression(&it.test));
        self.visit_expression(&it.consequent);
        self.visit_expression(&it.alternate);
    }

    fn visit_unary_expression(&mut self, it: &UnaryExpression<'a>) {
        if it.operator == UnaryOperator::LogicalNot {
            self.test(|w| walk::walk_unary_expression(w, it));
        } else {
            walk::walk_unary_expression(self, it);
        }
    }

    fn visit_binary_expression(&mut self, it: &BinaryExpression<'a>) {
        if it.operator.is_equality() {
            self.test(|w| walk::walk_binary_expression(w, it));
        } else {
            walk::walk_binary_expression(self, it);
        }
    }

    fn visit_identifier_reference(&mut self, it: &IdentifierReference<'a>) {
        if self.in_test > 0 {
            if let Some(var) = self.alias(it.name.as_str()).map(str::to_string) {
                self.facts.check(&var);
            }
        }
    }

    fn visit_static_member_expression(&mut self, it: &StaticMemberExpression<'a>) {
        if self.in_test > 0 && is_process_env(&it.object) {
            self.facts.check(it.property.name.as_str());
        }
        walk::walk_static_member_expression(self, it);
    }

    fn visit_computed_member_expression(&mut self, it: &ComputedMemberExpression<'a>) {
        if self.in_test > 0 && is_process_env(&it.object) {
            if let Expression::StringLiteral(s) = it.expression.get_inner_expression() {
                self.facts.check(s.value.as_str());
            }
        }
        walk::walk_computed_member_expression(self, it);
    }

    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        // `process.env.X = "..."` or `process.env["X"] = "..."`: a literal written into the env.
        let var = match &it.left {
            AssignmentTarget::StaticMemberExpression(m) if is_process_env(&m.object) => {
                Some(m.property.name.as_str())
            }
            AssignmentTarget::ComputedMemberExpression(m) if is_process_env(&m.object) => {
                match m.expression.get_inner_expression() {
                    Expression::StringLiteral(s) => Some(s.value.as_str()),
                    _ => None,
                }
            }
            _ => None,
        };
        if let (Some(var), Expression::StringLiteral(v)) = (var, it.right.get_inner_expression()) {
            self.facts
                .env_writes
                .push((var.to_string(), v.value.to_string(), it.span.start));
        }
        walk::walk_assignment_expression(self, it);
    }

    fn visit_logical_expression(&mut self, it: &LogicalExpression<'a>) {
        if let Some(var) = env_read(&it.left) {
            if let Fallback::Text(text) = fallback(&it.right) {
                self.facts
                    .defaults
                    .push((var.to_string(), text, it.span.start));
            }
        }
        walk::walk_logical_expression(self, it);
    }

    fn visit_string_literal(&mut self, it: &StringLiteral<'a>) {
        self.facts.literal(it.span.start, it.value.as_str());
    }

    fn visit_template_element(&mut self, it: &TemplateElement<'a>) {
        if let Some(cooked) = &it.value.cooked {
            self.facts.literal(it.span.start, cooked.as_str());
        }
    }
}
