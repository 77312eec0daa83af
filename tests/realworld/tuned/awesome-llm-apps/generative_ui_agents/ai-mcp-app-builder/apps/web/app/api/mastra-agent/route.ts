import {
  CopilotRuntime,
  ExperimentalEmptyAdapter,
  copilotRuntimeNextJSAppRouterEndpoint,
} from "@copilotkit/runtime";
import { MastraAgent } from "@ag-ui/mastra";
import { Agent } from "@mastra/core/agent";
import { MCPClient } from "@mastra/mcp";
import { createOpenAI } from "@ai-sdk/openai";
import { NextRequest } from "next/server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { Observable } from "rxjs";
import crypto from "crypto";
import { z } from "zod";
import { E2BWorkspaceProvider } from "@/lib/workspace/e2b";
import { getDefaultMcpServers, type McpServerConfig } from "@/lib/mcp-defaults";

// Allow up to 5 minutes for long agent loops
export const maxDuration = 300;

const openai = createOpenAI({
  apiKey: process.env.OPENAI_API_KEY,
});

/** OpenAI chat model for the Mastra agent (`@ai-sdk/openai` id), e.g. gpt-5.5. */
const OPENAI_MODEL = process.env.OPENAI_MODEL?.trim() || "gpt-5.5";

// ── Request handler ──────────────────────────────────────────────────────────
// Architecture:
// - Mastra Agent executes MCP tools directly (via MCPClient — the LLM can see them)
// - A function middleware on the AG-UI Observable layer:
//   (a) Handles proxied MCP requests (MCPAppsActivityRenderer fetching widget HTML)
//   (b) Intercepts TOOL_CALL_RESULT for MCP UI tools → emits ACTIVITY_SNAPSHOT
// - CopilotKit v2's built-in MCPAppsActivityRenderer renders widget iframes

