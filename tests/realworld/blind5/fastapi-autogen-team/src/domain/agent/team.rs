use crate::application::dtos::Input;
use crate::infrastructure::tools::confluence::ConfluenceTool;
use crate::infrastructure::tools::jira::JiraTool;
use crate::infrastructure::tools::r2r::R2RTool;
use async_stream::stream;
use futures::{future::join_all, Stream, StreamExt};
use rig::agent::MultiTurnStreamItem;
use rig::client::CompletionClient;
use rig::completion::Prompt;
use rig::providers::openai;
use rig::streaming::{StreamedAssistantContent, StreamingPrompt};
use serde_json;
use std::env;
use std::pin::Pin;

/// Events emitted by the agent pipeline during SSE streaming.
///
/// `Progress` events are emitted after the planner and each RAG search.
/// `Delta` events carry individual QA token chunks.
/// `Done` signals end-of-stream.
/// Progress events are **only** produced on the streaming path (`run_stream`).
#[derive(Debug)]
pub enum AgentEvent {
    Progress { stage: String, message: String },
    Delta(String),
    Done,
}

/// Returns `true` when a planner output line is a valid standalone search query.
/// Rejects: empty lines, JSON structural tokens, quoted strings, the literal
/// TERMINATE keyword, and lines that are too short to be meaningful queries.
fn is_valid_query_line(line: &str) -> bool {
    let l = line.trim();
    if l.len() < 5 {
        return false;
    }
    if l.starts_with('{') || l.starts_with('}') {
        return false;
    }
    // Reject JSON key/value fragments (e.g. `"title": "..."`, `"follow_ups":` etc.)
    if l.starts_with('"') {
        return false;
    }
    // Reject lines that are solely the TERMINATE stop-word
    if l.eq_ignore_ascii_case("terminate") || l.ends_with("TERMINATE") {
        return false;
    }
    true
}

pub struct AgentTeam {
    client: openai::Client,
}

impl AgentTeam {
    pub async fn new() -> anyhow::Result<Self> {
        let api_key = env::var("LITELLM_API_KEY").expect("LITELLM_API_KEY must be set");
        let base_url =
            env::var("LITELLM_BASE_URL").unwrap_or_else(|_| "http://litellm:4000/v1".to_string());

        let client = openai::Client::builder()
            .api_key(&api_key)
            .base_url(&base_url)
            .build()?;

        Ok(Self { client })
    }

    pub async fn run(&self, input: Input) -> anyhow::Result<String> {
        let client = self.client.clone().completions_api();

        let last_message = input
            .messages
            .last()
            .and_then(|m| match &m.content {
