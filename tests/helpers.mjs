// Shared helpers for the Node tests: the built package, the CLI, planted keys and the leak check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import assert from "node:assert/strict";
import credcheck from "../dist/index.js";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const cli = path.join(root, "dist", "cli.js");
export { credcheck };

/** Runs the CLI with exactly `env` (plus PATH) and returns { status, stdout, stderr }. */
export function runCli(args, env = {}, options = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH, ...env },
    encoding: "utf8",
    cwd: options.cwd ?? root,
    input: options.input,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One fake key of every catalogued shape. */
export function plantedKeys(seed = 7) {
  return credcheck.sampleKeys(seed);
}

/**
 * Asserts that `output` holds no run of 8 characters of `key` beyond what `mask` shows (the
 * provider prefix and the last 4 characters).
 */
/** The documented key prefixes (`sk-ant-api03-`), which messages quote as advice. */
const documentedPrefixes = credcheck.catalog().providers.flatMap((p) => (p.key_shapes ?? []).map((s) => s.prefix).filter(Boolean));

export function assertNoLeak(output, key, label) {
  const masked = credcheck.mask(key);
  const prefix = masked.slice(0, masked.indexOf("…"));
  assert.ok(!output.includes(key), `${label}: the whole key appears`);
  for (let i = 0; i + 8 <= key.length; i++) {
    if (i + 8 <= prefix.length) continue; // entirely inside the shown prefix
    const run = key.slice(i, i + 8);
    // A key that starts like a documented prefix (`sk-ant-a…` and the advice "keys start with
    // sk-ant-api03-") shares that public text, not its secret part.
    if (i === 0 && documentedPrefixes.some((d) => d.startsWith(run))) continue;
    assert.ok(!output.includes(run), `${label}: the run ${i}..${i + 8} of a ${key.length}-char key appears`);
  }
}
