// Lint throughput: `credcheck lint` on a generated tree of JavaScript, TypeScript and Python
// sources (bench/sources.mjs; default 2,000 files, about 20 MiB), in a fresh node each run (so
// the load of the lint's wasm module is counted), with MiB/s, files/s and peak memory. Baseline:
// TypeScript's parser alone (bench/ts-parse.cjs) on the same tree's JS/TS files: parse only, no
// rules, no Python, so it is a floor for what reading the JS/TS part costs, not a rival linter.
// Usage: node bench/lint.mjs [files] [MiB] [runs]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { envNumber, isMain, rateCell, ratio, root, row, rssCell, median, table, timeRuns } from "./measure.mjs";
import { writeSources } from "./sources.mjs";

/**
 * Generates the tree, times both tools `runs` times each and returns { rows, details } for the
 * results table (details: a line describing the tree).
 */
export function lintRows({ files, mb, runs, capSeconds = envNumber("BENCH_CAP_S", 180) }) {
  const tree = mkdtempSync(path.join(tmpdir(), "credcheck-bench-lint-"));
  try {
    const made = writeSources(tree, files, mb);
    const totalMb = made.bytes / 1048576;
    const jsts = Object.entries(made.byExt).filter(([ext]) => ext !== "py");
    const jstsFiles = jsts.reduce((n, [, v]) => n + v.files, 0);
    const jstsMb = jsts.reduce((n, [, v]) => n + v.bytes, 0) / 1048576;
    const cc = timeRuns(runs, [path.join(root, "dist", "cli.js"), "lint", "--format", "json", "."], { cwd: tree, capSeconds, label: "credcheck lint" });
    const ts = timeRuns(runs, [path.join(root, "bench", "ts-parse.cjs"), "."], { cwd: tree, capSeconds, label: "ts-parse" });
    const base = "TypeScript parser, parse only, JS/TS files only";
    const mbs = (t, amount) => amount / median(t.seconds);
    const rows = [
      row("lint throughput, MiB/s: `credcheck lint`", rateCell(totalMb, cc.seconds, "MiB/s", 2, cc), base, rateCell(jstsMb, ts.seconds, "MiB/s", 2, ts), ratio(mbs(cc, totalMb), mbs(ts, jstsMb)), runs),
      row("lint throughput, files/s: `credcheck lint`", rateCell(files, cc.seconds, "files/s", 0, cc), base, rateCell(jstsFiles, ts.seconds, "files/s", 0, ts), ratio(mbs(cc, files), mbs(ts, jstsFiles)), runs),
      row("lint peak memory (RSS)", rssCell(cc.rssMiB, cc), base, rssCell(ts.rssMiB, ts), ratio(median(cc.rssMiB), median(ts.rssMiB)), runs),
    ];
    const mix = Object.entries(made.byExt).map(([ext, v]) => `${v.files} .${ext}`).join(", ");
    const details = `Lint tree: ${files} sources, ${totalMb.toFixed(1)} MiB (${mix}; sizes log-normal around ${((made.bytes / files) / 1024).toFixed(1)} KiB), JS/TS part ${jstsFiles} files, ${jstsMb.toFixed(1)} MiB.`;
    return { rows, details };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const [files = 2000, mb = 20, runs = 3] = process.argv.slice(2).map(Number);
  const { rows, details } = lintRows({ files, mb, runs });
  console.log(`${details}\n\n${table(rows)}`);
}
