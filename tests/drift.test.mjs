// The startup record from assertCredentials and `credcheck drift` on real processes' records,
// framed as `kubectl logs --prefix` and `docker compose logs` frame lines (format sources in
// tests/fixtures/drift/README.md), and every drift fixture through the CLI.
import test from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { assertNoLeak, credcheck, plantedKeys, root, runCli } from "./helpers.mjs";

const openA = plantedKeys(51).find((k) => k.shape === "OpenAI project key").key;
const openB = plantedKeys(52).find((k) => k.shape === "OpenAI project key").key;
const groq = plantedKeys(51).find((k) => k.provider === "groq").key;

/** Starts a real Node process that asserts its credentials with `options`; returns its stderr. */
function start(env, options = "{ record: true }") {
  const code = `require(${JSON.stringify(path.join(root, "dist", "index.js"))}).assertCredentials({ providers: ["openai"], ...${options} })`;
  const r = spawnSync(process.execPath, ["-e", code], { env: { PATH: process.env.PATH, ...env }, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

test("the record is one masked line, written only when asked", () => {
  const line = start({ OPENAI_API_KEY: openA, GROQ_API_KEY: groq });
  assert.match(line, /^credcheck-startup v1 host=\S+ pid=\d+ started=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z GROQ_API_KEY=groq\/sha256:[0-9a-f]{12} OPENAI_API_KEY=openai\/sha256:[0-9a-f]{12}\n$/);
  assert.ok(line.includes(`OPENAI_API_KEY=openai/${credcheck.fingerprint(openA)}`));
  // The process started before the record was written, and not long before.
  const started = Date.parse(/started=(\S+)/.exec(line)[1]);
  assert.ok(started <= Date.now() && Date.now() - started < 60_000, line);
  assertNoLeak(line, openA, "record");
  assertNoLeak(line, groq, "record");
  assert.equal(start({ OPENAI_API_KEY: openA }, "{}"), "");
  assert.match(start({ OPENAI_API_KEY: openA, CREDCHECK_RECORD: "1" }, "{}"), /^credcheck-startup v1 /);
  assert.equal(start({ OPENAI_API_KEY: openA, CREDCHECK_RECORD: "1" }, "{ record: false }"), "");
  assert.throws(() => credcheck.assertCredentials({ env: { OPENAI_API_KEY: openA }, providers: ["openai"], record: "yes" }), /record must be true or false/);
  assert.throws(() => credcheck.checkEnv({ record: true }), /checkEnv has no option "record"/);
});

function replicas() {
  const same = { OPENAI_API_KEY: openA, GROQ_API_KEY: groq };
  return [start(same), start(same), start({ OPENAI_API_KEY: openB })].map((l) => l.trim());
}

test("drift names the odd pod in kubectl logs --prefix --timestamps", () => {
  const pods = ["web-7d4b9c6f5-x2kqz", "web-7d4b9c6f5-h8m2p", "web-7d4b9c6f5-q9w4t"];
  const lines = replicas().flatMap((record, i) => [
    `[pod/${pods[i]}/app] 2026-03-02T09:00:01.204518312Z ${record}`,
    `[pod/${pods[i]}/istio-proxy] 2026-03-02T09:00:00.512208113Z info Envoy proxy is ready`,
  ]);
  const r = runCli(["drift", "-f", "json"], {}, { input: lines.join("\n") + "\n" });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(
    report.findings.map((f) => [f.rule, f.location.env, f.location.file, f.location.line]).sort(),
    [["replica-key-differs", "OPENAI_API_KEY", "-", 5], ["replica-key-missing", "GROQ_API_KEY", "-", 5]],
  );
  for (const f of report.findings) assert.ok(f.message.startsWith("pod/web-7d4b9c6f5-q9w4t/app (of web/app) "), f.message);
  assertNoLeak(r.stdout, openA, "drift");
  assertNoLeak(r.stdout, openB, "drift");
});

test("drift reads docker compose logs (padded names, colour codes)", () => {
  const rows = [...replicas().map((l, i) => [`app-web-${i + 1}`, l]), ["app-redis-1", "1:M 02 Mar 2026 09:00:00.123 * Ready to accept connections tcp"]];
  const width = Math.max(...rows.map(([n]) => n.length)) + 1;
  // Compose: fmt.Sprintf("%-"+width+"s |", name), coloured on a terminal, then "%s %s\n".
  const text = rows.map(([n, l], i) => `\u001b[3${i + 1}m${n.padEnd(width)} |\u001b[0m ${l}\n`).join("");
  const r = runCli(["drift"], {}, { input: text });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /replica app-web-3 \(of app-web\) holds another OPENAI_API_KEY \(sha256:[0-9a-f]{12}\) than the other 2 of 3/);
  assert.match(r.stdout, /replica app-web-3 \(of app-web\) started without GROQ_API_KEY; 2 of 3 have it/);
  assert.doesNotMatch(r.stdout, /replica app-web-[12] /);
});

test("every drift fixture gives exactly its expected findings through the CLI", () => {
  const dir = path.join(root, "tests", "fixtures", "drift");
  const cases = readdirSync(dir).filter((c) => existsSync(path.join(dir, c, "input.log")));
  assert.ok(cases.length >= 3, cases.join());
  for (const c of cases) {
    const file = path.join("tests", "fixtures", "drift", c, "input.log");
    const r = runCli(["drift", file, "-f", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout).findings.map((f) => `${f.severity} ${f.rule} input.log:${f.location.line} (${f.location.env}): ${f.message}`);
    const expected = readFileSync(path.join(dir, c, "expected.txt"), "utf8").split("\n").filter(Boolean);
    assert.deepEqual(got, expected, c);
  }
});

test("no record, a malformed one, an unreadable file: exit 2 naming it", () => {
  let r = runCli(["drift"], {}, { input: "[pod/web-1/app] hello\n" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^credcheck: no credcheck startup record in -: turn the record on/);
  r = runCli(["drift"], {}, { input: "ok\ncredcheck-startup v1 host=a pid=1 started=yesterday\n" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^credcheck: -:2: the credcheck startup record is malformed: started=yesterday is not a time/);
  r = runCli(["drift", "does-not-exist.log"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read does-not-exist\.log: ENOENT/);
});
