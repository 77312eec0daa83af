// Per-worker client factories with the real SDK packages against a local server on 127.0.0.1.
import test from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import OpenAIModule, { OpenAI, AzureOpenAI } from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { ChatOpenAI, AzureChatOpenAI } from "@langchain/openai";
import { assertNoLeak, credcheck, plantedKeys, root } from "./helpers.mjs";

const keys = plantedKeys(23);
const key = (shape, n = 0) => keys.filter((k) => k.shape === shape)[n]?.key ?? plantedKeys(100 + n).find((k) => k.shape === shape).key;

const completion = JSON.stringify({
  id: "chatcmpl-1", object: "chat.completion", created: 0, model: "gpt-4o",
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop", logprobs: null }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

async function server() {
  const seen = [];
  const srv = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(200, { "content-type": "application/json" });
      if (req.url.includes("/chat/completions")) res.end(completion);
      else if (req.url.startsWith("/v1/models") && req.headers["anthropic-version"]) res.end(JSON.stringify({ data: [], has_more: false, first_id: null, last_id: null }));
      else res.end(JSON.stringify({ object: "list", data: [{ id: "gpt-4o", object: "model", created: 0, owned_by: "openai" }] }));
    });
  });
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  return { base: `http://127.0.0.1:${srv.address().port}`, seen, close: () => srv.close() };
}

test("OpenAI: built at call time, cached per fingerprint, rebuilt on rotation", async (t) => {
  const s = await server();
  t.after(s.close);
  const env = { OPENAI_API_KEY: key("OpenAI project key"), OPENAI_BASE_URL: `${s.base}/v1` };
  const getClient = credcheck.createClientFactory(OpenAI, { model: "gpt-4o", env: () => env });
  const a = getClient();
  assert.ok(a instanceof OpenAI);
  assert.equal(getClient(), a, "same key, same client");
  await a.models.list();
  assert.equal(s.seen.at(-1).headers.authorization, `Bearer ${env.OPENAI_API_KEY}`);
  env.OPENAI_API_KEY = key("OpenAI project key", 1);
  const b = getClient();
  assert.notEqual(b, a, "a rotated key gets a fresh client");
  await b.models.list();
  assert.equal(s.seen.at(-1).headers.authorization, `Bearer ${env.OPENAI_API_KEY}`);
  assert.equal(OpenAIModule, OpenAI);
});

test("a broken env throws one masked CredentialError before any client is built", () => {
  const azureKey = key("Azure AI services key");
  const env = { OPENAI_API_KEY: azureKey };
  const getClient = credcheck.createClientFactory(OpenAI, { env: () => env });
  assert.throws(getClient, (err) => {
    assert.ok(err instanceof credcheck.CredentialError);
    assert.match(err.message, /provider-mismatch OPENAI_API_KEY/);
    assertNoLeak(err.message, azureKey, "factory error");
    return true;
  });
  const azure = credcheck.createClientFactory(AzureOpenAI, { model: "gpt4o-prod", env: () => ({ AZURE_OPENAI_API_KEY: azureKey }) });
  assert.throws(azure, /azure-missing-endpoint[\s\S]*azure-missing-api-version/);
});

test("AzureOpenAI sends api-key to the deployment with the api-version", async (t) => {
  const s = await server();
  t.after(s.close);
  const env = { AZURE_OPENAI_API_KEY: key("Azure AI services key"), AZURE_OPENAI_ENDPOINT: s.base, OPENAI_API_VERSION: "2024-10-21" };
  const client = credcheck.createClientFactory(AzureOpenAI, { model: "gpt4o-prod", env: () => env })();
  await client.chat.completions.create({ model: "gpt4o-prod", messages: [{ role: "user", content: "hi" }] });
  const req = s.seen.at(-1);
  assert.equal(req.url, "/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21");
  assert.equal(req.headers["api-key"], env.AZURE_OPENAI_API_KEY);
});

test("Anthropic receives the key (x-api-key, or Authorization: Bearer in SDK 1.x)", async (t) => {
  const s = await server();
  t.after(s.close);
  const env = { ANTHROPIC_API_KEY: key("Anthropic API key"), ANTHROPIC_BASE_URL: s.base };
  const client = credcheck.createClientFactory(Anthropic, { model: "claude-3-5-sonnet-20241022", env: () => env })();
  await client.models.list();
  const req = s.seen.at(-1);
  assert.equal(req.url.split("?")[0], "/v1/models");
  const sent = req.headers["x-api-key"] ?? req.headers.authorization?.replace(/^Bearer /, "");
  assert.equal(sent, env.ANTHROPIC_API_KEY, JSON.stringify(Object.keys(req.headers)));
});

test("LangChain ChatOpenAI and AzureChatOpenAI", async (t) => {
  const s = await server();
  t.after(s.close);
  const openaiEnv = { OPENAI_API_KEY: key("OpenAI project key"), OPENAI_BASE_URL: `${s.base}/v1` };
  const chat = credcheck.createClientFactory(ChatOpenAI, { model: "gpt-4o", env: () => openaiEnv })();
  const reply = await chat.invoke("hi");
  assert.equal(reply.content, "ok");
  assert.equal(s.seen.at(-1).headers.authorization, `Bearer ${openaiEnv.OPENAI_API_KEY}`);
  const azureEnv = { AZURE_OPENAI_API_KEY: key("Azure AI services key"), AZURE_OPENAI_ENDPOINT: s.base, OPENAI_API_VERSION: "2024-10-21" };
  const azure = credcheck.createClientFactory(AzureChatOpenAI, { model: "gpt-4o", deployment: "gpt4o-prod", env: () => azureEnv })();
  await azure.invoke("hi");
  const req = s.seen.at(-1);
  assert.match(req.url, /^\/openai\/deployments\/gpt4o-prod\/chat\/completions\?api-version=2024-10-21$/);
  assert.equal(req.headers["api-key"], azureEnv.AZURE_OPENAI_API_KEY);
});

test("an AutoGen-style OpenAIChatCompletionClient({ model, apiKey, baseURL })", () => {
  class OpenAIChatCompletionClient {
    constructor(options) { this.options = options; }
  }
  const env = { OPENAI_API_KEY: key("OpenAI project key"), OPENAI_BASE_URL: "http://127.0.0.1:9/v1" };
  const c = credcheck.createClientFactory(OpenAIChatCompletionClient, { model: "gpt-4o", env: () => env })();
  assert.deepEqual(c.options, { apiKey: env.OPENAI_API_KEY, baseURL: "http://127.0.0.1:9/v1", model: "gpt-4o" });
  class Custom { constructor(o) { this.o = o; } }
  assert.throws(() => credcheck.createClientFactory(Custom), /no option mapping for Custom/);
  credcheck.registerClient("Custom", { provider: "groq", options: { api_key: "token" } });
  const g = credcheck.createClientFactory(Custom, { env: () => ({ GROQ_API_KEY: key("Groq API key") }) })();
  assert.deepEqual(g.o, { token: key("Groq API key") });
});

test("each worker thread builds its own client from the env it sees", async (t) => {
  const s = await server();
  t.after(s.close);
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    const { OpenAI } = require("openai");
    const { createClientFactory } = require(${JSON.stringify(root)});
    const getClient = createClientFactory(OpenAI, { model: "gpt-4o" });
    try {
      getClient().models.list().then(() => parentPort.postMessage("done"), (e) => parentPort.postMessage(e.message));
    } catch (e) {
      parentPort.postMessage(e.message);
    }`;
  const run = async (k) => {
    const w = new Worker(code, { eval: true, env: { OPENAI_API_KEY: k, OPENAI_BASE_URL: `${s.base}/v1` } });
    const [msg] = await once(w, "message");
    await w.terminate();
    return msg;
  };
  const k1 = key("OpenAI project key", 2);
  const k2 = key("OpenAI project key", 3);
  assert.equal(await run(k1), "done");
  assert.equal(await run(k2), "done");
  const seenKeys = s.seen.map((r) => r.headers.authorization);
  assert.deepEqual(seenKeys, [`Bearer ${k1}`, `Bearer ${k2}`]);
  const broken = await run("");
  assert.match(broken, /credcheck: 1 credential error[\s\S]*empty-key OPENAI_API_KEY/);
});
