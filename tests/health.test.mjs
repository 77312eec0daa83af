// healthCheck against a local HTTP server on 127.0.0.1 that answers like each provider.
import test from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { once } from "node:events";
import { assertNoLeak, credcheck, plantedKeys } from "./helpers.mjs";

const keys = plantedKeys(17);
const key = (shape) => keys.find((k) => k.shape === shape).key;
const openaiKey = key("OpenAI project key");
const azureKey = key("Azure AI services key");
const anthropicKey = key("Anthropic API key");

/** A server whose answer is chosen per test; it records what it was asked. */
async function provider() {
  const seen = [];
  let answer = () => [200, "{}"];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    const [status, body, delay] = answer(req);
    setTimeout(() => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body);
    }, delay ?? 0);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, seen, set: (f) => (answer = f), close: () => server.close() };
}

test("OpenAI: GET /v1/models with a bearer key; 401, 429 quota and 429 rate limit", async (t) => {
  const p = await provider();
  t.after(p.close);
  const env = { OPENAI_API_KEY: openaiKey, OPENAI_BASE_URL: `${p.base}/v1` };
  let r = await credcheck.healthCheck({ provider: "openai", env });
  assert.equal(r.outcome, "ok");
  assert.equal(p.seen[0].url, "/v1/models");
  assert.equal(p.seen[0].headers.authorization, `Bearer ${openaiKey}`);
  p.set(() => [401, JSON.stringify({ error: { message: `Incorrect API key provided: ${openaiKey}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: "invalid_request_error", code: "invalid_api_key" } })]);
  r = await credcheck.healthCheck({ provider: "openai", env });
  assert.equal(r.outcome, "invalid-key");
  assert.equal(r.status, 401);
  assertNoLeak(JSON.stringify(r), openaiKey, "health result");
  p.set(() => [429, JSON.stringify({ error: { message: "You exceeded your current quota, please check your plan and billing details.", type: "insufficient_quota", code: "insufficient_quota" } })]);
  assert.equal((await credcheck.healthCheck({ provider: "openai", env })).outcome, "quota");
  p.set(() => [429, JSON.stringify({ error: { message: "Rate limit reached for gpt-4o", type: "requests", code: "rate_limit_exceeded" } })]);
  assert.equal((await credcheck.healthCheck({ provider: "openai", env })).outcome, "rate-limit");
  p.set(() => [403, JSON.stringify({ error: { message: "Project does not have access to model", code: "model_not_found" } })]);
  assert.equal((await credcheck.healthCheck({ provider: "openai", env })).outcome, "permission");
  p.set(() => [407, ""]);
  assert.equal((await credcheck.healthCheck({ provider: "openai", env })).outcome, "proxy-auth");
});

test("Azure: {endpoint}/openai/models?api-version with api-key; 401 and DeploymentNotFound", async (t) => {
  const p = await provider();
  t.after(p.close);
  const env = { AZURE_OPENAI_API_KEY: azureKey, AZURE_OPENAI_ENDPOINT: `${p.base}/`, OPENAI_API_VERSION: "2024-06-01" };
  assert.equal((await credcheck.healthCheck({ provider: "azure-openai", env })).outcome, "ok");
  assert.equal(p.seen[0].url, "/openai/models?api-version=2024-06-01");
  assert.equal(p.seen[0].headers["api-key"], azureKey);
  assert.equal(p.seen[0].headers.authorization, undefined);
  p.set(() => [401, JSON.stringify({ error: { code: "401", message: "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource." } })]);
  const r = await credcheck.healthCheck({ provider: "azure-openai", env });
  assert.equal(r.outcome, "invalid-key");
  assert.match(r.fix, /same Azure resource/);
  p.set(() => [404, JSON.stringify({ error: { code: "DeploymentNotFound", message: "The API deployment for this resource does not exist." } })]);
  assert.equal((await credcheck.healthCheck({ provider: "azure-openai", env })).outcome, "not-found");
});

test("Anthropic: x-api-key and anthropic-version; authentication_error", async (t) => {
  const p = await provider();
  t.after(p.close);
  const env = { ANTHROPIC_API_KEY: anthropicKey, ANTHROPIC_BASE_URL: p.base };
  p.set(() => [401, JSON.stringify({ type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } })]);
  const r = await credcheck.healthCheck({ provider: "anthropic", env });
  assert.equal(r.outcome, "invalid-key");
  assert.equal(r.detail, "invalid x-api-key");
  assert.equal(p.seen[0].headers["x-api-key"], anthropicKey);
  assert.equal(p.seen[0].headers["anthropic-version"], "2023-06-01");
  assertNoLeak(JSON.stringify(r), anthropicKey, "anthropic result");
});

test("network failures: refused, timeout, DNS; and no key at all", async (t) => {
  const p = await provider();
  t.after(p.close);
  p.set(() => [200, "{}", 2000]);
  const slow = await credcheck.healthCheck({ provider: "openai", env: { OPENAI_API_KEY: openaiKey, OPENAI_BASE_URL: p.base }, timeoutMs: 100 });
  assert.equal(slow.outcome, "timeout");
  const closed = http.createServer();
  closed.listen(0, "127.0.0.1");
  await once(closed, "listening");
  const port = closed.address().port;
  closed.close();
  await once(closed, "close");
  const refused = await credcheck.healthCheck({ provider: "openai", env: { OPENAI_API_KEY: openaiKey, OPENAI_BASE_URL: `http://127.0.0.1:${port}` } });
  assert.equal(refused.outcome, "refused");
  const dns = await credcheck.healthCheck({ provider: "openai", env: { OPENAI_API_KEY: openaiKey, OPENAI_BASE_URL: "http://no-such-host.invalid" } });
  assert.equal(dns.outcome, "dns");
  const none = await credcheck.healthCheck({ provider: "groq", env: { GROQ_API_KEY: "" } });
  assert.equal(none.outcome, "missing-key");
  for (const r of [slow, refused, dns]) assertNoLeak(JSON.stringify(r), openaiKey, r.outcome);
});

test("TLS: a server whose certificate is not trusted (a TLS-intercepting proxy, say)", async (t) => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, readFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const https = await import("node:https");
  const dir = mkdtempSync(`${tmpdir()}/credcheck-tls-`);
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-days", "1", "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { stdio: "ignore" });
  const srv = https.createServer({ key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) }, (req, res) => res.end("{}"));
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  t.after(() => srv.close());
  const r = await credcheck.healthCheck({ provider: "openai", env: { OPENAI_API_KEY: openaiKey, OPENAI_BASE_URL: `https://127.0.0.1:${srv.address().port}/v1` } });
  assert.equal(r.outcome, "tls", JSON.stringify(r));
  assert.match(r.fix, /NODE_EXTRA_CA_CERTS/);
});
