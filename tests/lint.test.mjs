// credcheck lint: every lint fixture through the CLI (broken gives exactly its expected findings,
// fixed gives none), SARIF validity, scan running the lint, syntax errors not stopping the run,
// planted keys in every output format, wrong input types, and the startup check not loading the
// lint's wasm module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { assertNoLeak, credcheck, plantedKeys, root, runCli } from "./helpers.mjs";

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
    assert.equal(broken.status, JSON.parse(broken.stdout).summary.ok ? 0 : 1, broken.stderr);
    assert.deepEqual(summary(JSON.parse(broken.stdout)), expected);
    const fixed = runCli(["lint", "--format", "json", "."], {}, { cwd: materialize(path.join(fixtures, name, "fixed")) });
    assert.equal(fixed.status, 0, fixed.stdout);
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
  assert.equal(r.status, 1, r.stderr);
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
  const configsOnly = runCli(["scan", "--no-lint", "--format", "json", "."], {}, { cwd: dir });
  assert.deepEqual(failing(summary(JSON.parse(configsOnly.stdout))), ["placeholder-key .env:1"]);
  const text = runCli(["lint", "."], {}, { cwd: dir });
  assert.equal(text.status, 1);
  assert.match(text.stdout, /broken\.py:3:\d+ +\[source-syntax\]/);
  assert.match(text.stdout, /Linted 2 source files\./);
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

test("no planted key leaves the lint in full, in any format", () => {
  const keys = plantedKeys(11);
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-lintleak-"));
  keys.forEach(({ key }, i) => {
    writeFileSync(path.join(dir, `k${i}.py`), `import openai\nclient = openai.OpenAI(api_key="${key}")\nbroken = (\n`);
    writeFileSync(path.join(dir, `k${i}.ts`), `export const k = "${key}";\nconst t = \`${key}\`;\n`);
  });
  const outputs = ["text", "json", "sarif"].map((f) => runCli(["lint", "--format", f, "."], {}, { cwd: dir }));
  const api = JSON.stringify(credcheck.lintSources(keys.map(({ key }, i) => ({ path: `x${i}.ts`, text: `const a = "${key}"` }))));
  assert.ok(outputs[1].stdout.includes("literal-secret"), "keys were not found at all");
  for (const { key, provider } of keys) {
    for (const [i, o] of outputs.entries()) assertNoLeak(o.stdout + o.stderr, key, `${provider} lint ${["text", "json", "sarif"][i]}`);
    assertNoLeak(api, key, `${provider} lintSources`);
  }
});

test("the startup check loads only the startup module; scan, explain and lint load theirs on first use", () => {
  const script = `
    const c = require(${JSON.stringify(path.join(root, "dist", "index.js"))});
    const path = require("node:path");
    const loaded = () => Object.keys(require.cache).filter((k) => /credcheck(_startup|_lint)?\.js$/.test(k)).map((k) => path.basename(path.dirname(k)) + "/" + path.basename(k)).sort();
    c.assertCredentials({ providers: [] });
    c.checkEnv({ providers: ["openai"] });
    const startup = loaded();
    c.explainError("401 Incorrect API key provided: xxx");
    const explain = loaded();
    c.lintSources([{ path: "a.ts", text: "export {}" }]);
    console.log(JSON.stringify({ startup, explain, lint: loaded() }));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: process.env.PATH } });
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  assert.deepEqual(got.startup, ["pkg-startup/credcheck_startup.js"]);
  assert.deepEqual(got.explain, ["pkg-startup/credcheck_startup.js", "pkg/credcheck.js"]);
  assert.deepEqual(got.lint, ["pkg-lint/credcheck_lint.js", "pkg-startup/credcheck_startup.js", "pkg/credcheck.js"]);
});
