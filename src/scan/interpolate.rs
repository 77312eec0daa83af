//! Compose `${VAR}` interpolation: which variables a value refers to and how each is guarded.
//! Syntax from the Compose specification ("Interpolation"): `$VAR`, `${VAR}`, `${VAR:-default}`,
//! `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`; `$$` is a `$`.

/// One reference to a variable in a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reference {
    /// The variable name.
    pub name: String,
    /// A default is given (`:-` or `-`), or the value is only used when set (`:+`, `+`).
    pub defaulted: bool,
    /// Compose refuses to start when it is unset (`:?` or `?`).
    pub guarded: bool,
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every reference in `value`, in order.
pub(crate) fn references(value: &str) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut rest = value;
    while let Some(i) = rest.find('$') {
        let after = &rest[i + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            rest = tail;
            continue;
        }
        if let Some(body) = after.strip_prefix('{') {
            let end = body.find('}').unwrap_or(body.len());
            let inner = &body[..end];
            let name_len = inner
                .find(|c: char| !is_name_char(c))
                .unwrap_or(inner.len());
            let (name, op) = inner.split_at(name_len);
            if !name.is_empty() {
                out.push(Reference {
                    name: name.to_string(),
                    defaulted: op.starts_with(":-")
                        || op.starts_with('-')
                        || op.starts_with(":+")
                        || op.starts_with('+'),
                    guarded: op.starts_with(":?") || op.starts_with('?'),
                });
            }
            rest = body.get(end + 1..).unwrap_or("");
            continue;
        }
        let name_len = after
            .find(|c: char| !is_name_char(c))
            .unwrap_or(after.len());
        if name_len > 0 && !after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push(Reference {
                name: after[..name_len].to_string(),
                defaulted: false,
                guarded: false,
            });
        }
        rest = &after[name_len..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let r = references("a ${A} $B ${C:-x} ${D?must} $$E ${F:+y}");
        let got: Vec<(&str, bool, bool)> = r
            .iter()
            .map(|r| (r.name.as_str(), r.defaulted, r.guarded))
            .collect();
        assert_eq!(
            got,
            [
                ("A", false, false),
                ("B", false, false),
                ("C", true, false),
                ("D", false, true),
                ("F", true, false)
            ]
        );
        assert!(references("plain").is_empty());
        assert!(references("${").is_empty());
    }
}
