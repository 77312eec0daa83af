// credcheck lint: every lint fixture through the CLI (broken gives exactly its expected findings,
// fixed gives none), SARIF validity, scan running the lint, syntax errors not stopping the run,
// planted keys in every output format, wrong input types, and the startup check not loading the
// lint's wasm module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { assertNoLeak, credcheck, plantedKeys, root, runCli, SHAPE_COUNT } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const fixtures = path.join(root, "tests", "fixtures", "lint");

function fakeKey(provider, seed = 1) {
  const k = credcheck.sampleKeys(seed).find((s) => s.provider === provider && s.slot === "api_key");
  assert.ok(k, `no key shape for ${provider}`);
  return k.key;
}

/** Copies a fixture folder to a temporary directory with its key templates filled. */
function materialize(dir) {
  const out = mkdtempSync(path.join(tmpdir(), "credcheck-lint-"));
  for (const name of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, name), "utf8").replace(/\{\{key:([a-z-]+)\}\}/g, (_, p) => fakeKey(p));
    writeFileSync(path.join(out, name), text);
  }
  return out;
}

// Every finding as expected.txt lists it: `rule file:line`, with `info ` before an info.
function summary(report) {
  return [...new Set(report.findings.map((f) => `${f.severity === "info" ? "info " : ""}${f.rule} ${f.location.file}:${f.location.line}`))].sort();
}
const failing = (lines) => lines.filter((l) => !l.startsWith("info "));

const cases = readdirSync(fixtures).filter((c) => statSync(path.join(fixtures, c)).isDirectory());
/** The exit status a report must give: 1 exactly when it holds an error-severity finding. */
const statusFor = (report) => (report.findings.some((f) => f.severity === "error") ? 1 : 0);

test("the lint fixture runner finds its cases, each with an expected.txt", () => {
  // Floor: the 17 cases there are today (one broken/fixed pair per rule and language). Fewer
  // means a case folder was lost or the runner stopped finding them, and its rule went untested.
  assert.ok(cases.length >= 17, `only ${cases.length} lint fixture cases`);
  for (const c of cases) assert.ok(existsSync(path.join(fixtures, c, "expected.txt")), `${c} has no expected.txt (an empty file means "no findings")`);
});

test("there is a broken and a fixed form for every lint rule", () => {
  const covered = new Set();
  for (const c of cases) {
    for (const line of readFileSync(path.join(fixtures, c, "expected.txt"), "utf8").split("\n")) {
      if (line.trim() && !line.startsWith("#")) covered.add(line.replace(/^info /, "").split(" ")[0]);
    }
  }
  for (const rule of ["client-at-import", "env-not-propagated", "unchecked-env-key", "dotenv-after-client", "azure-client-incomplete", "provider-mismatch", "literal-secret", "token-cached-at-module", "inconsistent-llm-config", "source-syntax"]) {
    assert.ok(covered.has(rule), `no fixture for ${rule}`);
  }
});

for (const name of cases) {
  test(`lint fixture ${name}: broken gives exactly the expected findings, fixed gives none`, () => {
    const expected = readFileSync(path.join(fixtures, name, "expected.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"))
      .sort();
    const broken = runCli(["lint", "--format", "json", "."], {}, { cwd: materialize(path.join(fixtures, name, "broken")) });
    assert.equal(broken.status, statusFor(JSON.parse(broken.stdout)), broken.stderr);
    assert.deepEqual(summary(JSON.parse(broken.stdout)), expected);
    const fixed = runCli(["lint", "--format", "json", "."], {}, { cwd: materialize(path.join(fixtures, name, "fixed")) });
    assert.equal(fixed.status, 0, fixed.stdout);
    assert.equal(statusFor(JSON.parse(fixed.stdout)), 0);
    assert.deepEqual(failing(summary(JSON.parse(fixed.stdout))), []);
  });
}

test("lint SARIF is valid SARIF 2.1.0 with the lint rules in the driver", () => {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const schema = JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "sarif", "sarif-schema-2.1.0.json"), "utf8"));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const r = runCli(["lint", "--format", "sarif", "."], {}, { cwd: materialize(path.join(fixtures, "azure-ts", "broken")) });
  // A warning and an info: reported in SARIF, and exit 0 (only errors fail a run).
  assert.equal(r.status, 0, r.stderr);
  const log = JSON.parse(r.stdout);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const ids = log.runs[0].results.map((x) => x.ruleId).sort();
  assert.deepEqual([...new Set(ids)], ["azure-client-incomplete", "provider-mismatch"]);
  for (const res of log.runs[0].results) {
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, "azure.ts");
    assert.equal(loc.region.startLine, 6);
  }
});

test("scan lints sources beside configs; --no-lint leaves them out; a syntax error does not stop the run", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-scanlint-"));
  cpSync(path.join(fixtures, "child-env-js", "broken", "main.js"), path.join(dir, "main.js"));
  cpSync(path.join(fixtures, "syntax-py", "broken", "broken.py"), path.join(dir, "broken.py"));
  mkdirSync(path.join(dir, "node_modules", "x"), { recursive: true });
  cpSync(path.join(fixtures, "child-env-js", "broken", "main.js"), path.join(dir, "node_modules", "x", "index.js"));
  writeFileSync(path.join(dir, ".env"), "OPENAI_API_KEY=your-api-key\n");
  const both = runCli(["scan", "--format", "json", "."], {}, { cwd: dir });
  assert.equal(both.status, 1, both.stderr);
  const got = summary(JSON.parse(both.stdout));
  assert.deepEqual(got, ["env-not-propagated main.js:6", "env-not-propagated main.js:9", "info source-syntax broken.py:3", "placeholder-key .env:1"]);
  assert.equal(JSON.parse(both.stdout).files, 3);
  assert.equal(JSON.parse(both.stdout).summary.files, 3);
  const configsOnly = runCli(["scan", "--no-lint", "--format", "json", "."], {}, { cwd: dir });
  assert.deepEqual(failing(summary(JSON.parse(configsOnly.stdout))), ["placeholder-key .env:1"]);
  const text = runCli(["lint", "."], {}, { cwd: dir });
  assert.equal(text.status, 1);
  assert.match(text.stdout, /broken\.py:3:\d+ +\[source-syntax\]/);
  assert.match(text.stdout, /\(checked: 2 files\)\n$/);
});

test("lintSources and lintPaths: the typed API, and clear errors for wrong input", () => {
  const report = credcheck.lintSources([
    { path: "a.py", text: "import subprocess\nsubprocess.run(['x'], env={})\n" },
    { path: "notes.md", text: "new OpenAI()" },
  ]);
  assert.deepEqual(failing(summary(report)), ["env-not-propagated a.py:2"]);
  assert.equal(credcheck.lintLanguage("x.tsx"), "js");
  assert.equal(credcheck.lintLanguage("x.py"), "python");
  assert.equal(credcheck.lintLanguage("x.go"), undefined);
  for (const bad of [42, null, "x", [{ path: 1, text: "" }], [{ path: "a.py" }]]) {
    assert.throws(() => credcheck.lintSources(bad), (e) => e instanceof Error && /files must be an array/.test(e.message), String(bad));
  }
  const r = credcheck.lintPaths([path.join(fixtures, "llm-config-py", "broken")]);
  assert.equal(r.files, 1);
  assert.equal(r.report.findings[0].rule, "inconsistent-llm-config");
  assert.throws(() => credcheck.lintPaths(["/no/such/dir"]), /ENOENT/);
});

// What the lint must report for a key written into a source, per shape: the lint's
// literal-secret reports only strongly-shaped keys (a prefix or signature says whose key it is);
// a weak shape (32 hex, 32 or 40 alphanumerics) is indistinguishable from a hash or an id in
// code, and the lint reports none of them (the scan finds them in configs by variable name).
const WEAK = new Set(["Azure OpenAI legacy key", "Mistral API key", "Cohere API key", "AWS secret access key"]);

test("every key shape written into JS/TS and Python sources is reported as the lint promises and never leaks", () => {
  const keys = plantedKeys(11);
  assert.equal(keys.length, SHAPE_COUNT, "a key of every catalogued shape");
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-lintleak-"));
  const expected = [];
  keys.forEach(({ key, shape }, i) => {
    // Files that parse, so the key reaches the rules and not only a syntax finding.
    writeFileSync(path.join(dir, `k${i}.py`), `from openai import OpenAI\nclient = OpenAI(api_key="${key}")\nSETTING = '${key}'\n`);
    writeFileSync(path.join(dir, `k${i}.ts`), `export const k = "${key}";\nexport const t = \`${key}\`;\n`);
    if (!WEAK.has(shape)) expected.push(`literal-secret k${i}.py:2`, `literal-secret k${i}.py:3`, `literal-secret k${i}.ts:1`, `literal-secret k${i}.ts:2`);
  });
  const outputs = ["text", "json", "sarif"].map((f) => runCli(["lint", "--format", f, "."], {}, { cwd: dir }));
  for (const o of outputs) {
    assert.equal(o.status, 1, o.stderr);
    assert.equal(o.stderr, "");
  }
  const report = JSON.parse(outputs[1].stdout);
  assert.deepEqual(summary(report), expected.sort());
  assert.equal(report.files, 2 * SHAPE_COUNT);
  const api = JSON.stringify(credcheck.lintSources(keys.map(({ key }, i) => ({ path: `x${i}.ts`, text: `const a = "${key}"` }))));
  let covered = 0;
  for (const { key, shape } of keys) {
    for (const [i, o] of outputs.entries()) assertNoLeak(o.stdout + o.stderr, key, `${shape} lint ${["text", "json", "sarif"][i]}`, shape);
    assertNoLeak(api, key, `${shape} lintSources`, shape);
    covered++;
  }
  assert.equal(covered, SHAPE_COUNT);
  assert.equal(expected.length, 4 * (SHAPE_COUNT - WEAK.size), "every strong shape reported at each of its four lines");
});

test("the startup check loads only the startup module; the env core, scan, explain and lint load theirs on first use", () => {
  const script = `
    const c = require(${JSON.stringify(path.join(root, "dist", "index.js"))});
    const path = require("node:path");
    const loaded = () => Object.keys(require.cache).filter((k) => /credcheck(_startup|_core|_lint)?\.js$/.test(k)).map((k) => path.basename(path.dirname(k)) + "/" + path.basename(k)).sort();
    // Asked for nothing in an empty environment, it throws (no-credentials): the path is what counts here.
    try { c.assertCredentials({ providers: [] }); } catch (e) { if (e.name !== "CredentialError") throw e; }
    c.checkEnv({ providers: ["openai"] });
    const startup = loaded();
    c.mask("sk-proj-abcdefghijklmnopqrstuvwxyz");
    const core = loaded();
    c.explainError("401 Incorrect API key provided: xxx");
    const explain = loaded();
    c.lintSources([{ path: "a.ts", text: "export {}" }]);
    console.log(JSON.stringify({ startup, core, explain, lint: loaded() }));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: process.env.PATH } });
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  assert.deepEqual(got.startup, ["pkg-startup/credcheck_startup.js"]);
  assert.deepEqual(got.core, ["pkg-core/credcheck_core.js", "pkg-startup/credcheck_startup.js"]);
  assert.deepEqual(got.explain, ["pkg-core/credcheck_core.js", "pkg-startup/credcheck_startup.js", "pkg/credcheck.js"]);
  assert.deepEqual(got.lint, ["pkg-core/credcheck_core.js", "pkg-lint/credcheck_lint.js", "pkg-startup/credcheck_startup.js", "pkg/credcheck.js"]);
});

// A tree of 5 MiB of sources is linted in batches on worker threads (over 4 MiB): the output is
// byte for byte the one of the main thread alone, with the same files checked and the same
// findings, and a file that cannot be read is still listed in its place.
test("the lint on worker threads gives exactly what one thread gives", { timeout: 120_000 }, async () => {
  const { writeSources } = await import("../bench/sources.mjs");
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-lint-workers-"));
  writeSources(dir, 600, 5);
  const key = fakeKey("openai", 5);
  mkdirSync(path.join(dir, "zz"));
  writeFileSync(path.join(dir, "zz", "keys.ts"), `export const k = "${key}";\n`);
  const lint = (workers) => {
    const r = spawnSync(process.execPath, [path.join(root, "dist", "cli.js"), "lint", "--format", "json", "."], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, CREDCHECK_LINT_WORKERS: String(workers) },
    });
    assert.equal(r.status, 1, r.stderr); // the literal key is an error
    return r;
  };
  const one = lint(0);
  const two = lint(2);
  const report = JSON.parse(one.stdout);
  assert.equal(report.summary.files, 601);
  assert.ok(report.findings.length > 50, `${report.findings.length} findings`);
  assert.ok(report.findings.some((f) => f.rule === "literal-secret" && f.location.file === "zz/keys.ts"));
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.stderr, one.stderr);
});
