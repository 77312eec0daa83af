// The library API as users call it, on the built package.
import test from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as esm from "credcheck";
import { credcheck, plantedKeys } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const key = (shape) => plantedKeys().find((k) => k.shape === shape).key;

test("require and import give the same API, one CredentialError class and one wasm instance", () => {
  const cjs = require("credcheck");
  // The ESM entry is a real ES module (bundlers' ESM output cannot run the CommonJS build's
  // require("node:fs")), so its functions are its own; the class and the core are shared.
  assert.deepEqual(Object.keys(esm).filter((k) => k !== "default").sort(), Object.keys(cjs).sort());
  for (const name of ["checkEnv", "assertCredentials", "CredentialError", "checkEnvFiles", "mask", "fingerprint", "inspectSecret", "formatReport", "catalog", "rules", "sampleKeys"]) {
    assert.equal(typeof cjs[name], "function", name);
    assert.equal(typeof esm[name], "function", name);
  }
  assert.equal(esm.CredentialError, cjs.CredentialError);
  const env = { OPENAI_API_KEY: "" };
  assert.deepEqual(esm.checkEnv({ env, providers: ["openai"], now: 0 }), cjs.checkEnv({ env, providers: ["openai"], now: 0 }));
  assert.throws(() => esm.assertCredentials({ env, providers: ["openai"] }), cjs.CredentialError);
});

test("checkEnv reports every problem at once", () => {
  const report = credcheck.checkEnv({
    env: { OPENAI_API_KEY: "", GROQ_API_KEY: "sk-...", AZURE_OPENAI_API_KEY: key("Anthropic API key") },
    providers: ["openai", "groq", "azure-openai", "mistral"],
  });
  const rules = report.findings.map((f) => `${f.rule}:${f.location.env}`);
  for (const want of ["empty-key:OPENAI_API_KEY", "placeholder-key:GROQ_API_KEY", "provider-mismatch:AZURE_OPENAI_API_KEY", "missing-key:MISTRAL_API_KEY", "azure-missing-endpoint:AZURE_OPENAI_ENDPOINT", "azure-missing-api-version:OPENAI_API_VERSION"]) {
    assert.ok(rules.includes(want), `${want} in ${rules}`);
  }
  assert.equal(report.summary.ok, false);
  assert.equal(report.summary.errors, report.findings.filter((f) => f.severity === "error").length);
  for (const f of report.findings) {
    assert.match(f.rule, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(f.message.length > 0 && f.fix.length > 0 && !f.message.includes("\n"));
  }
});

test("checkEnv defaults to process.env", () => {
  const saved = process.env.DEEPSEEK_API_KEY;
  process.env.DEEPSEEK_API_KEY = "changeme";
  try {
    const report = credcheck.checkEnv({ providers: ["deepseek"] });
    assert.ok(report.findings.some((f) => f.rule === "placeholder-key" && f.location.env === "DEEPSEEK_API_KEY"));
  } finally {
    if (saved === undefined) delete process.env.DEEPSEEK_API_KEY;
    else process.env.DEEPSEEK_API_KEY = saved;
  }
});

test("model names map to providers", () => {
  const report = credcheck.checkEnv({ env: { OPENAI_API_KEY: key("OpenAI project key") }, models: ["claude-3-5-sonnet-20241022"] });
  assert.deepEqual(report.findings.map((f) => f.rule), ["missing-key"]);
  assert.match(report.findings[0].message, /ANTHROPIC_API_KEY is not set; OPENAI_API_KEY is set, for OpenAI/);
});

test("assertCredentials throws one CredentialError listing every error, masked", () => {
  const anthropic = key("Anthropic API key");
  const env = { ANTHROPIC_API_KEY: `"${anthropic}"`, OPENAI_API_KEY: "${OPENAI_API_KEY}" };
  let thrown;
  try {
    credcheck.assertCredentials({ env, providers: ["anthropic", "openai", "gemini"] });
  } catch (err) {
    thrown = err;
  }
  assert.ok(thrown instanceof credcheck.CredentialError);
  assert.ok(thrown instanceof Error);
  assert.equal(thrown.name, "CredentialError");
  assert.equal(thrown.findings.length, 3);
  assert.match(thrown.message, /^credcheck: 3 credential errors:/);
  for (const rule of ["quoted-value", "unexpanded-reference", "missing-key"]) assert.ok(thrown.message.includes(rule), rule);
  assert.ok(thrown.message.includes(credcheck.mask(anthropic)));
  assert.ok(!thrown.message.includes(anthropic));
});

test("assertCredentials returns the report when there are only warnings", () => {
  const report = credcheck.assertCredentials({
    env: { OPENAI_API_KEY: key("OpenAI project key"), GEMINI_API_KEY: "changeme" },
    providers: ["openai"],
  });
  assert.equal(report.summary.ok, true);
  assert.equal(report.summary.warnings, 1);
});

test("token expiry uses the given clock", () => {
  const jwt = (exp) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ exp })).toString("base64url")}.c2ln`;
  const now = new Date("2026-06-01T00:00:00Z");
  const env = { AZURE_OPENAI_AD_TOKEN: jwt(now.getTime() / 1000 - 10), AZURE_OPENAI_ENDPOINT: "https://r.openai.azure.com/", OPENAI_API_VERSION: "2024-10-21" };
  const report = credcheck.checkEnv({ env, providers: ["azure-openai"], now });
  assert.deepEqual(report.findings.map((f) => f.rule), ["token-expired"]);
  const later = credcheck.checkEnv({ env, providers: ["azure-openai"], now: now.getTime() - 3_600_000 });
  assert.deepEqual(later.findings.map((f) => f.rule), []);
});

test("checkEnvFiles reads files and reports their lines", async () => {
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(`${tmpdir()}/credcheck-`);
  writeFileSync(`${dir}/.env`, "A=1\nOPENAI_API_KEY='sk-...'\n=oops\n");
  const report = credcheck.checkEnvFiles([`${dir}/.env`], { providers: ["openai"] });
  const byRule = Object.fromEntries(report.findings.map((f) => [f.rule, f.location]));
  assert.equal(byRule["placeholder-key"].line, 2);
  assert.equal(byRule["env-file-syntax"].line, 3);
  assert.throws(() => credcheck.checkEnvFiles([`${dir}/missing.env`]), /cannot read env file .*missing\.env/);
});

test("bad input gives JS errors with messages, never a crash", () => {
  assert.throws(() => credcheck.checkEnv({ env: {}, providers: ["openia"] }), /unknown provider "openia"; known providers: openai/);
  assert.throws(() => credcheck.checkEnv({ env: {}, framework: "spring" }), /unknown framework "spring"/);
  assert.throws(() => credcheck.checkEnv({ env: "OPENAI_API_KEY=x" }), /env must be an object/);
  // One model may be a string (a list of one); another type is a TypeError naming the option.
  assert.deepEqual(credcheck.checkEnv({ env: {}, models: "gpt-4o" }).summary.providers, ["openai"]);
  assert.throws(() => credcheck.checkEnv({ env: {}, models: 42 }), { name: "TypeError", message: /models must be a string or an array of strings, not a number/ });
  assert.throws(() => credcheck.formatReport({ nope: 1 }, "text"), /not a credcheck report/);
  assert.throws(() => credcheck.formatReport({ findings: [], summary: { errors: 0, warnings: 0, infos: 0, ok: true, providers: [] } }, "xml"), /unknown format/);
  const odd = credcheck.checkEnv({
    env: { OPENAI_API_KEY: 42, ANTHROPIC_API_KEY: { a: 1 }, MISTRAL_API_KEY: null, "GROQ_API_KEY ": "x", GONE: undefined, HUGE: "x".repeat(5_000_000), XAI_API_KEY: "x".repeat(200_000) },
  });
  const rules = odd.findings.map((f) => `${f.rule}:${f.location.env}`);
  for (const want of ["invalid-env-value:OPENAI_API_KEY", "invalid-env-value:ANTHROPIC_API_KEY", "invalid-env-value:MISTRAL_API_KEY", "env-name-whitespace:GROQ_API_KEY ", "oversized-value:XAI_API_KEY"]) {
    assert.ok(rules.includes(want), `${want} in ${rules}`);
  }
  // The module still works after all of that.
  assert.equal(credcheck.mask("sk-proj-abcdefghijklmnopqrstuvwxyz"), "sk-proj-…wxyz");
});

test("inspectSecret, mask and fingerprint", () => {
  const k = key("OpenAI project key");
  const info = credcheck.inspectSecret(`${k}\n`);
  assert.equal(info.provider, "openai");
  assert.equal(info.kind, "value");
  assert.deepEqual(info.wrapping, [{ kind: "whitespace", what: "a trailing newline" }]);
  assert.ok(!JSON.stringify(info).includes(k.slice(8, 16)));
  assert.match(credcheck.fingerprint(k), /^sha256:[0-9a-f]{12}$/);
  assert.notEqual(credcheck.fingerprint(k), credcheck.fingerprint(`${k}\n`));
});

test("catalog and rules are data", () => {
  const ids = credcheck.catalog().providers.map((p) => p.id);
  assert.deepEqual(ids, ["openai", "azure-openai", "anthropic", "gemini", "mistral", "groq", "cohere", "openrouter", "deepseek", "xai", "together", "huggingface", "bedrock"]);
  const ruleIds = credcheck.rules().map((r) => r.id);
  for (const id of ["missing-key", "placeholder-key", "malformed-key", "provider-mismatch", "model-provider-mismatch", "azure-missing-endpoint", "azure-missing-api-version", "azure-missing-deployment", "token-expired"]) {
    assert.ok(ruleIds.includes(id), id);
  }
});

test("an uncaught CredentialError prints each finding once (report and findings are not enumerable)", () => {
  const { spawnSync } = require("node:child_process");
  const code = `require("./dist/index.js").assertCredentials({ env: { OPENAI_API_KEY: "your-api-key", ANTHROPIC_API_KEY: "" }, providers: ["openai", "anthropic"] });`;
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", env: { PATH: process.env.PATH } });
  assert.notEqual(r.status, 0);
  assert.equal(r.stderr.split("placeholder-key").length - 1, 1, r.stderr);
  const err = (() => {
    try {
      credcheck.assertCredentials({ env: { OPENAI_API_KEY: "your-api-key" }, providers: ["openai"] });
    } catch (e) {
      return e;
    }
  })();
  assert.ok(err.findings.length >= 1 && err.report.findings.length >= 1, "still readable");
});

test("the startup module (trimmed catalog, report as JSON) reports exactly what the env core reports", () => {
  // pkg-startup is built with feature `startup-only`: build.rs empties the catalog facts it never
  // reads, and its report crosses as JSON text. pkg-core has the whole catalog and builds its
  // report with serde-wasm-bindgen. Any fact the startup check did read, or any field the JSON
  // spelled otherwise (names, order, absent fields), shows up here as a difference.
  const core = require("../pkg-core/credcheck_core.js");
  const { catalog, sampleKeys } = credcheck;
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const jwt = (claims) => `eyJhbGciOiJub25lIn0.${typeof claims === "string" ? Buffer.from(claims).toString("base64url") : b64(claims)}.sig`;
  const values = [
    ...sampleKeys(5).map((k) => k.key),
    "", "  ", "sk-...", "your-api-key", "${OPENAI_API_KEY}", "%KEY%", "\"sk-proj-quoted\"", "Bearer sk-abc", "sk-proj-short",
    "AKIAIOSFODNN7EXAMPLE", "https://<resource>.openai.azure.com/", "https://x.openai.azure.com", "https://api.openai.com/v1",
    "2024-10-21", "2024-13-99", "banana", "us-east-1",
    jwt({ exp: 1000 }), jwt({ exp: 1_700_000_100 }), jwt({ exp: 9e12 }), jwt({ sub: "x" }), jwt({ exp: "soon" }), jwt({ exp: null }), jwt([1]), jwt("5"), jwt("not json"), "eyJ.x.y",
  ];
  let checked = 0;
  const same = (env, opts) => {
    const core_ = core.checkEnv(env, { providers: [], models: [], required: [], ...opts, now: 1_700_000_000 });
    const startup = credcheck.checkEnv({ env, ...opts, now: new Date(1_700_000_000_000) });
    assert.equal(JSON.stringify(startup), JSON.stringify(core_), JSON.stringify({ env, opts }));
    checked++;
  };
  for (const p of catalog().providers) {
    for (const v of p.vars) for (const value of values) same({ [v.name]: value }, { providers: [p.id] });
    const full = Object.fromEntries(p.vars.map((v, i) => [v.name, values[i % values.length]]));
    for (const framework of [undefined, "sdk", "langchain", "langchainjs", "llamaindex", "litellm", "crewai", "autogen"]) {
      same(full, framework ? { framework } : {});
      same({ ...full, HTTPS_PROXY: "http://proxy:3128", [` ${p.vars[0].name}`]: "x", [p.vars[0].name.toLowerCase()]: "y" }, { providers: [p.id], framework });
    }
  }
  for (const models of [["gpt-4o"], ["claude-3-5-sonnet-20241022"], ["gemini-1.5-pro"], ["anthropic.claude-3-5-sonnet-20240620-v1:0"], ["no-such-model"]]) {
    same({ OPENAI_API_KEY: values[0], AZURE_OPENAI_ENDPOINT: "https://x.openai.azure.com" }, { models });
  }
  same({}, {});
  assert.ok(checked > 1000, String(checked));
});
