// credcheck scan and checkConfig: the fixtures through the CLI, SARIF against the SARIF 2.1.0
// schema, hostile and malformed files, the directory walk, and the bundled example.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { credcheck, root, runCli } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const fixtures = path.join(root, "tests", "fixtures", "scan");

/** Fake keys for the fixture templates: the provider's first api_key shape, as the Rust tests use. */
export function fakeKey(provider, seed = 1) {
  const k = credcheck.sampleKeys(seed).find((s) => s.provider === provider && s.slot === "api_key");
  assert.ok(k, `no key shape for ${provider}`);
  return k.key;
}

/** Copies a fixture tree to a temporary directory with its key templates filled. */
export function materialize(dir) {
  const out = mkdtempSync(path.join(tmpdir(), "credcheck-scan-"));
  const copy = (from, to) => {
    for (const name of readdirSync(from)) {
      const src = path.join(from, name);
      const dst = path.join(to, name);
      if (statSync(src).isDirectory()) {
        mkdirSync(dst);
        copy(src, dst);
      } else {
        const text = readFileSync(src, "utf8").replace(/\{\{(key|base64key):([a-z-]+)(?::(\d+))?\}\}/g, (_, what, p, seed) => {
          const key = fakeKey(p, seed ? Number(seed) : 1);
          return what === "key" ? key : Buffer.from(key).toString("base64");
        });
        writeFileSync(dst, text);
      }
    }
  };
  copy(dir, out);
  return out;
}

const cases = readdirSync(fixtures).filter((c) => statSync(path.join(fixtures, c)).isDirectory());

test("the scan fixture runner finds its cases, each with an expected.txt", () => {
  // Floor: the 7 config kinds with a case today. Fewer means a case folder was lost or the
  // runner stopped finding them, and every rule only that case reached went untested.
  assert.ok(cases.length >= 7, `only ${cases.length} scan fixture cases`);
  for (const c of cases) assert.ok(existsSync(path.join(fixtures, c, "expected.txt")), `${c} has no expected.txt (an empty file means "no findings")`);
});

function expected(name) {
  return readFileSync(path.join(fixtures, name, "expected.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .sort();
}

// Every finding as expected.txt lists it: `rule file:line`, with `info ` before an info.
function summary(report) {
  return [...new Set(report.findings.map((f) => `${f.severity === "info" ? "info " : ""}${f.rule} ${f.location.file}:${f.location.line}`))].sort();
}
const failing = (lines) => lines.filter((l) => !l.startsWith("info "));

for (const name of cases) {
  test(`scan fixture ${name}: broken gives exactly the expected findings, fixed gives none`, () => {
    const broken = materialize(path.join(fixtures, name, "broken"));
    const fixed = materialize(path.join(fixtures, name, "fixed"));
    try {
      const r = runCli(["scan", "--format", "json"], {}, { cwd: broken });
      const report = JSON.parse(r.stdout);
      assert.equal(r.status, report.findings.some((f) => f.severity === "error") ? 1 : 0, r.stderr);
      assert.equal(r.status, 1, "a broken case holds at least one error");
      assert.deepEqual(summary(report), expected(name));
      for (const f of report.findings) {
        assert.ok(f.location.line >= 1 && f.location.column >= 1, `${f.rule} has a line and column`);
        assert.ok(f.message && f.fix, `${f.rule} has a message and a fix`);
      }
      const ok = runCli(["scan", "--format", "json"], {}, { cwd: fixed });
      assert.equal(ok.status, 0, ok.stdout);
      assert.deepEqual(failing(summary(JSON.parse(ok.stdout))), []);
    } finally {
      rmSync(broken, { recursive: true, force: true });
      rmSync(fixed, { recursive: true, force: true });
    }
  });
}

test("SARIF output is valid SARIF 2.1.0 and points at files, lines and columns", () => {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const schema = JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "sarif", "sarif-schema-2.1.0.json"), "utf8"));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const dir = materialize(path.join(fixtures, "compose", "broken"));
  try {
    const r = runCli(["scan", "--format", "sarif", "."], {}, { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const results = log.runs[0].results;
    const rules = log.runs[0].tool.driver.rules;
    assert.ok(results.length >= 4);
    for (const res of results) {
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      const loc = res.locations[0].physicalLocation;
      // The case holds Compose files in subfolders too (siblings/, name-case/): relative URIs.
      assert.match(loc.artifactLocation.uri, /^(siblings\/|name-case\/)?docker-compose\.yml$/);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
    // A deliberately broken log must fail, or the check above proves nothing.
    assert.equal(validate({ ...log, version: "2.0.0" }), false);
    // The env command speaks SARIF too; environment findings carry a logical location.
    const env = runCli(["env", "--provider", "openai", "--format", "sarif"], {});
    assert.equal(env.status, 1);
    const envLog = JSON.parse(env.stdout);
    assert.ok(validate(envLog), JSON.stringify(validate.errors, null, 2));
    assert.equal(envLog.runs[0].results[0].locations[0].logicalLocations[0].name, "OPENAI_API_KEY");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("checkConfig recognises kinds, takes a forced kind, and rejects unknown ones", () => {
  const compose = "services:\n  web:\n    environment:\n      OPENAI_API_KEY: your-openai-api-key\n";
  assert.equal(credcheck.detectKind("docker-compose.yml", compose), "compose");
  assert.equal(credcheck.detectKind("deploy.yaml", "apiVersion: v1\nkind: Pod\n"), "kubernetes");
  assert.equal(credcheck.detectKind("notes.md", "hello"), undefined);
  const r = credcheck.checkConfig(compose, { path: "docker-compose.yml" });
  assert.deepEqual(r.findings.map((f) => [f.rule, f.location.line]), [["placeholder-key", 4]]);
  const forced = credcheck.checkConfig("OPENAI_API_KEY=\n", { kind: "dotenv", path: "app.cfg" });
  assert.equal(forced.findings[0].rule, "empty-key");
  assert.throws(() => credcheck.checkConfig("x", { kind: "toml" }), /unknown config kind "toml"/);
  assert.throws(() => credcheck.checkConfig("just text", { path: "README" }), /not a recognised config/);
});

test("malformed and hostile files give a finding naming the file and line, and the scan goes on", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-hostile-"));
  try {
    writeFileSync(path.join(dir, "OAI_CONFIG_LIST"), '[\n  {"model": "gpt-4o"},\n]\n');
    let bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 12; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    writeFileSync(path.join(dir, "docker-compose.yml"), "services:\n" + bomb);
    writeFileSync(path.join(dir, "deep.json"), '{"config_list": ' + "[".repeat(10000) + "]".repeat(10000) + "}");
    writeFileSync(path.join(dir, "k8s.yaml"), Buffer.concat([Buffer.from("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \xff\xfe"), Buffer.from([0xff, 0x00, 0x41])]));
    writeFileSync(path.join(dir, "crlf.env"), "\ufeffOPENAI_API_KEY=your-openai-api-key\r\nMODEL=gpt-4o\r\n");
    writeFileSync(path.join(dir, "big.yaml"), "services:\n" + "#".repeat(3 * 1024 * 1024));
    mkdirSync(path.join(dir, "node_modules", "pkg"), { recursive: true });
    writeFileSync(path.join(dir, "node_modules", "pkg", ".env"), "OPENAI_API_KEY=\n");
    mkdirSync(path.join(dir, ".git"));
    writeFileSync(path.join(dir, ".git", "config.yaml"), "services:\n  x:\n    environment: [OPENAI_API_KEY]\n");
    const r = runCli(["scan", "--format", "json", "--max-size", "2"], {}, { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    const at = (file) => report.findings.filter((f) => f.location.file === file).map((f) => `${f.rule}:${f.location.line}`);
    assert.deepEqual(at("OAI_CONFIG_LIST"), ["config-syntax:3"]);
    assert.match(report.findings.find((f) => f.location.file === "OAI_CONFIG_LIST").message, /trailing comma/);
    assert.ok(at("docker-compose.yml")[0]?.startsWith("config-syntax:"), JSON.stringify(at("docker-compose.yml")));
    assert.match(report.findings.find((f) => f.location.file === "docker-compose.yml").message, /alias bomb/);
    assert.deepEqual(at("deep.json"), ["config-syntax:1"]);
    assert.deepEqual(at("k8s.yaml"), ["config-syntax:4"]);
    assert.match(report.findings.find((f) => f.location.file === "k8s.yaml").message, /UTF-8/);
    assert.deepEqual(at("crlf.env"), ["placeholder-key:1"]);
    assert.deepEqual(report.skipped.map((s) => s.path), ["big.yaml"]);
    assert.match(r.stderr, /skipped big\.yaml: 3\.0 MiB, over the 2\.0 MiB limit/);
    assert.ok(!report.findings.some((f) => /node_modules|\.git/.test(f.location.file)), "skips node_modules and .git");
    assert.equal(report.files, 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("scan usage errors exit 2", () => {
  assert.equal(runCli(["scan", "no/such/dir"]).status, 2);
  assert.equal(runCli(["scan", "--format", "xml"]).status, 2);
  assert.equal(runCli(["scan", "--kind", "toml", "."]).status, 2);
  const r = runCli(["scan", "README.md"]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /skipped README\.md: not a config credcheck recognises/);
});

test("the bundled scaled-app example shows the sibling, Azure and Secret problems", () => {
  const r = runCli(["scan", "examples/scaled-app", "--format", "json"]);
  assert.equal(r.status, 1, r.stderr);
  const rules = new Set(JSON.parse(r.stdout).findings.map((f) => `${f.rule} ${f.location.file}`));
  for (const want of [
    "missing-in-sibling examples/scaled-app/docker-compose.yml",
    "missing-in-sibling examples/scaled-app/k8s/deployment.yaml",
    "azure-missing-api-type examples/scaled-app/OAI_CONFIG_LIST",
    "model-provider-mismatch examples/scaled-app/OAI_CONFIG_LIST",
    "env-name-not-read examples/scaled-app/.env",
    "optional-secret-ref examples/scaled-app/k8s/deployment.yaml",
  ]) {
    assert.ok(rules.has(want), `${want} in ${[...rules].join("\n")}`);
  }
});

test("the JSON config list in the OAI_CONFIG_LIST variable is checked too", () => {
  const list = JSON.stringify([{ model: "gpt-4o", api_key: "sk-..." }], null, 2);
  const r = runCli(["scan", "-f", "json", "README.md"], { OAI_CONFIG_LIST: list });
  assert.equal(r.status, 1, r.stderr);
  const f = JSON.parse(r.stdout).findings.find((x) => x.location.file === "$OAI_CONFIG_LIST");
  assert.equal(f.rule, "placeholder-key");
  assert.equal(f.location.line, 4);
  const none = credcheck.scanPaths(["README.md"], { env: {} });
  assert.equal(none.files, 0);
});
