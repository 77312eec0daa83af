// No secret ever leaves in full: keys of every catalogued shape, planted in every way we check,
// must not appear (nor any 8-character run beyond what mask shows) in any output format.
import test from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { assertNoLeak, credcheck, plantedKeys, runCli, SHAPE_COUNT } from "./helpers.mjs";

const keys = plantedKeys(99);
/** Shapes with no prefix or signature: a provider's only by the variable that holds them. */
const WEAK = new Set(["Azure OpenAI legacy key", "Mistral API key", "Cohere API key", "AWS secret access key"]);
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
      assertNoLeak(JSON.stringify(report), planted.key, `${label} report`, planted.shape);
      assertNoLeak(credcheck.formatReport(report, "text"), planted.key, `${label} text`, planted.shape);
      assertNoLeak(credcheck.formatReport(report, "json"), planted.key, `${label} json`, planted.shape);
      // Every provider is required and most have no key: assertCredentials must throw.
      let thrown;
      try {
        credcheck.assertCredentials(options);
      } catch (err) {
        thrown = err;
      }
      assert.ok(thrown instanceof credcheck.CredentialError, `${label}: assertCredentials did not throw a CredentialError`);
      assertNoLeak(`${thrown.message}\n${thrown.stack}\n${JSON.stringify(thrown.report)}`, planted.key, `${label} CredentialError`, planted.shape);
      assertNoLeak(JSON.stringify(credcheck.inspectSecret(Object.values(env)[0])), planted.key, `${label} inspectSecret`, planted.shape);
    }
  });
}

/**
 * Splits `keys` into rounds in which no two keys share a variable (openai has four shapes for
 * OPENAI_API_KEY), so that no planting overwrites another and every shape reaches an output.
 */
function rounds(keys) {
  const out = [];
  for (const k of keys) {
    const name = varFor(k.provider, k.slot);
    let round = out.find((r) => !r.has(name));
    if (!round) out.push((round = new Map()));
    round.set(name, k);
  }
  return out;
}

test("the CLI env command reports every planted key shape, masked, in text, json and from a .env", () => {
  const dir = mkdtempSync(`${tmpdir()}/credcheck-`);
  const reached = new Set();
  let runs = 0;
  for (const [r, round] of rounds(keys).entries()) {
    // Quoted values: a quoted-value error on each variable, which names it and shows the key masked.
    const env = Object.fromEntries([...round].map(([name, k]) => [name, `'${k.key}'`]));
    writeFileSync(`${dir}/${r}.env`, [...round].map(([name, k]) => `${name}="'${k.key}'"`).join("\n") + "\n");
    for (const format of ["text", "json"]) {
      for (const args of [["env", "-f", format], ["env", "-f", format, "--dotenv", `${dir}/${r}.env`]]) {
        const out = runCli(args, env);
        runs++;
        assert.equal(out.status, 1, `${args.join(" ")}: exit 1 for the quoted keys\n${out.stderr}`);
        assert.equal(out.stderr, "", "nothing on stderr (no crash)");
        assert.ok(out.stdout.length > 0, "a report was printed");
        for (const [name, k] of round) {
          assertNoLeak(out.stdout + out.stderr, k.key, `cli ${args.join(" ")} ${k.shape}`, k.shape);
          if (format === "json") {
            const f = JSON.parse(out.stdout).findings.find((x) => x.rule === "quoted-value" && x.location.env === name);
            assert.ok(f, `${k.shape}: no quoted-value finding for ${name}`);
            assert.ok(f.secret.masked.endsWith(k.key.slice(-4)), `${k.shape}: the finding is not about the planted key`);
            reached.add(k.shape);
          } else {
            assert.match(out.stdout, new RegExp(`\\b${name}\\b[^\\n]*\\[quoted-value\\]`), `${k.shape}: ${name} is not in the text report`);
          }
        }
      }
    }
  }
  assert.equal(reached.size, SHAPE_COUNT, `shapes that reached an output: ${reached.size} of ${SHAPE_COUNT}`);
  assert.equal(runs, rounds(keys).length * 4);
});

/** Config files of every kind, each holding `key` for `name` (an env var) in its natural place. */
function configsWith(name, key) {
  const b64 = Buffer.from(key).toString("base64");
  return {
    ".env": `${name}=Bearer ${key}\n`,
    ".env.example": `${name}=${key}\n`,
    "OAI_CONFIG_LIST": JSON.stringify([{ model: "gpt-4o", api_key: key }, { model: "gpt-4o", api_type: "azure", api_key: `${key} `, base_url: "https://r.openai.azure.com/" }]),
    "component.json": JSON.stringify({ provider: "autogen_ext.models.openai.AzureOpenAIChatCompletionClient", component_type: "model", config: { model: "gpt-4o", api_key: key } }),
    "llm.json": JSON.stringify({ _type: "azure-openai-chat", openai_api_key: key, azure_deployment: "d" }),
    "agents.yaml": `a:\n  role: r\n  goal: g\n  llm: "Bearer ${key}"\n`,
    "docker-compose.yml": `services:\n  web:\n    build: .\n    environment:\n      ${name}: "${key}"\n  worker:\n    build: .\n    environment:\n      - ${name}=Bearer ${key}\n`,
    "k8s.yaml": `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  ${name}: ${b64}\nstringData:\n  OTHER_${name}: "${key}"\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: i\n      env:\n        - name: ${name}\n          value: "${key}"\n`,
  };
}

test("scan and checkConfig leak no planted key in text, json or sarif, for every input kind", () => {
  let plantings = 0;
  let silent = 0;
  for (const k of keys) {
    const dir = mkdtempSync(`${tmpdir()}/credcheck-scanleak-`);
    for (const name of [varFor(k.provider, k.slot), otherSlot(k.provider)]) {
      for (const [file, text] of Object.entries(configsWith(name, k.key))) {
        writeFileSync(`${dir}/${file}`, text);
        const report = credcheck.checkConfig(text, { path: file });
        // Every planting must reach an output, or the check below proves nothing for it.
        // Except weak shapes in a sample file: a .env.example may hold 32 hex characters that are
        // not a key, and credcheck says nothing there (by design; see tests/README.md).
        if (file === ".env.example" && WEAK.has(k.shape)) silent++;
        else assert.ok(report.findings.length > 0, `${k.shape} in ${file} (as ${name}): no finding, so the key reached no output`);
        for (const format of ["text", "json", "sarif"]) {
          assertNoLeak(credcheck.formatReport(report, format), k.key, `checkConfig ${file} ${format} ${k.shape}`, k.shape);
        }
        plantings++;
      }
      for (const format of ["text", "json", "sarif"]) {
        const r = runCli(["scan", "-f", format, dir]);
        assert.equal(r.status, 1, `${k.shape}: the planted files have errors (${r.stderr})`);
        assert.doesNotMatch(r.stderr, /internal error/, "no crash");
        assert.ok(r.stdout.length > 0);
        assertNoLeak(r.stdout + r.stderr, k.key, `scan ${format} ${k.shape}`, k.shape);
      }
    }
  }
  // Every shape, under its own variable and another's, in each of the 8 file kinds.
  assert.equal(plantings, SHAPE_COUNT * 2 * 8);
  assert.equal(silent, WEAK.size * 2);
});
