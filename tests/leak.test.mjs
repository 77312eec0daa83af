// No secret ever leaves in full: keys of every catalogued shape, planted in every way we check,
// must not appear (nor any 8-character run beyond what mask shows) in any output format.
import test from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { assertNoLeak, credcheck, plantedKeys, runCli } from "./helpers.mjs";

const keys = plantedKeys(99);
const catalog = credcheck.catalog();
const varFor = (provider, slot) => catalog.providers.find((p) => p.id === provider).vars.find((v) => v.slot === slot && !v.fallback).name;
const otherSlot = (provider) => (provider === "openai" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY");

/** Environments that plant `key` as is, wrapped, truncated, in the wrong slot and in a URL. */
function plantings({ provider, slot, key }) {
  const own = varFor(provider, slot);
  return [
    { [own]: key },
    { [own]: `"${key}"` },
    { [own]: ` ${key}\r\n` },
    { [own]: `Bearer ${key}` },
    { [own]: key.slice(0, -5) },
    { [own]: `${key}x!` },
    { [otherSlot(provider)]: key },
    { AZURE_OPENAI_API_KEY: key, AZURE_OPENAI_ENDPOINT: `https://r.openai.azure.com/?k=${key}` },
    { [`${own} `]: key },
    { [own.toLowerCase()]: key },
  ];
}

for (const planted of keys) {
  test(`no output leaks a ${planted.shape}`, () => {
    const providers = catalog.providers.map((p) => p.id);
    for (const [i, env] of plantings(planted).entries()) {
      const label = `${planted.shape} planting ${i}`;
      const options = { env, providers, models: ["gpt-4o", "claude-3-5-sonnet-20241022"] };
      const report = credcheck.checkEnv(options);
      assertNoLeak(JSON.stringify(report), planted.key, `${label} report`);
      assertNoLeak(credcheck.formatReport(report, "text"), planted.key, `${label} text`);
      assertNoLeak(credcheck.formatReport(report, "json"), planted.key, `${label} json`);
      try {
        credcheck.assertCredentials(options);
      } catch (err) {
        assertNoLeak(`${err.message}\n${err.stack}\n${JSON.stringify(err.report)}`, planted.key, `${label} CredentialError`);
      }
      assertNoLeak(JSON.stringify(credcheck.inspectSecret(Object.values(env)[0])), planted.key, `${label} inspectSecret`);
    }
  });
}

test("the CLI leaks no planted key in text, json or an env file", () => {
  const env = {};
  keys.forEach((k, i) => {
    env[i % 2 ? varFor(k.provider, k.slot) : otherSlot(k.provider)] = i % 3 ? k.key : `'${k.key}'`;
  });
  const dir = mkdtempSync(`${tmpdir()}/credcheck-`);
  writeFileSync(`${dir}/.env`, keys.map((k, i) => `${varFor(k.provider, k.slot)}=${i % 2 ? k.key.slice(0, -3) : k.key}`).join("\n"));
  for (const format of ["text", "json"]) {
    const runs = [runCli(["env", "-f", format, "-m", "gpt-4o"], env), runCli(["env", "-f", format, "--dotenv", `${dir}/.env`])];
    for (const r of runs) {
      for (const k of keys) assertNoLeak(r.stdout + r.stderr, k.key, `cli ${format} ${k.shape}`);
    }
  }
});

/** Config files of every kind, each holding `key` for `name` (an env var) in its natural place. */
function configsWith(name, key) {
  const b64 = Buffer.from(key).toString("base64");
  return {
    ".env": `${name}=${key}\n${name}="${key}"\n`,
    ".env.example": `${name}=${key}\n`,
    "OAI_CONFIG_LIST": JSON.stringify([{ model: "gpt-4o", api_key: key }, { model: "gpt-4o", api_type: "azure", api_key: `${key} `, base_url: "https://r.openai.azure.com/" }]),
    "component.json": JSON.stringify({ provider: "autogen_ext.models.openai.AzureOpenAIChatCompletionClient", component_type: "model", config: { model: "gpt-4o", api_key: key } }),
    "llm.json": JSON.stringify({ _type: "azure-openai-chat", openai_api_key: key, azure_deployment: "d" }),
    "agents.yaml": `a:\n  role: r\n  goal: g\n  llm: anthropic/claude-3-5-sonnet-20241022\n`,
    "docker-compose.yml": `services:\n  web:\n    build: .\n    environment:\n      ${name}: "${key}"\n  worker:\n    build: .\n    environment:\n      - ${name}=Bearer ${key}\n`,
    "k8s.yaml": `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  ${name}: ${b64}\nstringData:\n  OTHER_${name}: "${key}"\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: i\n      env:\n        - name: ${name}\n          value: "${key}"\n`,
  };
}

test("scan and checkConfig leak no planted key in text, json or sarif, for every input kind", () => {
  for (const k of keys) {
    const dir = mkdtempSync(`${tmpdir()}/credcheck-scanleak-`);
    for (const name of [varFor(k.provider, k.slot), otherSlot(k.provider)]) {
      for (const [file, text] of Object.entries(configsWith(name, k.key))) {
        writeFileSync(`${dir}/${file}`, text);
        const report = credcheck.checkConfig(text, { path: file });
        for (const format of ["text", "json", "sarif"]) {
          assertNoLeak(credcheck.formatReport(report, format), k.key, `checkConfig ${file} ${format} ${k.shape}`);
        }
      }
      for (const format of ["text", "json", "sarif"]) {
        const r = runCli(["scan", "-f", format, dir]);
        assert.ok(r.status === 1, `${k.shape}: the planted files have errors (${r.stderr})`);
        assertNoLeak(r.stdout + r.stderr, k.key, `scan ${format} ${k.shape}`);
      }
    }
  }
});
