//! Azure OpenAI endpoint and api-version checks, shared by env and config checks.

use crate::catalog::{catalog, Text};
use crate::finding::Severity;

/// A problem with one Azure setting value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingProblem {
    /// Rule id.
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

fn problem(rule: &'static str, severity: Severity, message: String, fix: String) -> SettingProblem {
    SettingProblem {
        rule,
        severity,
        message,
        fix,
    }
}

/// Splits `https://host:port/path` into (scheme, host, path). `None` when it is not a URL.
pub fn split_url(url: &str) -> Option<(&str, &str, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    if host.is_empty() {
        return None;
    }
    Some((scheme, host, &rest[end..]))
}

/// Checks an Azure OpenAI endpoint value (`https://<resource>.openai.azure.com/`).
pub fn check_endpoint(value: &str) -> Option<SettingProblem> {
    let facts = catalog().azure();
    let azure = catalog().provider("azure-openai")?;
    let example = "https://<resource>.openai.azure.com/";
    // `${env:AZURE_OPENAI_ENDPOINT}` (Prompty), `${VAR}`: filled in by the loader.
    if catalog().is_reference(value.trim()) {
        return None;
    }
    if crate::secret::is_placeholder_text(value) {
        return Some(problem(
            "placeholder-setting",
            Severity::Error,
            "is a placeholder, not the resource's endpoint".into(),
            format!("Set it to your resource's endpoint, e.g. {example}"),
        ));
    }
    let Some((scheme, host, path)) = split_url(value) else {
        return Some(problem(
            "azure-invalid-endpoint",
            Severity::Error,
            "is not a URL".into(),
            format!("Set it to your resource's endpoint, e.g. {example}"),
        ));
    };
    let host_lc = host.to_ascii_lowercase();
    if let Some(bad) = facts
        .misordered_hosts
        .iter()
        .find(|h| host_lc.ends_with(h.as_str()))
    {
        return Some(problem(
            "azure-invalid-endpoint",
            Severity::Error,
            format!("host ends in {bad}, which does not exist (the labels are in the wrong order)"),
            format!("Use {example} (openai.azure.com, not azure.openai.com)"),
        ));
    }
    if let Some(other) = catalog()
        .providers()
        .iter()
        .find(|p| p.id != azure.id && p.owns_host(&host_lc))
    {
        return Some(problem(
            "provider-mismatch",
            Severity::Error,
            format!("points at {} ({host}), not at an Azure OpenAI resource", other.name),
            format!("Set it to your Azure resource's endpoint ({example}), or use the {} client and its key instead", other.name),
        ));
    }
    if !azure.owns_host(&host_lc) {
        let gateway = facts
            .gateway_hosts
            .iter()
            .any(|h| host_lc.ends_with(h.as_str()));
        let (sev, what) = if gateway {
            (
                Severity::Info,
                "a gateway (API Management / App Service) in front of Azure OpenAI",
            )
        } else {
            (Severity::Warning, "not an Azure OpenAI host (*.openai.azure.com, *.cognitiveservices.azure.com, *.services.ai.azure.com)")
        };
        return Some(problem(
            "azure-invalid-endpoint",
            sev,
            format!("host {host} is {what}"),
            "If this is a proxy or custom domain, make sure it forwards the `api-key` header; otherwise use the endpoint shown under Keys and Endpoint in the Azure portal".into(),
        ));
    }
    if scheme != "https" {
        return Some(problem(
            "azure-invalid-endpoint",
            Severity::Error,
            format!("uses {scheme}://; Azure OpenAI only accepts https"),
            format!("Use https://{host}/"),
        ));
    }
    let path_lc = path.to_ascii_lowercase();
    if path_lc.contains("/deployments/")
        || path_lc.contains("/chat/completions")
        || path_lc.contains("api-version=")
    {
        return Some(problem(
            "azure-invalid-endpoint",
            Severity::Error,
            "includes a request path or query; the SDK appends /openai/deployments/<name>/... itself".into(),
            format!("Set only the resource root: https://{host}/"),
        ));
    }
    None
}

/// Checks an Azure OpenAI api-version value.
pub fn check_api_version(value: &str) -> Option<SettingProblem> {
    if catalog().is_reference(value.trim()) {
        return None;
    }
    let v = &catalog().azure().api_versions;
    let known = |list: &[Text]| list.iter().any(|k| k == value);
    if known(&v.ga) || known(&v.preview) || known(&v.v1) {
        return None;
    }
    let latest_ga = v.ga.last().map(Text::as_str).unwrap_or("");
    let shaped = is_version_shape(value);
    if !shaped {
        return Some(problem(
            "azure-invalid-api-version",
            Severity::Error,
            format!("{value:?} is not an api-version (expected YYYY-MM-DD or YYYY-MM-DD-preview)"),
            format!("Use a published version such as {latest_ga}"),
        ));
    }
    let (sev, message) = if value > latest_ga {
        (
            Severity::Info,
            format!("{value} is newer than the versions credcheck knows; fine if your resource supports it"),
        )
    } else {
        (
            Severity::Warning,
            format!("{value} is not a published Azure OpenAI api-version; requests will fail with 404 Resource not found"),
        )
    };
    Some(problem(
        "azure-unknown-api-version",
        sev,
        message,
        format!("Use a published version such as {latest_ga}"),
    ))
}

fn is_version_shape(v: &str) -> bool {
    let b = v.as_bytes();
    let date = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    let in_range = |r: std::ops::Range<usize>, lo: u32, hi: u32| {
        v.get(r)
            .and_then(|s| s.parse::<u32>().ok())
            .is_some_and(|n| (lo..=hi).contains(&n))
    };
    date && in_range(5..7, 1, 12)
        && in_range(8..10, 1, 31)
        && (b.len() == 10 || &v[10..] == "-preview")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints() {
        assert_eq!(check_endpoint("https://my-res.openai.azure.com/"), None);
        assert_eq!(
            check_endpoint("https://my-res.cognitiveservices.azure.com"),
            None
        );
        assert_eq!(
            check_endpoint("https://my-res.openai.azure.com/openai/v1/"),
            None
        );
        let rule = |v: &str| check_endpoint(v).map(|p| (p.rule, p.severity));
        assert_eq!(
            rule("my-res"),
            Some(("azure-invalid-endpoint", Severity::Error))
        );
        assert_eq!(
            rule("https://my-res.azure.openai.com/"),
            Some(("azure-invalid-endpoint", Severity::Error))
        );
        assert_eq!(
            rule("https://api.openai.com/v1"),
            Some(("provider-mismatch", Severity::Error))
        );
        assert_eq!(
            rule("https://gw.azure-api.net/"),
            Some(("azure-invalid-endpoint", Severity::Info))
        );
        assert_eq!(
            rule("https://example.com/"),
            Some(("azure-invalid-endpoint", Severity::Warning))
        );
        assert_eq!(
            rule("http://my-res.openai.azure.com/"),
            Some(("azure-invalid-endpoint", Severity::Error))
        );
        assert_eq!(
            rule("https://r.openai.azure.com/openai/deployments/gpt4/chat/completions?api-version=2024-06-01"),
            Some(("azure-invalid-endpoint", Severity::Error))
        );
    }

    #[test]
    fn versions() {
        assert_eq!(check_api_version("2024-10-21"), None);
        assert_eq!(check_api_version("2025-04-01-preview"), None);
        assert_eq!(check_api_version("preview"), None);
        let sev = |v: &str| check_api_version(v).map(|p| p.severity);
        assert_eq!(sev("2023-01-01"), Some(Severity::Warning));
        assert_eq!(sev("2030-01-01"), Some(Severity::Info));
        assert_eq!(sev("v2"), Some(Severity::Error));
        assert_eq!(sev("2024-06-01 "), Some(Severity::Error));
    }
}
