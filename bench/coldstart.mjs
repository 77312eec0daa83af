// Cold start: a fresh `node` that loads a checker and validates three providers' keys, against
// bare `node` and against envalid checking the same variables. Prints medians and ratios.
// Usage: node bench/coldstart.mjs [runs]   (default 40 runs each, interleaved)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import credcheck from "../dist/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 40);
const keys = credcheck.sampleKeys(3);
const pick = (shape) => keys.find((k) => k.shape === shape).key;
const env = {
  PATH: process.env.PATH,
  OPENAI_API_KEY: pick("OpenAI project key"),
  ANTHROPIC_API_KEY: pick("Anthropic API key"),
  GEMINI_API_KEY: pick("Google API key"),
};

const cases = {
  "bare node": "",
  credcheck: `require("credcheck").assertCredentials({ providers: ["openai", "anthropic", "gemini"] });`,
  envalid: `const { cleanEnv, str } = require("envalid"); cleanEnv(process.env, { OPENAI_API_KEY: str(), ANTHROPIC_API_KEY: str(), GEMINI_API_KEY: str() });`,
};

const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(cases)) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["-e", code], { cwd: root, env });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    times[name].push(ms);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times["bare node"]);
const rows = Object.entries(times).map(([name, xs]) => {
  const m = median(xs);
  return { name, median: m, added: m - base, ratio: m / base };
});
console.log(`cold start, ${runs} runs each, node ${process.version}`);
console.log("| case | median ms | added over bare node ms | ratio |");
console.log("| --- | ---: | ---: | ---: |");
for (const r of rows) console.log(`| ${r.name} | ${r.median.toFixed(1)} | ${r.added.toFixed(1)} | ${r.ratio.toFixed(2)} |`);
const cc = rows.find((r) => r.name === "credcheck");
console.log(`credcheck adds ${cc.added.toFixed(1)} ms (aim: at most 10 ms)`);
export { rows };
