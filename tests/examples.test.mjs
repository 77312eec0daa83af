// Every startup example runs: real processes, exact environments, a local server for the API.
import test from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { once } from "node:events";
import { spawnSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { assertNoLeak, plantedKeys, root } from "./helpers.mjs";

const key = plantedKeys(57).find((k) => k.shape === "OpenAI project key").key;
const anthropic = plantedKeys(57).find((k) => k.shape === "Anthropic API key").key;
const ex = (...p) => path.join(root, "examples", ...p);

async function openaiServer(status = 200) {
  const srv = http.createServer((req, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(status === 200
      ? JSON.stringify({ object: "list", data: [{ id: "gpt-4o", object: "model", created: 0, owned_by: "openai" }] })
      : JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" } }));
  });
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  return { base: `http://127.0.0.1:${srv.address().port}/v1`, close: () => srv.close() };
}

/** Runs `code` in a fresh node with exactly `env` (plus PATH), asynchronously (the server is in this process). */
async function node(args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const [status] = await once(child, "close");
  return { status, stdout, stderr };
}

test("Lambda (CommonJS): init fails on a broken env, the handler works on a good one", async (t) => {
  const s = await openaiServer();
  t.after(s.close);
  const code = `require(${JSON.stringify(ex("lambda-cjs", "index.js"))}).handler({}).then((r) => console.log(JSON.stringify(r)))`;
  const ok = await node(["-e", code], { OPENAI_API_KEY: key, OPENAI_BASE_URL: s.base });
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout), { statusCode: 200, body: JSON.stringify({ models: 1 }) });
  const broken = await node(["-e", code], { OPENAI_API_KEY: `"${key}"` });
  assert.notEqual(broken.status, 0);
  assert.match(broken.stderr, /CredentialError: credcheck: 1 credential error:\n  - quoted-value OPENAI_API_KEY/);
  assertNoLeak(broken.stderr, key, "lambda cjs");
});

test("Lambda (ESM, top-level await): a revoked key fails init through the health check", async (t) => {
  const good = await openaiServer(200);
  const revoked = await openaiServer(401);
  t.after(() => { good.close(); revoked.close(); });
  const code = `const m = await import(${JSON.stringify(pathToFileURL(ex("lambda-esm", "index.mjs")).href)}); console.log(JSON.stringify(await m.handler()));`;
  const ok = await node(["--input-type=module", "-e", code], { OPENAI_API_KEY: key, OPENAI_BASE_URL: good.base });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).statusCode, 200);
  const bad = await node(["--input-type=module", "-e", code], { OPENAI_API_KEY: key, OPENAI_BASE_URL: revoked.base });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /OpenAI health check failed: invalid-key/);
  assertNoLeak(bad.stderr, key, "lambda esm");
});

test("Next.js instrumentation register()", async () => {
  const source = readFileSync(ex("nextjs", "instrumentation.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  mkdirSync(ex("nextjs", ".build"), { recursive: true });
  const built = ex("nextjs", ".build", "instrumentation.mjs");
  writeFileSync(built, outputText);
  const code = `const { register } = await import(${JSON.stringify(pathToFileURL(built).href)}); await register(); console.log("started");`;
  const env = { NEXT_RUNTIME: "nodejs", OPENAI_API_KEY: key, ANTHROPIC_API_KEY: anthropic };
  const ok = await node(["--input-type=module", "-e", code], env);
  assert.equal(ok.stdout.trim(), "started", ok.stderr);
  const broken = await node(["--input-type=module", "-e", code], { NEXT_RUNTIME: "nodejs", OPENAI_API_KEY: key });
  assert.notEqual(broken.status, 0);
  assert.match(broken.stderr, /missing-key ANTHROPIC_API_KEY/);
  const edge = await node(["--input-type=module", "-e", code], { NEXT_RUNTIME: "edge" });
  assert.equal(edge.stdout.trim(), "started");
});

test("Cloudflare Worker checks its env binding per request", async () => {
  const worker = (await import(pathToFileURL(ex("cloudflare-worker", "worker.mjs")).href)).default;
  const ok = await worker.fetch(new Request("http://localhost/"), { OPENAI_API_KEY: key });
  assert.equal(ok.status, 200);
  const bad = await worker.fetch(new Request("http://localhost/"), { OPENAI_API_KEY: `${key.slice(0, 40)}` });
  assert.equal(bad.status, 500);
  const body = await bad.text();
  assert.match(body, /malformed-key/);
  assertNoLeak(body, key, "worker response");
});

test("Cloudflare Worker under workerd module semantics (the workerd export condition, .wasm as a Module)", async () => {
  const workerUrl = pathToFileURL(ex("cloudflare-worker", "worker.mjs")).href;
  const code = `
    const worker = (await import(${JSON.stringify(workerUrl)})).default;
    const ok = await worker.fetch(new Request("http://localhost/"), { OPENAI_API_KEY: ${JSON.stringify(key)} });
    const bad = await worker.fetch(new Request("http://localhost/"), { OPENAI_API_KEY: "" });
    console.log(JSON.stringify({ ok: ok.status, bad: bad.status, body: await bad.text() }));`;
  const loader = pathToFileURL(path.join(root, "tests", "support", "workerd-loader.mjs")).href;
  const r = await node(["--conditions=workerd", "--import", loader, "--input-type=module", "-e", code], {});
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual([out.ok, out.bad], [200, 500]);
  assert.match(out.body, /empty-key/);
  // Under the workerd condition the entry is dist/worker.mjs, which never touches fs or process.
  const entry = readFileSync(path.join(root, "dist", "worker.mjs"), "utf8");
  assert.ok(!/process\.|node:fs|require\(/.test(entry));
});

test("worker pool: the seeds' env: {} fails before forking; the fix reaches every worker", () => {
  const env = { PATH: process.env.PATH, OPENAI_API_KEY: key };
  const broken = spawnSync(process.execPath, [ex("worker-pool", "broken.mjs")], { cwd: root, env, encoding: "utf8" });
  assert.notEqual(broken.status, 0);
  assert.match(broken.stderr, /env-not-propagated OPENAI_API_KEY: OPENAI_API_KEY is set in this process, but the child started by fork\(\) will not have it/);
  const fixed = spawnSync(process.execPath, [ex("worker-pool", "fixed.mjs")], { cwd: root, env, encoding: "utf8", timeout: 30_000 });
  assert.equal(fixed.status, 0, fixed.stderr);
  const lines = fixed.stdout.trim().split("\n").sort();
  assert.equal(lines.length, 2);
  for (const l of lines) assert.match(l, /^worker \d: client ready with sk-proj-…/);
  assertNoLeak(fixed.stdout + broken.stderr, key, "pool");
});
