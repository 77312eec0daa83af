//! Report formats. Every format is rendered from a [`Report`], which holds secrets only masked.

pub mod revise;
mod sarif;
mod text;
pub use text::credential_error;

pub use sarif::{path_uri, sarif};
pub use text::text;

use crate::finding::Report;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Human-readable, for terminals and logs.
    Text,
    /// `{ "findings": [...], "summary": {...} }`.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// A format name that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?}; use text, json or sarif")]
pub struct UnknownFormat(pub String);

impl std::str::FromStr for Format {
    type Err = UnknownFormat;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "sarif" => Ok(Format::Sarif),
            other => Err(UnknownFormat(other.to_string())),
        }
    }
}

/// The report as pretty JSON.
pub fn json(report: &Report) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// Renders in the given format.
pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Text => text(report),
        Format::Json => json(report),
        Format::Sarif => sarif(report),
    }
}
