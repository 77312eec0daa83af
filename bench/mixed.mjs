// Scan throughput with the lint, as in CI beside gitleaks: `credcheck scan` (configs and sources)
// on two generated trees of BENCH_SCAN_MB MiB each: "mixed" (half configs, half sources, every
// config and most sources naming a provider) and "mostly irrelevant" (sources of which one in 10
// names a provider or reads env, and a few configs). Each is timed in a fresh node per run, with
// MiB/s, files/s and peak RSS, beside `rg -c` over the same tree as the floor of reading it with
// a keyword search (gitleaks is not installable here), and the Python CLI (native, from
// .venv-py) when that venv exists.
// Usage: node bench/mixed.mjs [MiB] [runs]
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { envNumber, isMain, median, rateCell, ratio, root, row, rssCell, timeRuns } from "./measure.mjs";
import { writeConfigs } from "./scan.mjs";
import { writeSources } from "./sources.mjs";

/** Bytes and files under `dir`. */
function measureTree(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else {
        bytes += statSync(f).size;
        files++;
      }
    }
  };
  walk(dir);
  return { mib: bytes / 1048576, files };
}

/** Sources with nothing a credential rule reads (plain modules and scripts), for the irrelevant tree. */
function writePlain(dir, files, mb) {
  const per = Math.floor((mb * 1048576) / files);
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, `lib${Math.floor(i / 50)}`);
    if (i % 50 === 0) mkdirSync(sub, { recursive: true });
    let text = i % 2 ? `import json\nfrom pathlib import Path\n\n` : `import path from "node:path";\n\n`;
    for (let b = 0; text.length < per; b++) {
      text += i % 2
        ? `def total_${b}(rows: list[dict]) -> float:\n    return sum(float(r.get("amount", 0)) for r in rows if r.get("state") == "open")\n\n\n`
        : `export function total${b}(rows) {\n  return rows.filter((r) => r.state === "open").reduce((n, r) => n + Number(r.amount ?? 0), 0);\n}\n\n`;
    }
    writeFileSync(path.join(sub, `m${i}.${i % 2 ? "py" : "ts"}`), text);
  }
}

/** Which trees, as [name, write(dir)]. */
export function trees(mb) {
  return [
    ["mixed", (dir) => {
      writeConfigs(path.join(dir, "deploy"), Math.round(mb * 40), mb / 2);
      writeSources(path.join(dir, "src"), Math.round(mb * 100), mb / 2);
    }],
    ["mostly irrelevant", (dir) => {
      writeConfigs(path.join(dir, "deploy"), Math.max(5, Math.round(mb / 4)), mb * 0.02);
      writeSources(path.join(dir, "app"), Math.round(mb * 10), mb * 0.08);
      writePlain(path.join(dir, "lib"), Math.round(mb * 90), mb * 0.9);
    }],
  ];
}

/** Times credcheck (Node; and Python when .venv-py exists) and rg on each tree; returns { rows, details }. */
export function mixedRows({ mb, runs, capSeconds = envNumber("BENCH_CAP_S", 180) }) {
  const rows = [];
  const details = [];
  const rg = spawnSync("rg", ["--version"]).status === 0;
  const py = path.join(root, ".venv-py", "bin", "python");
  for (const [name, write] of trees(mb)) {
    const tree = mkdtempSync(path.join(tmpdir(), "credcheck-bench-mixed-"));
    try {
      write(tree);
      const { mib, files } = measureTree(tree);
      details.push(`Scan-with-lint tree "${name}": ${files} files, ${mib.toFixed(1)} MiB.`);
      const cc = timeRuns(runs, [path.join(root, "dist", "cli.js"), "scan", "--format", "json", "."], { cwd: tree, capSeconds, label: "credcheck scan" });
      const floor = "`rg -c` (ripgrep), the keywords of the prefilter";
      if (rg) {
        // rg is no node script: timed through a node that runs it, so node's start (about 40 ms) is in both.
        const script = `require("child_process").spawnSync("rg", ["-c", "--no-ignore", "-e", "env", "-e", "OpenAI", "-e", "Anthropic", "-e", "Agent", "-e", "sk-", "."], { stdio: "ignore" })`;
        const r = timeRuns(runs, ["-e", script], { cwd: tree, capSeconds, label: "rg" });
        rows.push(
          row(`scan with lint, MiB/s, ${name} tree: \`credcheck scan\``, rateCell(mib, cc.seconds, "MiB/s", 1, cc), floor, rateCell(mib, r.seconds, "MiB/s", 1, r), ratio(mib / median(cc.seconds), mib / median(r.seconds)), runs),
          row(`scan with lint, files/s, ${name} tree`, rateCell(files, cc.seconds, "files/s", 0, cc), floor, rateCell(files, r.seconds, "files/s", 0, r), ratio(files / median(cc.seconds), files / median(r.seconds)), runs),
        );
      } else {
        rows.push(
          row(`scan with lint, MiB/s, ${name} tree: \`credcheck scan\``, rateCell(mib, cc.seconds, "MiB/s", 1, cc), "ripgrep: not installed (apt-get install ripgrep)", "—", "—", runs),
          row(`scan with lint, files/s, ${name} tree`, rateCell(files, cc.seconds, "files/s", 0, cc), "—", "—", "—", runs),
        );
      }
      rows.push(row(`scan with lint, peak memory (RSS), ${name} tree`, rssCell(cc.rssMiB, cc), "—", "—", "—", runs));
      if (existsSync(py)) {
        const t0 = [];
        for (let i = 0; i < runs; i++) {
          const start = process.hrtime.bigint();
          const r = spawnSync(py, ["-m", "credcheck", "scan", "--format", "json", "."], { cwd: tree, stdio: "ignore", timeout: capSeconds * 1000 });
          if (r.status !== 0 && r.status !== 1) throw new Error(`python -m credcheck scan failed (${r.status})`);
          t0.push(Number(process.hrtime.bigint() - start) / 1e9);
        }
        rows.push(row(`scan with lint, MiB/s, ${name} tree: Python CLI (native)`, rateCell(mib, t0, "MiB/s", 1), "—", "—", "—", runs));
      } else if (name === "mixed") {
        details.push("Python CLI not measured: no .venv-py (scripts/test-python.sh makes it).");
      }
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }
  return { rows, details: details.join(" ") };
}

if (isMain(import.meta.url)) {
  const { table } = await import("./measure.mjs");
  const [mb = 100, runs = 1] = process.argv.slice(2).map(Number);
  const { rows, details } = mixedRows({ mb, runs });
  console.log(`${details}\n\n${table(rows)}`);
}
