//! The rule table: every rule id credcheck reports, with its default severity and summary.
//! Ids are stable: tools and suppressions refer to them.

use crate::finding::Severity;
use serde::Serialize;

/// A rule's fixed facts.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Severity unless the check raises or lowers it.
    pub severity: Severity,
    /// One line on what the rule finds.
    pub summary: &'static str,
}

const fn rule(id: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule {
        id,
        severity,
        summary,
    }
}

use Severity::{Error, Info, Warning};

/// Every rule, in a stable order.
pub const RULES: &[Rule] = &[
    rule("missing-key", Error, "A provider the app needs has no credential variable set."),
    rule("empty-key", Error, "A credential variable is set but empty."),
    rule("placeholder-key", Error, "A credential holds a placeholder such as `your-api-key` or `sk-...`."),
    rule("unexpanded-reference", Error, "A value is an unexpanded reference such as `${OPENAI_API_KEY}`."),
    rule("malformed-key", Error, "A key has its provider's prefix but the wrong length or characters."),
    rule("placeholder-setting", Error, "A setting such as an endpoint holds a placeholder like `https://<resource>.openai.azure.com`."),
    rule("quoted-value", Error, "A value carries its surrounding quotes into the process."),
    rule("whitespace-in-value", Error, "A value has leading or trailing whitespace, a newline or a carriage return."),
    rule("scheme-in-key", Error, "A key includes an auth scheme such as `Bearer ` that the SDK adds itself."),
    rule("provider-mismatch", Error, "A key of one provider sits where another provider's key is read, or meets another provider's endpoint."),
    rule("model-provider-mismatch", Error, "A model of one provider is called through another provider's client or `api_type` (a missing key is `missing-key`, whatever else is set)."),
    rule("unknown-model", Info, "No catalogued provider serves this model name."),
    rule("azure-missing-endpoint", Error, "Azure OpenAI is used without an endpoint."),
    rule("azure-invalid-endpoint", Error, "The Azure OpenAI endpoint is not an Azure OpenAI resource URL."),
    rule("azure-missing-api-version", Error, "Azure OpenAI is used without an api-version."),
    rule("azure-invalid-api-version", Error, "The Azure OpenAI api-version is not a version at all (not YYYY-MM-DD[-preview])."),
    rule("azure-unknown-api-version", Warning, "The Azure OpenAI api-version is not a known version."),
    rule("azure-missing-deployment", Error, "The framework needs an Azure deployment name and none is set."),
    rule("missing-region", Error, "AWS Bedrock is used without a region."),
    rule("env-name-not-read", Error, "A value is set under a name the chosen framework does not read."),
    rule("env-name-whitespace", Error, "A variable name has surrounding whitespace, so code reading the real name sees nothing."),
    rule("interpolation-name-case", Warning, "A Compose ${NAME} the project's .env (or its example) spells in another case, so the service gets it empty."),
    rule("env-name-case", Info, "A variable name differs only in case from a known name; environment names are case-sensitive."),
    rule("invalid-env-value", Error, "A variable's value is not a string."),
    rule("oversized-value", Error, "A variable's value is far too large to be a credential."),
    rule("proxy-without-key", Warning, "A proxy is configured while a needed key is empty: a gateway is expected to add auth, or the key is lost."),
    rule("token-expired", Error, "A bearer or AD token (JWT) has expired."),
    rule("token-expiring", Warning, "A bearer or AD token (JWT) expires soon."),
    rule("malformed-token", Warning, "A value in a token slot looks like a JWT but cannot be decoded."),
    rule("env-file-syntax", Error, "A line of an env file is not KEY=VALUE; loaders skip or reject it."),
    rule("env-not-propagated", Error, "A credential this process holds will not reach the child process, worker thread or cluster worker it starts."),
    rule("env-differs-in-child", Warning, "A child gets a different value of a credential than this process holds."),
    rule("replica-key-missing", Warning, "A replica (pod, container, Ray node, Celery worker) started without a credential that other replicas of its workload hold."),
    rule("replica-key-differs", Warning, "A replica holds another value of a credential than most replicas of its workload."),
    rule("replica-stale-key", Warning, "A replica started before the newest key of a credential appeared on another replica, and still holds the old one (not restarted after a rotation)."),
    rule("replica-unseen", Info, "A replica wrote no startup record, or did not answer a probe, so its credentials cannot be compared."),
    rule("no-credentials", Info, "No provider credentials were found and none were asked for."),
    rule("config-syntax", Error, "A config file cannot be read: bad JSON or YAML, not UTF-8, too large or too deeply nested."),
    rule("literal-secret", Error, "A provider key is written into a file meant for version control."),
    rule("duplicate-env-key", Warning, "A .env file sets the same variable twice; one line silently wins."),
    rule("env-differs-across-files", Warning, "Two .env files give a credential different values, so processes built from each authenticate differently."),
    rule("mounted-config-env", Warning, "A LiteLLM config mounted into a Compose service reads a provider variable (`os.environ/NAME`) the service is not given."),
    rule("missing-in-sibling", Warning, "A service or container lacks a credential that a sibling of the same app (same image or build) has."),
    rule("unguarded-interpolation", Info, "A Compose value `${VAR}` has no default or `:?` guard and becomes empty when VAR is unset."),
    rule("passthrough-unset", Info, "A Compose variable is passed through from the shell (`- VAR`) and is silently dropped when unset there."),
    rule("optional-secret-ref", Warning, "A credential comes from a Secret reference marked `optional: true`: the pod starts without it."),
    rule("secret-ref-missing", Error, "A Secret reference names a Secret or key that the manifests do not define."),
    rule("empty-config-list", Error, "An AutoGen `config_list` is empty, so agents have no model to call."),
    rule("inconsistent-llm-config", Warning, "Agents in one file are given different or empty `llm_config`s."),
    rule("azure-missing-api-type", Error, "An Azure OpenAI endpoint is configured without `api_type: azure`, so the OpenAI client sends the key the wrong way."),
    rule("source-syntax", Info, "A source file cannot be parsed, so the lint skipped it (not a credential problem in itself)."),
    rule("client-at-import", Warning, "A model client or agent is built when the module is imported, in a module that starts workers or forks."),
    rule("unchecked-env-key", Warning, "A key read with `os.getenv` or `process.env` is passed to a client with no check, so a missing key fails later as a 401."),
    rule("dotenv-after-client", Error, "`.env` is loaded after a client was built, so the client read the environment without it."),
    rule("azure-client-incomplete", Error, "An Azure OpenAI client is built without its endpoint, api-version or deployment."),
    rule("implicit-openai", Warning, "A framework default calls OpenAI (CrewAI memory, planning, an agent with no llm) while the app's models are another provider's, so it needs OPENAI_API_KEY too."),
    rule("token-cached-at-module", Warning, "An access token is fetched once and reused instead of a token provider, so calls fail when it expires."),
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The default severity of `id`; `Error` for an id not in the table (a bug caught by tests).
pub fn default_severity(id: &str) -> Severity {
    find(id).map(|r| r.severity).unwrap_or(Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case() {
        for (i, r) in RULES.iter().enumerate() {
            assert!(
                r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id
            );
            assert!(
                RULES[i + 1..].iter().all(|o| o.id != r.id),
                "duplicate {}",
                r.id
            );
            assert!(r.summary.ends_with('.'), "{}", r.id);
        }
    }
}
