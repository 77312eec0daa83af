// probeWorkers starts a real child process, worker thread and cluster worker.
import test from "node:test";
import assert from "node:assert/strict";
import { SHARE_ENV } from "node:worker_threads";
import { probeWorkers } from "credcheck/child";
import { assertNoLeak, credcheck, plantedKeys } from "./helpers.mjs";

const keys = plantedKeys(41);
const openai = keys.find((k) => k.shape === "OpenAI project key").key;
const anthropic = keys.find((k) => k.shape === "Anthropic API key").key;
process.env.OPENAI_API_KEY = openai;
process.env.ANTHROPIC_API_KEY = anthropic;

test("every runtime inherits by default", async () => {
  const results = await probeWorkers();
  assert.deepEqual(results.map((r) => r.runtime), ["fork", "worker", "cluster"]);
  for (const r of results) {
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.seen.OPENAI_API_KEY, credcheck.fingerprint(openai), r.runtime);
    assert.deepEqual(r.report.findings, [], r.runtime);
  }
});

test("the app's own options show which runtime lacks a key and which holds another", async () => {
  const results = await probeWorkers({
    fork: { env: { PATH: process.env.PATH } },
    worker: { env: { ...process.env, ANTHROPIC_API_KEY: "sk-ant-stale" } },
    cluster: { OPENAI_API_KEY: "" },
  });
  const found = Object.fromEntries(results.map((r) => [r.runtime, r.report.findings.map((f) => `${f.rule}:${f.location.env}`).sort()]));
  assert.deepEqual(found.fork, ["env-not-propagated:ANTHROPIC_API_KEY", "env-not-propagated:OPENAI_API_KEY"]);
  assert.deepEqual(found.worker, ["env-differs-in-child:ANTHROPIC_API_KEY"]);
  assert.deepEqual(found.cluster, ["env-not-propagated:OPENAI_API_KEY"]);
  const text = JSON.stringify(results);
  assertNoLeak(text, openai, "probe");
  assertNoLeak(text, anthropic, "probe");
});

test("a different key in a runtime is reported by fingerprint", async () => {
  const other = plantedKeys(42).find((k) => k.shape === "OpenAI project key").key;
  const [worker] = await probeWorkers({ fork: false, cluster: false, worker: { env: { ...process.env, OPENAI_API_KEY: other } } });
  assert.deepEqual(worker.report.findings.map((f) => f.rule), ["env-differs-in-child"]);
  assert.match(worker.report.findings[0].message, new RegExp(credcheck.fingerprint(other).replace(":", "\\:")));
  const [shared] = await probeWorkers({ fork: false, cluster: false, worker: { env: SHARE_ENV } });
  assert.deepEqual(shared.report.findings, []);
});
