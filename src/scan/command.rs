//! What a service's or container's command runs: a sibling built from the app's image may run
//! something else entirely (a docs server, a one-shot client of another service), and such a
//! unit needs no provider credential of its own.

use crate::tree::Node;

/// Programs that never call an LLM provider, each a whole kind of tool: documentation servers
/// and builders, web servers and proxies, databases and caches. A unit whose command runs only
/// these (and shell builtins) serves files or data, whatever image it is built from.
const NON_APP_TOOLS: &[&str] = &[
    // documentation
    "mkdocs",
    "sphinx-build",
    "sphinx-autobuild",
    "jekyll",
    "hugo",
    "docsify",
    "mdbook",
    // web servers and proxies
    "nginx",
    "caddy",
    "httpd",
    "apache2",
    "traefik",
    "envoy",
    "haproxy",
    // databases and caches
    "postgres",
    "mysqld",
    "mongod",
    "redis-server",
    "memcached",
];

/// Shell words that run no program of their own.
const BUILTINS: &[&str] = &[
    "cd", "echo", "true", "sleep", "set", "export", "exec", "env", ":", "printf",
];

/// Shells whose `-c` script is the command.
const SHELLS: &[&str] = &["sh", "bash", "ash", "dash", "/bin/sh", "/bin/bash"];

/// What a unit's command (with its entrypoint) runs, as far as the file says.
#[derive(Debug, Default)]
pub(crate) struct Command {
    /// The programs it starts, in order (`mkdocs` for `sh -c "cd docs && mkdocs serve"`).
    pub programs: Vec<String>,
    /// The hosts of the URLs it names (`apiserver` for `llamactl -s http://apiserver:4501`).
    pub hosts: Vec<String>,
}

impl Command {
    /// Reads the `command` and `entrypoint` (or `args`) nodes of a unit, each a string or a
    /// list of words. Absent nodes give an empty command (the image's own, unknown here).
    pub fn of(nodes: &[Option<&Node>]) -> Self {
        let mut words: Vec<String> = Vec::new();
        for node in nodes.iter().flatten() {
            if let Some(text) = node.as_str() {
                words.extend(text.split_whitespace().map(str::to_string));
            } else if node.is_seq() {
                words.extend(
                    node.items()
                        .iter()
                        .filter_map(|n| n.scalar().map(str::to_string)),
                );
            }
        }
        let text = words.join(" ");
        let mut cmd = Command::default();
        for (i, _) in text.match_indices("://") {
            let host: String = text[i + 3..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !host.is_empty() && !cmd.hosts.contains(&host) {
                cmd.hosts.push(host);
            }
        }
        // Each segment of `a && b; c | d` starts a program (after builtins, assignments and a
        // shell's `-c`).
        let cleaned = text.replace(['"', '\''], " ");
        for segment in cleaned.split(['&', ';', '|', '\n']) {
            let mut words = segment.split_whitespace().peekable();
            while let Some(w) = words.next() {
                if SHELLS.contains(&w) {
                    if words.peek() == Some(&"-c") {
                        words.next();
                    }
                    continue;
                }
                if w.contains('=') && !w.starts_with('-') {
                    continue; // VAR=value before the program
                }
                if w == "exec" || w == "env" {
                    continue;
                }
                if BUILTINS.contains(&w) {
                    break; // the rest of the segment is its arguments
                }
                cmd.programs
                    .push(w.rsplit('/').next().unwrap_or(w).to_string());
                break;
            }
        }
        cmd
    }

    /// True when the command is known and runs only tools that never call a provider.
    pub fn runs_no_app(&self) -> bool {
        !self.programs.is_empty()
            && self
                .programs
                .iter()
                .all(|p| NON_APP_TOOLS.contains(&p.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmd(yaml: &str) -> Command {
        let docs = crate::tree::parse_yaml(yaml).unwrap();
        let doc = &docs[0];
        Command::of(&[doc.get("command"), doc.get("entrypoint")])
    }

    #[test]
    fn a_docs_server_in_a_shell_runs_no_app() {
        let c = cmd("command: sh -c \"cd docs && mkdocs serve --dev-addr 0.0.0.0:8000\"\n");
        assert_eq!(c.programs, ["mkdocs"]);
        assert!(c.runs_no_app());
    }

    #[test]
    fn the_app_or_an_unknown_command_runs_the_app() {
        assert!(!cmd("command: python -m flask --app api run\n").runs_no_app());
        assert!(
            !cmd("command: [\"sh\", \"-c\", \"mkdocs build && python app.py\"]\n").runs_no_app()
        );
        assert!(!cmd("image: app\n").runs_no_app());
    }

    #[test]
    fn hosts_of_urls_are_read() {
        let c = cmd("entrypoint: llamactl -s http://apiserver:4501 -t 60 deploy x.yaml\n");
        assert_eq!(c.hosts, ["apiserver"]);
        assert_eq!(c.programs, ["llamactl"]);
    }
}
