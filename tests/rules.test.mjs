// Every rule id that any fixture, example or corpus the tests run makes credcheck emit is in the
// rule table (`credcheck rules`, the SARIF driver's rules, the README): a rule emitted under a
// typo'd or undocumented id cannot be looked up, suppressed or filtered by its users.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { credcheck, materialize, root } from "./helpers.mjs";

const known = new Set(credcheck.rules().map((r) => r.id));
const dirs = (p) => readdirSync(p).filter((c) => statSync(path.join(p, c)).isDirectory()).map((c) => path.join(p, c));

test("every rule id emitted by the scan and lint fixtures, the examples and the real-world corpus is in RULES", () => {
  const seen = new Map(); // rule id -> first place it came from
  const note = (report, where) => {
    for (const f of report.findings) if (!seen.has(f.rule)) seen.set(f.rule, `${where}: ${f.location.file ?? f.location.env}:${f.location.line ?? ""}`);
  };
  let trees = 0;
  for (const kind of ["scan", "lint"]) {
    for (const c of dirs(path.join(root, "tests", "fixtures", kind))) {
      for (const half of ["broken", "fixed"]) {
        const dir = materialize(path.join(c, half));
        try {
          note(credcheck.scanPaths([dir], { env: {} }).report, `${kind}/${path.basename(c)}/${half}`);
          trees++;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  }
  for (const c of dirs(path.join(root, "examples"))) {
    note(credcheck.scanPaths([c], { env: {} }).report, path.relative(root, c));
    trees++;
  }
  for (const half of ["tuned", "blind", "blind2", "blind3", "blind4"]) {
    if (!existsSync(path.join(root, "tests", "realworld", half))) continue;
    for (const c of dirs(path.join(root, "tests", "realworld", half))) {
      note(credcheck.scanPaths([c], { env: {} }).report, path.relative(root, c));
      trees++;
    }
  }
  // The environment checks' own rules, from the bundled demo .env.
  note(credcheck.checkEnvFiles([path.join(root, "examples", "broken-app", ".env")], { models: ["claude-3-5-sonnet-20241022", "gpt-4o"] }), "examples/broken-app/.env");
  const unknown = [...seen].filter(([id]) => !known.has(id)).map(([id, at]) => `${id} (first from ${at})`);
  assert.deepEqual(unknown, [], "rule ids emitted but not in RULES");
  // Floors, so that a runner that silently reads nothing cannot pass: 48 fixture trees (24
  // cases, broken and fixed), 7 examples and 46 real-world excerpts today, 101 trees (floors a
  // little under), and 34 distinct ids.
  assert.ok(trees >= 95, `only ${trees} trees scanned`);
  assert.ok(seen.size >= 30, `only ${seen.size} distinct rule ids reached: ${[...seen.keys()].join(", ")}`);
  console.log(`rules: ${seen.size} distinct rule ids from ${trees} trees, all in RULES`);
});
