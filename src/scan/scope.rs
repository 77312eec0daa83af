//! Which `.env` files a config is checked against: those in its directory and above.

use super::dotenv_files::DotenvFile;
use super::Parsed;
use crate::env::Env;

/// The `.env` files of a scan, by directory.
pub(crate) struct Scope<'a> {
    /// Each file with its normalised path and directory.
    files: Vec<(&'a DotenvFile, String, String)>,
    /// Each LiteLLM proxy config (normalised path) with the variables it reads as
    /// `os.environ/NAME`.
    litellm: Vec<(String, Vec<String>)>,
    /// Every `.env` file, examples too, with its normalised directory.
    all: Vec<(&'a DotenvFile, String)>,
}

/// The `NAME`s of `os.environ/NAME` in a LiteLLM config, in order, without repeats.
fn litellm_refs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    use super::litellm::ENV_PREFIX;
    for (i, _) in text.match_indices(ENV_PREFIX) {
        let name: String = text[i + ENV_PREFIX.len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
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
                    Parsed::Dotenv(f) if !f.example => {
                        Some((f, normal(&f.path), normal(&dir_of(&f.path))))
                    }
                    _ => None,
                })
                .collect(),
            all: parsed
                .iter()
                .filter_map(|p| match p {
                    Parsed::Dotenv(f) => Some((f, normal(&dir_of(&f.path)))),
                    _ => None,
                })
                .collect(),
            litellm: parsed
                .iter()
                .filter_map(|p| match p {
                    Parsed::Tree {
                        path,
                        kind: super::Kind::LitellmConfig,
                        text,
                    } => Some((normal(path), litellm_refs(text))),
                    _ => None,
                })
                .collect(),
        }
    }

    /// The variables a scanned LiteLLM config at `path` reads (`os.environ/NAME`), if it is one.
    pub fn litellm_vars(&self, path: &str) -> Option<&[String]> {
        let want = normal(path);
        self.litellm
            .iter()
            .find(|(p, _)| *p == want)
            .map(|(_, v)| v.as_slice())
    }

    /// The `.env` file at exactly this path, if it was scanned.
    pub fn file(&self, path: &str) -> Option<&'a DotenvFile> {
        let want = normal(path);
        self.files
            .iter()
            .find(|(_, p, _)| *p == want)
            .map(|(f, _, _)| *f)
    }

    /// The files in `dir` that Compose reads or users copy to the one it reads: `.env` and its
    /// examples (`.env.example`, `.env.sample`).
    pub fn compose_dotenvs(&self, dir: &str) -> Vec<&'a DotenvFile> {
        let want = normal(dir);
        self.all
            .iter()
            .filter(|(f, d)| {
                *d == want
                    && f.path
                        .rsplit(['/', '\\'])
                        .next()
                        .is_some_and(|n| n == ".env" || n.starts_with(".env."))
            })
            .map(|(f, _)| *f)
            .collect()
    }

    /// The `.env` files in `dir` itself.
    pub fn in_dir(&self, dir: &str) -> Vec<&'a DotenvFile> {
        let want = normal(dir);
        self.files
            .iter()
            .filter(|(_, _, d)| *d == want)
            .map(|(f, _, _)| *f)
            .collect()
    }

    /// The environment a config at `path` most likely runs with: the `.env` files of its
    /// directory and every directory above it (nearer files win). `None` when there are none.
    pub fn env_for(&self, path: &str) -> Option<Env> {
        if self.files.is_empty() {
            return None;
        }
        let dir = normal(&dir_of(path));
        let mut chain: Vec<(usize, &DotenvFile)> = self
            .files
            .iter()
            .filter(|(_, _, d)| {
                d.is_empty()
                    || dir == *d
                    || (dir.starts_with(d.as_str()) && dir.as_bytes().get(d.len()) == Some(&b'/'))
            })
            .map(|(f, _, d)| (d.len(), *f))
            .collect();
        if chain.is_empty() {
            return None;
        }
        chain.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
        let mut env = Env::default();
        for (_, f) in chain {
            env.entries.extend(f.env.entries.iter().cloned());
        }
        Some(env)
    }
}
