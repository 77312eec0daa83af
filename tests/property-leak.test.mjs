// The secret-leak guarantee as a property: for random keys of every catalogued shape, planted at
// random in every input kind (environment, .env, every config kind, JS/TS/Python sources, error
// texts, thrown errors), no output (reports in text, JSON and SARIF, the page's masked echo,
// explanations in text and JSON, CredentialError) holds the key or any 8-character run of it
// beyond what `mask` shows. The base seed is random per run and printed; set
// CREDCHECK_PROPERTY_SEED to replay a failure.
import test from "node:test";
import assert from "node:assert/strict";
import { assertNoLeak, credcheck, SHAPE_COUNT } from "./helpers.mjs";

const base = Number(process.env.CREDCHECK_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ROUNDS = Number(process.env.CREDCHECK_PROPERTY_ROUNDS ?? 12);
const full = await import("../pkg/credcheck.js").then((m) => m.default ?? m);

/** A small deterministic PRNG (mulberry32), so a seed replays a run exactly. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const catalog = credcheck.catalog();
const varOf = (provider) => catalog.providers.find((p) => p.id === provider).vars.find((v) => v.slot === "api_key" && !v.fallback)?.name ?? "API_KEY";

/** How a key may be written: as is, quoted, padded, with a scheme, cut, with junk, in a URL. */
const wrappings = [(k) => k, (k) => `"${k}"`, (k) => ` ${k}\r`, (k) => `Bearer ${k}`, (k) => k.slice(0, -3), (k) => `${k}!x`, (k) => `https://gw.example/v1?key=${k}`];

/** Inputs of every kind with `w` (a wrapped key) planted for variable `name`. */
function inputs(name, w, pick) {
  const json = (v) => JSON.stringify(v);
  return {
    configs: {
      ".env": `${name}=${w}\nOTHER=1\n`,
      "OAI_CONFIG_LIST": json([{ model: pick(["gpt-4o", "claude-3-5-sonnet-20241022", "gpt4o-prod"]), api_key: w, ...(pick([0, 1]) ? { api_type: "azure", base_url: "https://r.openai.azure.com/", api_version: "2024-10-21" } : {}) }]),
      "component.json": json({ provider: "autogen_ext.models.openai.OpenAIChatCompletionClient", component_type: "model", config: { model: "gpt-4o", api_key: w } }),
      "llm.json": json({ _type: "openai-chat", openai_api_key: w }),
      "agents.yaml": `a:\n  role: r\n  goal: g\n  llm: ${json(w)}\n`,
      "docker-compose.yml": `services:\n  web:\n    image: i\n    environment:\n      ${name}: ${json(w)}\n  worker:\n    image: i\n`,
      "k8s.yaml": `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  ${name}: ${Buffer.from(w).toString("base64")}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: i\n      env:\n        - name: ${name}\n          value: ${json(w)}\n`,
    },
    sources: {
      // A source that parses (the key reaches the rules and their messages) or, one time in
      // four, one cut after the key (the syntax finding's message must not quote it either).
      "a.py": pick([0, 1, 2, 3]) ? `import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=${json(w)})\nx = ${json(w)}\n` : `from openai import OpenAI\nclient = OpenAI(api_key=${json(w)}\n`,
      "b.ts": `import OpenAI from "openai";\nexport const c = new OpenAI({ apiKey: ${json(w)} });\nconst t = \`${w.replace(/[`$\\]/g, "")}\`;\n`,
    },
    errors: [
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${w}. You can find your API key at https://platform.openai.com/account/api-keys.'}}`,
      `Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}} sent ${w}`,
      `curl -H "Authorization: Bearer ${w}" https://api.openai.com/v1/models\n${name}=${w}`,
    ],
  };
}

test(`no random planted key leaks from any output (seed ${base}, ${ROUNDS} rounds)`, () => {
  const rand = prng(base);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  let checks = 0;
  const shapes = new Set();
  const pyReported = new Set();
  for (let round = 0; round < ROUNDS; round++) {
    const seed = Math.floor(rand() * 2 ** 31);
    for (const { key, provider, shape } of credcheck.sampleKeys(seed)) {
      const at = `seed ${base}, round ${round}, ${shape}`;
      const w = pick(wrappings)(key);
      const name = pick([varOf(provider), "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AZURE_OPENAI_API_KEY", "MY_KEY"]);
      const { configs, sources, errors } = inputs(name, w, pick);
      const seen = [];
      // Environment and .env: the report in every format, and the thrown CredentialError.
      const env = { [name]: w, AZURE_OPENAI_ENDPOINT: pick(["https://r.openai.azure.com/", `https://r.openai.azure.com/?k=${key}`]) };
      const opts = { env, providers: [provider, "openai"], models: ["gpt-4o"] };
      const report = credcheck.checkEnv(opts);
      seen.push(...["text", "json", "sarif"].map((f) => credcheck.formatReport(report, f)));
      try {
        credcheck.assertCredentials(opts);
      } catch (err) {
        seen.push(`${err.message}\n${err.stack}\n${JSON.stringify(err.report)}`);
      }
      seen.push(JSON.stringify(credcheck.checkEnvFiles([{ path: ".env", text: configs[".env"] }], { providers: [provider] })));
      // Every config kind, alone and together.
      for (const [path, text] of Object.entries(configs)) {
        const r = credcheck.checkConfig(text, { path });
        seen.push(...["text", "json", "sarif"].map((f) => credcheck.formatReport(r, f)));
        seen.push(full.maskText(text)); // what the browser page echoes
      }
      const scanner = new full.ConfigScanner();
      for (const [path, text] of Object.entries(configs)) scanner.add(path, text);
      seen.push(credcheck.formatReport(scanner.finish(), "sarif"));
      // Sources through the lint.
      const lint = credcheck.lintSources(Object.entries(sources).map(([path, text]) => ({ path, text })));
      seen.push(...["text", "json", "sarif"].map((f) => credcheck.formatReport(lint, f)));
      if (lint.findings.some((f) => f.location.file === "a.py" && f.rule === "literal-secret")) pyReported.add(shape);
      // Error texts, as strings and as thrown errors with causes.
      for (const text of errors) {
        const e = credcheck.explainError(pick([text, new Error("wrapped", { cause: new Error(text) })]));
        seen.push(credcheck.formatExplanation(e, "text"), credcheck.formatExplanation(e, "json"));
      }
      for (const [i, out] of seen.entries()) {
        assertNoLeak(out, key, `${at}, output ${i} (wrapping ${JSON.stringify(w.replace(key, "KEY"))}, name ${name})`, shape);
        checks++;
      }
      shapes.add(shape);
    }
  }
  // Coverage, whatever the seed: every shape in every round, and keys from a Python source
  // reported (so the key really reached the lint's output) for most strong shapes.
  assert.equal(shapes.size, SHAPE_COUNT, `shapes covered: ${shapes.size}`);
  assert.ok(checks >= ROUNDS * SHAPE_COUNT * 40, `only ${checks} outputs checked`);
  assert.ok(pyReported.size >= 10, `a Python literal-secret for only ${pyReported.size} shapes (seed ${base})`);
  console.log(`property leak: ${checks} outputs checked from base seed ${base}`);
});
