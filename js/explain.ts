/**
 * Explaining an auth failure after it happened: `explainError(err)` gathers the text of an error
 * (message, stack, cause chain, AggregateError members, and the status, code and body fields that
 * SDK errors carry) and the core recognises the provider, framework, status and ranked causes.
 */
import { full } from "./wasm-full";
import type { Explanation } from "./types";

/** Most characters of error text gathered; the signals sit in the first lines. */
const MAX_CHARS = 64 * 1024;

/** The text of an error, its causes and members, with the fields SDK errors carry; cycle-safe. */
export function errorText(err: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let size = 0;
  const push = (s: string) => {
    if (size < MAX_CHARS) {
      parts.push(s);
      size += s.length;
    }
  };
  const visit = (e: unknown, depth: number) => {
    if (depth > 8 || e === null || e === undefined || seen.has(e)) return;
    if (typeof e !== "object" && typeof e !== "function") {
      push(String(e));
      return;
    }
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (typeof o.stack === "string") push(o.stack);
    else if (typeof o.message === "string") push(`${String(o.name ?? "Error")}: ${o.message}`);
    for (const key of ["status", "code", "type", "param"]) {
      const v = o[key];
      if (typeof v === "string" || typeof v === "number") push(`${key}: ${v}`);
    }
    // openai-node and @anthropic-ai/sdk keep the parsed body on `error`.
    if (o.error !== undefined && typeof o.error === "object") {
      try {
        push(JSON.stringify(o.error));
      } catch {
        /* a cycle: skip */
      }
    }
    if (Array.isArray(o.errors)) for (const m of o.errors) visit(m, depth + 1);
    visit(o.cause, depth + 1);
  };
  visit(err, 0);
  return parts.join("\n").slice(0, MAX_CHARS);
}

/**
 * Explains an auth failure from an error or its text: which provider answered, through which
 * framework, with which HTTP status, and the likely root causes (most likely first), each with
 * fix steps and the credcheck check that confirms it. Keys in the text come back masked.
 */
export function explainError(errOrText: unknown): Explanation {
  const text = typeof errOrText === "string" ? errOrText : errorText(errOrText);
  return full().explain(text) as Explanation;
}

/** Renders an explanation as `text` (for people) or `json`. */
export function formatExplanation(explanation: Explanation, format: "text" | "json" = "text"): string {
  return full().formatExplanation(explanation, format);
}
