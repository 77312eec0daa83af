// credcheck explain: the corpus of real error texts, real SDK errors from a local server, cause
// chains and AggregateErrors, the CLI, and no key leaking from any of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { assertNoLeak, credcheck, plantedKeys, root, runCli } from "./helpers.mjs";

const load = (file) => JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "explain", file), "utf8"));

/** Top-1, top-3 and unanswered over one half; a `none` label is right when no cause is ranked. */
function score(cases) {
  const misses = [];
  let top1 = 0;
  let top3 = 0;
  let unanswered = 0;
  for (const c of cases) {
    const e = credcheck.explainError(c.text);
    const ranked = e.causes.map((x) => x.cause);
    const rank = c.cause === "none" ? (ranked.length === 0 ? 0 : -1) : ranked.indexOf(c.cause);
    if (rank === 0) top1++;
    else misses.push(`${c.id}: expected ${c.cause}, got ${JSON.stringify(ranked)}`);
    if (rank >= 0 && rank < 3) top3++;
    if (ranked.length === 0 && e.verdict !== "not-credential") unanswered++;
  }
  return { n: cases.length, top1, top3, unanswered, misses };
}

// The same floors, with the same reasons, as src/explain/tests.rs (TUNED_FLOOR, BLIND_FLOOR):
// top-3 at issue 5's 90% on both halves; top-1 78% on the tuned half (issue 18: nothing ranked
// first that the text does not show) and 80% on the blind half; unanswered 0% / 5%.
for (const [name, file, [f1, f3, fu]] of [
  ["tuned", "corpus.json", [78, 90, 0]],
  ["blind", "blind.json", [80, 90, 5]],
]) {
  test(`${name} half (${file}): the thread's cause first (top-1) and among the first three (top-3), above the floors`, () => {
    const s = score(load(file));
    const report = `explain accuracy, ${name} half, ${s.n} texts: top-1 ${s.top1}/${s.n}, top-3 ${s.top3}/${s.n}, unanswered ${s.unanswered}; top-1 misses:\n${s.misses.join("\n")}`;
    console.log(report);
    assert.ok(s.top1 * 100 >= f1 * s.n && s.top3 * 100 >= f3 * s.n && s.unanswered * 100 <= fu * s.n, report);
  });
}

/** A local server that answers every request like OpenAI does for a bad key. */
async function openaiLike(status, body) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${server.address().port}/v1` };
}

test("explainError reads a real openai-node APIError", async () => {
  const { server, url } = await openaiLike(401, {
    error: { message: "Incorrect API key provided: 774ada94********************f98c. You can find your API key at https://platform.openai.com/account/api-keys.", type: "invalid_request_error", param: null, code: "invalid_api_key" },
  });
  try {
    const client = new OpenAI({ apiKey: "774ada94aa11bb22cc33dd44ee55f98c", baseURL: url, maxRetries: 0 });
    const err = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] }).catch((e) => e);
    assert.ok(err instanceof OpenAI.AuthenticationError);
    const e = credcheck.explainError(err);
    assert.equal(e.status, 401);
    assert.equal(e.provider, "openai");
    assert.equal(e.causes[0].cause, "wrong-provider-key");
    assert.ok(e.causes[0].fix.length > 0 && e.causes[0].confirm.includes("credcheck"));
    // Wrapped by a framework and then by an AggregateError, it is still found.
    const wrapped = new AggregateError([new Error("retry 1 failed"), new Error("LLM call failed", { cause: err })], "all attempts failed");
    assert.equal(credcheck.explainError(wrapped).causes[0].cause, "wrong-provider-key");
  } finally {
    server.close();
  }
});

test("explainError reads a real LangChain OutputParserException around a gateway's auth error", async () => {
  // A gateway that answers 200 and puts the provider's refusal in the completion's content: a
  // real ChatOpenAI piped into a real StructuredOutputParser then throws OutputParserException.
  const { ChatOpenAI } = await import("@langchain/openai");
  const { StructuredOutputParser, OutputParserException } = await import("@langchain/core/output_parsers");
  const refusal = "Error: 401 Incorrect API key provided: xxx. You can find your API key at https://platform.openai.com/account/api-keys.";
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "c1", object: "chat.completion", created: 0, model: "gpt-4o", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: refusal } }] }));
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    const model = new ChatOpenAI({ model: "gpt-4o", apiKey: "xxx", maxRetries: 0, configuration: { baseURL: `http://127.0.0.1:${server.address().port}/v1` } });
    const err = await model.pipe(StructuredOutputParser.fromNamesAndDescriptions({ answer: "the answer" })).invoke("hi").catch((e) => e);
    assert.ok(err instanceof OutputParserException, String(err));
    const e = credcheck.explainError(err);
    assert.equal(e.framework, "langchain");
    assert.equal(e.provider, "openai");
    assert.equal(e.causes[0].cause, "missing-key");
    assert.match(e.causes[0].evidence.join(" "), /placeholder/);
  } finally {
    server.close();
  }
});

test("explainError reads a real @anthropic-ai/sdk AuthenticationError and ranks the alternatives", async () => {
  const { default: Anthropic } = await import("@anthropic-ai/sdk");
  const { server, url } = await openaiLike(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } });
  try {
    const client = new Anthropic({ apiKey: "not-a-real-key", baseURL: url.replace(/\/v1$/, ""), maxRetries: 0 });
    const err = await client.messages.create({ model: "claude-3-5-sonnet-20241022", max_tokens: 8, messages: [{ role: "user", content: "hi" }] }).catch((e) => e);
    assert.ok(err instanceof Anthropic.AuthenticationError, String(err));
    const e = credcheck.explainError(err);
    assert.equal(e.status, 401);
    assert.equal(e.provider, "anthropic");
    const ranked = e.causes.map((c) => c.cause);
    assert.equal(ranked[0], "invalid-key");
    // The same text is what a wrong provider's key or a stale one gets: they are ranked below.
    assert.ok(ranked.includes("wrong-provider-key") && ranked.includes("stale-key"), ranked.join(", "));
  } finally {
    server.close();
  }
});

test("explainError walks cause chains, survives cycles, and says when nothing is recognised", () => {
  const inner = new Error("429 You exceeded your current quota, please check your plan and billing details.");
  const outer = new Error("OutputParserException: could not parse LLM output", { cause: inner });
  outer.self = outer;
  inner.cause = outer; // a cycle
  assert.equal(credcheck.explainError(outer).causes[0].cause, "rate-limit-or-quota");
  assert.equal(credcheck.explainError(outer).framework, "langchain");
  const none = credcheck.explainError("TypeError: x is not a function");
  assert.deepEqual(none.causes, []);
  assert.equal(none.verdict, "not-credential");
  assert.match(credcheck.formatExplanation(none, "text"), /not a credential or authentication failure/);
  assert.match(credcheck.formatExplanation(credcheck.explainError("all quiet here"), "text"), /not recognised as a credential/);
  assert.deepEqual(credcheck.explainError(null).causes, []);
});

test("credcheck explain reads an argument, a file or stdin; exit 1 when recognised, 0 when not, 2 on bad usage", () => {
  const text = "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}";
  const arg = runCli(["explain", text]);
  assert.equal(arg.status, 1);
  assert.match(arg.stdout, /1\. invalid-key/);
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-explain-"));
  writeFileSync(path.join(dir, "err.log"), text);
  const file = runCli(["explain", "--file", path.join(dir, "err.log"), "-f", "json"]);
  assert.equal(file.status, 1);
  assert.equal(JSON.parse(file.stdout).provider, "anthropic");
  const stdin = runCli(["explain"], {}, { input: "ProxyError: 407 Proxy Authentication Required" });
  assert.equal(stdin.status, 1);
  assert.match(stdin.stdout, /proxy-or-gateway/);
  assert.equal(runCli(["explain", "all good"]).status, 0);
  assert.equal(runCli(["explain", "--file", path.join(dir, "missing.log")]).status, 2);
  assert.equal(runCli(["explain", "x", "-f", "xml"]).status, 2);
  assert.equal(runCli(["explain"], {}, { input: "" }).status, 2);
});

test("no planted key leaks from explain output, API or CLI", () => {
  for (const k of plantedKeys(41)) {
    const texts = [
      `openai.AuthenticationError: Error code: 401 - Incorrect API key provided: ${k.key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      `{"error":{"message":"Your api key: ${k.key} is invalid","type":"authentication_error"}} Authorization: Bearer ${k.key}`,
    ];
    for (const text of texts) {
      const e = credcheck.explainError(new Error("call failed", { cause: new Error(text) }));
      for (const format of ["text", "json"]) assertNoLeak(credcheck.formatExplanation(e, format), k.key, `explain ${format} ${k.shape}`);
      assertNoLeak(JSON.stringify(e), k.key, `explainError ${k.shape}`);
      const cli = runCli(["explain", "-f", "json"], {}, { input: text });
      assertNoLeak(cli.stdout + cli.stderr, k.key, `cli ${k.shape}`);
    }
  }
});
