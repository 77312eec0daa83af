// No secret ever leaves in full: keys of every catalogued shape, planted in every way we check,
// must not appear (nor any 8-character run beyond what mask shows) in any output format.
import test from "node:test";
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
