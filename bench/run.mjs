// Runs every benchmark in this one process run and writes one table (medians of runs measured
// now, ratios from those medians) to bench/results.md, or to --out FILE / BENCH_OUT.
// Sizes and run counts come from environment variables (see the notes this writes under the table).
import { cpus, loadavg, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { coldStartRows } from "./coldstart.mjs";
import { explainRows } from "./explain.mjs";
import { lintRows } from "./lint.mjs";
import { mixedRows } from "./mixed.mjs";
import { envNumber, root, table } from "./measure.mjs";
import { scanRows } from "./scan.mjs";
import { sizeRows } from "./size.mjs";

const argOut = process.argv.indexOf("--out");
const out = path.resolve(argOut > 0 ? process.argv[argOut + 1] : process.env.BENCH_OUT ?? path.join(root, "bench", "results.md"));
const runs = (name, fallback) => envNumber(name, envNumber("BENCH_RUNS", fallback));
const n = {
  cold: runs("BENCH_COLD_RUNS", 30),
  scanFiles: envNumber("BENCH_SCAN_FILES", 1000),
  scanMb: envNumber("BENCH_SCAN_MB", 10),
  scanRuns: runs("BENCH_SCAN_RUNS", 3),
  mixedMb: envNumber("BENCH_MIXED_MB", 100),
  mixedRuns: runs("BENCH_MIXED_RUNS", 1),
  lintFiles: envNumber("BENCH_LINT_FILES", 2000),
  lintMb: envNumber("BENCH_LINT_MB", 20),
  lintRuns: runs("BENCH_LINT_RUNS", 5),
  explainRuns: runs("BENCH_EXPLAIN_RUNS", 20),
  cap: envNumber("BENCH_CAP_S", 180),
};

const started = Date.now();
const load0 = loadavg()[0];
const step = (what, f) => {
  process.stderr.write(`bench: ${what}...`);
  const t0 = Date.now();
  const r = f();
  process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return r;
};
const cold = step(`cold start (${n.cold} runs of each case)`, () => coldStartRows(n.cold));
const size = step("sizes", () => sizeRows());
const scan = step(`scan (${n.scanFiles} files, ${n.scanMb} MB, ${n.scanRuns} runs each)`, () =>
  scanRows({ files: n.scanFiles, mb: n.scanMb, runs: n.scanRuns, capSeconds: n.cap }),
);
const mixed = step(`scan with lint (${n.mixedMb} MB per tree, ${n.mixedRuns} runs each)`, () =>
  mixedRows({ mb: n.mixedMb, runs: n.mixedRuns, capSeconds: n.cap }),
);
const lint = step(`lint (${n.lintFiles} files, ${n.lintMb} MB, ${n.lintRuns} runs each)`, () =>
  lintRows({ files: n.lintFiles, mb: n.lintMb, runs: n.lintRuns, capSeconds: n.cap }),
);
const explain = step(`explain (${n.explainRuns} passes)`, () => explainRows(n.explainRuns));
const seconds = (Date.now() - started) / 1000;

const require = createRequire(import.meta.url);
const version = (p) => require(`${p}/package.json`).version;
const cpu = cpus();
const md = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (bench/run.mjs); every figure below was measured in the same run.",
  "",
  `- Date: ${new Date(started).toISOString()}; the whole run took ${seconds.toFixed(0)} s.`,
  `- Machine: ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${load0.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end.`,
  `- node ${process.version}; envalid ${version("envalid")}, secretlint ${version("secretlint")}, typescript ${version("typescript")}.`,
  `- Runs: cold start ${n.cold} of each case, interleaved; scan ${n.scanRuns} per tool; lint ${n.lintRuns} per tool; explain ${n.explainRuns} passes. Cap per scan or lint run: ${n.cap} s.`,
  `- ${scan.details}`,
  `- ${mixed.details}`,
  `- ${lint.details}`,
  `- ${explain.details}`,
  "",
  table([...cold, ...size, ...scan.rows, ...mixed.rows, ...lint.rows, ...explain.rows]),
  "",
  "Notes:",
  "",
  "- Timings are medians with the 90th percentile (p90) or the range over runs (min–max) in brackets. **ratio** is credcheck ÷ baseline of the medians in that row: above 1 means slower for times, over budget for the added cold start, faster for throughputs, bigger for sizes and memory. **runs** is per case; \"3 / 3\" is credcheck's / the baseline's.",
  "- MiB is 2^20 bytes (BENCH_SCAN_MB and BENCH_LINT_MB are in MiB). Absolute figures move with the machine's load (shown above; other builds may share the cores); ratios come from runs interleaved or run back to back in the same minutes.",
  "- Cold start is the wall time of a fresh `node` process with the three providers' keys set (OpenAI, Anthropic, Gemini); \"added\" is its median minus bare node's, against the startup check's 10 ms budget.",
  "- Scan and lint time a fresh `node` per run, so loading the tool (and, for the lint, its wasm module) is counted: small trees measure mostly start-up. Peak memory is the process's max RSS (bench/maxrss.cjs).",
  `- secretlint runs are killed at the cap (${n.cap} s) and reported as \"did not finish\"; it slows down faster than linearly with the tree's size.`,
  "- The lint baseline is TypeScript's parser alone (`ts.createSourceFile`, no rules, no type checking) over the JS/TS files of the same tree, its throughput counted on those files only: what parsing the JS/TS part alone costs a JavaScript tool, not a rival linter. npm has no Python parser of comparable standing, so Python has no baseline.",
  "- Sizes are gzip -9 of each file (the page's files summed), as a server would send them; only `pkg/` has a budget.",
  "- Explain runs in this process after one warm-up pass over the corpus.",
  "- Scan with lint (bench/mixed.mjs): two trees of BENCH_MIXED_MB MiB, \"mixed\" (half configs, half sources) and \"mostly irrelevant\" (nine in ten sources name no provider, client or env). The floor is ripgrep counting the prefilter's main keywords over the same tree (gitleaks is not installable here), run through a node so that node's start is in both; the Python CLI is timed when .venv-py exists. The lint runs on worker threads for 4 MiB of source or more (CREDCHECK_LINT_WORKERS=0 turns them off).",
  "- Scale up with BENCH_COLD_RUNS, BENCH_MIXED_MB, BENCH_MIXED_RUNS, BENCH_SCAN_FILES, BENCH_SCAN_MB, BENCH_SCAN_RUNS, BENCH_LINT_FILES, BENCH_LINT_MB, BENCH_LINT_RUNS, BENCH_EXPLAIN_RUNS (BENCH_RUNS sets every run count) and BENCH_CAP_S; `--out FILE` or BENCH_OUT writes elsewhere.",
  "",
].join("\n");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, md);
console.log(md);
