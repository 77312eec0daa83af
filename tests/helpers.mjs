// Shared helpers for the Node tests: the built package, the CLI, planted keys and the leak check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
 * What each catalogued key shape may show in any output, pinned by hand in
 * `fixtures/keys/allowed-prefix.json` (shared with the fuzz targets' leak check) rather than read
 * from `credcheck.mask()` or the catalog, so that widening the mask (or a catalog prefix) fails the
 * leak tests instead of widening what they allow. The mask also shows the last 4 characters; a
 * run of 8 never fits in those, so the check needs no allowance for them.
 */
export const ALLOWED_PREFIX = JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "keys", "allowed-prefix.json"), "utf8")).prefixes;
/** How many key shapes the catalog has; every leak test must cover all of them. */
export const SHAPE_COUNT = Object.keys(ALLOWED_PREFIX).length;

/** The pinned prefix of `shape`; an unpinned shape fails (pin it above when adding a shape). */
export function allowedPrefix(shape) {
  assert.ok(Object.hasOwn(ALLOWED_PREFIX, shape), `no pinned prefix for the key shape ${JSON.stringify(shape)}: add it to tests/fixtures/keys/allowed-prefix.json`);
  return ALLOWED_PREFIX[shape];
}

/**
 * Asserts that `output` holds no run of 8 characters of `key` beyond the shape's pinned prefix
 * (see ALLOWED_PREFIX). `shape` is the key's shape name; without it, the longest pinned prefix
 * the key starts with. Never prints the key: failures name positions only.
 */
export function assertNoLeak(output, key, label, shape) {
  const prefix = shape === undefined ? Object.values(ALLOWED_PREFIX).filter((p) => key.startsWith(p)).reduce((a, b) => (b.length > a.length ? b : a), "") : allowedPrefix(shape);
  assert.ok(key.startsWith(prefix), `${label}: the pinned prefix does not start the key`);
  assert.ok(!output.includes(key), `${label}: the whole key appears`);
  for (let i = 0; i + 8 <= key.length; i++) {
    if (i + 8 <= prefix.length) continue; // entirely inside the shown prefix
    const run = key.slice(i, i + 8);
    // A key that starts like a documented prefix (`sk-ant-a…` and the advice "keys start with
    // sk-ant-api03-") shares that public text, not its secret part.
    if (i === 0 && Object.values(ALLOWED_PREFIX).some((d) => d.length >= 8 && d.startsWith(run))) continue;
    assert.ok(!output.includes(run), `${label}: the run ${i}..${i + 8} of a ${key.length}-char key appears`);
  }
}

/**
 * Copies a fixture tree to a temporary directory with its key templates filled
 * (`{{key:provider[:seed]}}`, `{{base64key:provider[:seed]}}`: the provider's first api_key shape).
 */
export function materialize(dir) {
  const fake = (provider, seed) => {
    const k = credcheck.sampleKeys(seed).find((s) => s.provider === provider && s.slot === "api_key");
    assert.ok(k, `no key shape for ${provider}`);
    return k.key;
  };
  const out = mkdtempSync(path.join(tmpdir(), "credcheck-fixture-"));
  const copy = (from, to) => {
    for (const name of readdirSync(from)) {
      const src = path.join(from, name);
      const dst = path.join(to, name);
      if (statSync(src).isDirectory()) {
        mkdirSync(dst);
        copy(src, dst);
      } else {
        writeFileSync(dst, readFileSync(src, "utf8").replace(/\{\{(key|base64key):([a-z-]+)(?::(\d+))?\}\}/g, (_, what, p, seed) => {
          const key = fake(p, seed ? Number(seed) : 1);
          return what === "key" ? key : Buffer.from(key).toString("base64");
        }));
      }
    }
  };
  copy(dir, out);
  return out;
}
