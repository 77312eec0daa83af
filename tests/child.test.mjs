// Env propagation: real child processes, worker threads and cluster workers, started through
// the safe wrappers and the installed guards.
import test from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { once } from "node:events";
import diagnostics from "node:diagnostics_channel";
import * as esmChildProcess from "node:child_process";
import { SHARE_ENV } from "node:worker_threads";
import * as child from "credcheck/child";
import { credcheck, plantedKeys, assertNoLeak } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const key = plantedKeys(31).find((k) => k.shape === "OpenAI project key").key;
process.env.OPENAI_API_KEY = key;
const dir = mkdtempSync(`${tmpdir()}/credcheck-child-`);
// The child reports the fingerprint of the key it sees, and leaves a marker that it started.
const script = `${dir}/child.cjs`;
writeFileSync(
  script,
  `const { fingerprint } = require(${JSON.stringify(require.resolve("credcheck"))});
   require("fs").writeFileSync(process.argv[2] || ${JSON.stringify(`${dir}/started`)}, "x");
   const fp = process.env.OPENAI_API_KEY ? fingerprint(process.env.OPENAI_API_KEY) : "none";
   if (process.send) { process.send(fp); process.disconnect(); }
   else if (require("worker_threads").parentPort) require("worker_threads").parentPort.postMessage(fp);
   else console.log(fp);`,
);
const parentFp = credcheck.fingerprint(key);

test("checkChildEnv follows Node's rules for each way of starting a child", () => {
  const lost = (launch, env) => child.checkChildEnv({ launch, env }).findings.filter((f) => f.rule === "env-not-propagated").map((f) => f.location.env);
  for (const launch of ["spawn", "fork", "exec", "execFile", "worker"]) {
    assert.deepEqual(lost(launch, {}), ["OPENAI_API_KEY"], launch);
    assert.deepEqual(lost(launch, undefined), [], launch);
    assert.deepEqual(lost(launch, { ...process.env, EXTRA: "1" }), [], launch);
    assert.deepEqual(lost(launch, { OPENAI_API_KEY: undefined }), ["OPENAI_API_KEY"], `${launch}: undefined is dropped`);
  }
  assert.deepEqual(lost("worker", SHARE_ENV), []);
  assert.deepEqual(lost("clusterFork", { ROLE: "worker" }), []);
  const report = child.checkChildEnv({ launch: "fork", env: {} });
  assert.match(report.findings[0].message, /fork\(\) will not have it: an `env` option replaces the whole environment/);
  assert.match(report.findings[0].fix, /\.\.\.process\.env/);
  assertNoLeak(JSON.stringify(report), key, "checkChildEnv");
});

test("the safe fork refuses the seeds' env: {} before starting, and runs the fixed form", async () => {
  // Node publishes every ChildProcess it creates on the "child_process" diagnostics channel,
  // synchronously inside fork(): counting those is a real event, not a race with the child.
  const started = [];
  const onChild = ({ process: cp }) => started.push(cp);
  diagnostics.subscribe("child_process", onChild);
  try {
    const marker = `${dir}/fork-broken`;
    assert.throws(() => child.fork(script, [marker], { env: {} }), (err) => {
      assert.ok(err instanceof credcheck.CredentialError);
      assert.match(err.message, /env-not-propagated OPENAI_API_KEY/);
      assertNoLeak(err.message, key, "fork error");
      return true;
    });
    assert.equal(started.length, 0, "the refused fork must not have created a child");
    const ok = child.fork(script, [`${dir}/fork-ok`], { env: { ...process.env, ROLE: "worker" } });
    assert.deepEqual(started, [ok], "the fixed fork creates exactly its child (the channel works)");
    const [fp] = await once(ok, "message");
    assert.equal(fp, parentFp);
    assert.equal(existsSync(`${dir}/fork-ok`), true, "the fixed child wrote its marker before it answered");
  } finally {
    diagnostics.unsubscribe("child_process", onChild);
  }
});

test("spawnSync, execFileSync and Worker are checked too", async () => {
  assert.throws(() => child.spawnSync(process.execPath, [script], { env: { PATH: process.env.PATH } }), /env-not-propagated/);
  const out = child.execFileSync(process.execPath, [script, `${dir}/execfile-ok`], { encoding: "utf8" });
  assert.equal(out.trim(), parentFp);
  assert.throws(() => new child.Worker(script, { env: {}, argv: [`${dir}/worker-broken`] }), /env-not-propagated/);
  const w = new child.Worker(script, { env: SHARE_ENV, argv: [`${dir}/worker-ok`] });
  const [fp] = await once(w, "message");
  assert.equal(fp, parentFp);
  await w.terminate();
});

test("installGuards wraps node's own functions for require and import, and uninstalls", () => {
  const cp = require("node:child_process");
  const original = cp.fork;
  const uninstall = child.installGuards({ required: ["openai", "gpt-4o"] });
  try {
    assert.notEqual(cp.fork, original);
    assert.throws(() => cp.fork(script, [`${dir}/guard-cjs`], { env: {} }), /env-not-propagated/);
    assert.throws(() => esmChildProcess.execFileSync(process.execPath, [script], { env: {} }), /env-not-propagated/);
    assert.throws(() => new (require("node:worker_threads").Worker)(script, { env: {} }), /env-not-propagated/);
    assert.throws(() => require("node:cluster").fork({ OPENAI_API_KEY: "" }), /empty-key/);
  } finally {
    uninstall();
  }
  assert.equal(cp.fork, original);
  assert.equal(esmChildProcess.fork, original);
});

test("warn mode emits a CredentialWarning and starts the child anyway", async () => {
  const warnings = [];
  const onWarning = (w) => warnings.push(w);
  process.on("warning", onWarning);
  const uninstall = child.installGuards({ mode: "warn" });
  try {
    const out = require("node:child_process").execFileSync(process.execPath, [script, `${dir}/warn`], { env: { PATH: process.env.PATH }, encoding: "utf8" });
    assert.equal(out.trim(), "none");
  } finally {
    uninstall();
  }
  await new Promise((r) => setImmediate(r));
  process.off("warning", onWarning);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].name, "CredentialWarning");
  assert.match(warnings[0].message, /env-not-propagated/);
  assertNoLeak(warnings[0].message, key, "warning");
});
