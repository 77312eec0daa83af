// Cold start: a fresh `node` that loads credcheck and runs the startup check on three providers'
// keys, against bare `node -e ''` and against envalid checking the same variables, as CommonJS
// (`require`) and as an ES module (`import`). Runs are interleaved so drift hits every case alike.
// Usage: node bench/coldstart.mjs [runs]   (default 30 runs of each case)
import { spawnSync } from "node:child_process";
import credcheck from "../dist/index.js";
import { isMain, median, msCell, ratio, root, row, table } from "./measure.mjs";

/** The added cold start the startup check aims for, over bare node. */
export const BUDGET_MS = 10;

const OPTIONS = `{ providers: ["openai", "anthropic", "gemini"] }`;
const VARS = `{ OPENAI_API_KEY: str(), ANTHROPIC_API_KEY: str(), GEMINI_API_KEY: str() }`;

const CASES = {
  bare: [],
  cjs: ["-e", `require("credcheck").assertCredentials(${OPTIONS});`],
  envalidCjs: ["-e", `const { cleanEnv, str } = require("envalid"); cleanEnv(process.env, ${VARS});`],
  esm: ["--input-type=module", "-e", `import { assertCredentials } from "credcheck"; assertCredentials(${OPTIONS});`],
  envalidEsm: ["--input-type=module", "-e", `import { cleanEnv, str } from "envalid"; cleanEnv(process.env, ${VARS});`],
};

/** Milliseconds of every case over `runs` interleaved rounds: { bare: [...], cjs: [...], ... }. */
export function measureColdStart(runs) {
  const keys = credcheck.sampleKeys(3);
  const pick = (shape) => keys.find((k) => k.shape === shape).key;
  const env = {
    PATH: process.env.PATH,
    OPENAI_API_KEY: pick("OpenAI project key"),
    ANTHROPIC_API_KEY: pick("Anthropic API key"),
    GEMINI_API_KEY: pick("Google API key"),
  };
  const times = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(CASES)) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args.length ? args : ["-e", ""], { cwd: root, env });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`cold start case ${name} failed: ${r.stderr}`);
      times[name].push(ms);
    }
  }
  return times;
}

/** The cold-start rows of the results table. */
export function coldStartRows(runs) {
  const t = measureColdStart(runs);
  const m = Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, median(xs)]));
  const bare = "bare `node -e ''`";
  const added = (k) => `${(m[k] - m.bare).toFixed(1)} ms`;
  return [
    row("cold start, CJS: `require` + `assertCredentials` (3 providers)", msCell(t.cjs), bare, msCell(t.bare), ratio(m.cjs, m.bare), runs),
    row("cold start, CJS, same check", msCell(t.cjs), "envalid `cleanEnv` (3 `str()`)", msCell(t.envalidCjs), ratio(m.cjs, m.envalidCjs), runs),
    row("cold start added over bare node, CJS", added("cjs"), `budget (envalid adds ${added("envalidCjs")})`, `${BUDGET_MS} ms`, ratio(m.cjs - m.bare, BUDGET_MS), runs),
    row("cold start, ESM: `import` + `assertCredentials` (3 providers)", msCell(t.esm), bare, msCell(t.bare), ratio(m.esm, m.bare), runs),
    row("cold start, ESM, same check", msCell(t.esm), "envalid `cleanEnv`, ESM", msCell(t.envalidEsm), ratio(m.esm, m.envalidEsm), runs),
    row("cold start added over bare node, ESM", added("esm"), `budget (envalid adds ${added("envalidEsm")})`, `${BUDGET_MS} ms`, ratio(m.esm - m.bare, BUDGET_MS), runs),
  ];
}

if (isMain(import.meta.url)) console.log(table(coldStartRows(Number(process.argv[2] ?? 30))));
