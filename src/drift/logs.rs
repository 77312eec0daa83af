//! Which replica a log line came from, read from the prefix the log tool puts before it:
//!
//! - `kubectl logs --prefix` writes `[pod/NAME/CONTAINER] ` (and `[node/NAME] ` for node logs)
//!   before each line: `fmt.Sprintf("[pod/%s/%s] ", ...)` in kubectl's `pkg/cmd/logs/logs.go`;
//!   `--timestamps` puts an RFC 3339 time after that prefix.
//! - `docker compose logs` writes the container name padded to the longest name plus one, then
//!   `|` and a space (`fmt.Sprintf("%-"+width+"s |", name)`, then `"%s %s\n"`, in Compose's
//!   `cmd/formatter/logs.go`), coloured on a terminal; `--timestamps` puts the time after it.
//!
//! A line with neither prefix is a plain line: the record's own `host=` names its replica.

/// Where a prefixed line came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The replica as the tool names it: `pod/web-7d4b9c6f5-x2kqz/app`, `app-web-2`.
    pub replica: String,
    /// The workload its replicas share, as far as names tell: `web/app` (a Deployment's pod
    /// name without its template hash and random suffix, with the container), `app-web` (a
    /// Compose container name without its replica number).
    pub workload: String,
}

/// Splits a log line into its source (when it has a kubectl or Compose prefix) and the text after
/// the prefix. ANSI colour codes are dropped first.
pub fn split_line(line: &str) -> (Option<Source>, String) {
    let line = strip_ansi(line);
    if let Some((source, rest)) = kubectl(&line).or_else(|| compose(&line)) {
        return (Some(source), rest.to_string());
    }
    (None, line)
}

fn kubectl(line: &str) -> Option<(Source, &str)> {
    let inner = line.strip_prefix('[')?;
    let (prefix, rest) = inner.split_once("] ")?;
    if let Some(path) = prefix.strip_prefix("pod/") {
        let (pod, container) = path.split_once('/')?;
        if pod.is_empty() || pod.contains(char::is_whitespace) || container.contains('/') {
            return None;
        }
        let workload = format!("{}/{container}", pod_workload(pod));
        return Some((
            Source {
                replica: format!("pod/{pod}/{container}"),
                workload,
            },
            rest,
        ));
    }
    let node = prefix.strip_prefix("node/")?;
    (!node.is_empty() && !node.contains(char::is_whitespace)).then(|| {
        (
            Source {
                replica: format!("node/{node}"),
                workload: "nodes".into(),
            },
            rest,
        )
    })
}

fn compose(line: &str) -> Option<(Source, &str)> {
    let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))?;
    let (name, after) = line.split_at(end);
    let first = name.chars().next()?;
    if !first.is_ascii_alphanumeric() {
        return None;
    }
    let after = after.strip_prefix(' ')?.trim_start_matches(' ');
    let rest = if after == "|" {
        ""
    } else {
        after.strip_prefix("| ")?
    };
    let workload = name
        .rsplit_once(['-', '_'])
        .filter(|(base, n)| {
            !base.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        })
        .map_or(name, |(base, _)| base);
    Some((
        Source {
            replica: name.to_string(),
            workload: workload.to_string(),
        },
        rest,
    ))
}

/// A pod's workload name: a StatefulSet's `db-0` is `db`; a Deployment's
/// `web-7d4b9c6f5-x2kqz` is `web` (the pod-template hash and the 5-character suffix that
/// Kubernetes draws from `bcdfghjklmnpqrstvwxz2456789`); a DaemonSet's or Job's `agent-x2kqz` is
/// `agent`. Any other name is its own workload.
fn pod_workload(pod: &str) -> &str {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let strip = |name: &str, ok: &dyn Fn(&str) -> bool| -> Option<usize> {
        let (base, last) = name.rsplit_once('-')?;
        (!base.is_empty() && ok(last)).then_some(base.len())
    };
    if let Some(n) = strip(pod, &|s| {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    }) {
        return &pod[..n];
    }
    let generated = |len: std::ops::RangeInclusive<usize>| {
        move |s: &str| len.contains(&s.len()) && s.bytes().all(|b| ALPHABET.contains(&b))
    };
    let Some(n) = strip(pod, &generated(5..=5)) else {
        return pod;
    };
    let base = &pod[..n];
    match strip(base, &generated(6..=10)) {
        Some(m) => &base[..m],
        None => base,
    }
}

/// The line without ANSI escape sequences (`ESC [ ... letter`).
fn strip_ansi(line: &str) -> String {
    if !line.contains('\u{1b}') {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}
