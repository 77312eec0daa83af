//! Which `.env` files a config is checked against: those in its directory and above.

use super::dotenv_files::DotenvFile;
use super::Parsed;
use crate::env::Env;

/// The `.env` files of a scan, by directory.
pub(crate) struct Scope<'a> {
    files: Vec<&'a DotenvFile>,
}

/// The directory part of a path (`""` for a bare name), with `/` separators.
pub(crate) fn dir_of(path: &str) -> String {
    let path = path.replace('\\', "/");
    match path.rfind('/') {
        Some(i) => path[..i].to_string(),
        None => String::new(),
    }
}

/// `base` joined with a relative `rel`, `.` and `..` resolved.
pub(crate) fn join(base: &str, rel: &str) -> String {
    let rel = rel.replace('\\', "/");
    let mut parts: Vec<&str> = if rel.starts_with('/') {
        Vec::new()
    } else {
        base.split('/')
            .filter(|p| !p.is_empty() && *p != ".")
            .collect()
    };
    for part in rel.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    if base.starts_with('/') || rel.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

fn normal(path: &str) -> String {
    join("", path).trim_start_matches('/').to_string()
}

impl<'a> Scope<'a> {
    /// The scope of the parsed files.
    pub fn new(parsed: &'a [Parsed]) -> Self {
        Scope {
            files: parsed
                .iter()
                .filter_map(|p| match p {
                    Parsed::Dotenv(f) if !f.example => Some(f),
                    _ => None,
                })
                .collect(),
        }
    }

    /// The `.env` file at exactly this path, if it was scanned.
    pub fn file(&self, path: &str) -> Option<&'a DotenvFile> {
        let want = normal(path);
        self.files.iter().copied().find(|f| normal(&f.path) == want)
    }

    /// The `.env` files in `dir` itself.
    pub fn in_dir(&self, dir: &str) -> Vec<&'a DotenvFile> {
        let want = normal(dir);
        self.files
            .iter()
            .copied()
            .filter(|f| normal(&dir_of(&f.path)) == want)
            .collect()
    }

    /// The environment a config at `path` most likely runs with: the `.env` files of its
    /// directory and every directory above it (nearer files win). Empty when there are none.
    pub fn env_for(&self, path: &str) -> Option<Env> {
        let dir = normal(&dir_of(path));
        let mut chain: Vec<(usize, &DotenvFile)> = self
            .files
            .iter()
            .filter_map(|f| {
                let d = normal(&dir_of(&f.path));
                let inside = d.is_empty() || dir == d || dir.starts_with(&format!("{d}/"));
                inside.then_some((d.len(), *f))
            })
            .collect();
        if chain.is_empty() {
            return None;
        }
        chain.sort_by_key(|(depth, f)| (*depth, f.path.clone()));
        let mut env = Env::default();
        for (_, f) in chain {
            env.entries.extend(f.env.entries.iter().cloned());
        }
        Some(env)
    }
}
