// Scan throughput: a generated tree of config files (Compose, Kubernetes, .env, OAI_CONFIG_LIST,
// CrewAI; default 1,000 files and about 10 MiB) checked by `credcheck scan --no-lint` and by
// secretlint (recommended preset) on the same tree, each in a fresh node per run, with MiB/s,
// files/s and peak memory. secretlint is slow on big trees: a run that passes the cap
// (BENCH_CAP_S, default 180 s) is killed and reported as "did not finish".
// Usage: node bench/scan.mjs [files] [MiB] [runs]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { envNumber, isMain, median, rateCell, ratio, root, row, rssCell, table, timeRuns } from "./measure.mjs";

function compose(i, size) {
  let out = "services:\n";
  for (let s = 0; out.length < size; s++) {
    out += `  svc${s}:\n    build: ./app${i}\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY:?set it}\n      MODEL: gpt-4o\n      LOG_LEVEL: info\n    env_file:\n      - path: ./missing.env\n        required: false\n`;
  }
  return out;
}
function k8s(i, size) {
  let out = "";
  for (let d = 0; out.length < size; d++) {
    out += `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}-${d}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: acme/app${i}:1\n          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef: {name: keys, key: OPENAI_API_KEY}\n            - name: MODEL\n              value: gpt-4o\n`;
  }
  return out;
}
function dotenv(i, size) {
  let out = `OPENAI_API_KEY=your-openai-api-key\n`;
  for (let n = 0; out.length < size; n++) out += `SETTING_${i}_${n}=value-${n}-${"x".repeat(40)}\n`;
  return out;
}
function configList(i, size) {
  const entries = [];
  let len = 2;
  for (let n = 0; len < size; n++) {
    const e = JSON.stringify({ model: n % 2 ? "gpt-4o" : "gpt-4o-mini", api_type: "azure", base_url: `https://r${i}.openai.azure.com/`, api_version: "2024-06-01", tags: [`t${n}`] });
    entries.push(e);
    len += e.length + 4;
  }
  return `[\n  ${entries.join(",\n  ")}\n]\n`;
}
function crew(i, size) {
  let out = "";
  for (let a = 0; out.length < size; a++) out += `agent_${i}_${a}:\n  role: Analyst ${a}\n  goal: Study topic ${a}\n  backstory: ${"Careful. ".repeat(8)}\n  llm: openai/gpt-4o\n`;
  return out;
}
const makers = [
  ["docker-compose.yml", compose],
  ["deploy.yaml", k8s],
  [".env", dotenv],
  ["OAI_CONFIG_LIST", configList],
  ["agents.yaml", crew],
];

/** Writes `files` configs of about `totalMb` MB in all under `dir`; returns the bytes written. */
export function writeConfigs(dir, files, totalMb) {
  const perFile = Math.floor((totalMb * 1024 * 1024) / files);
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, `d${Math.floor(i / 50)}`, `p${i}`);
    mkdirSync(sub, { recursive: true });
    const [name, make] = makers[i % makers.length];
    const text = make(i, perFile);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(sub, name), text);
  }
  writeFileSync(path.join(dir, ".secretlintrc.json"), JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
  return bytes;
}

/**
 * Generates the tree, times credcheck `runs` times and secretlint `baselineRuns` times (stopping
 * at the first run over the cap) and returns { rows, details } for the results table.
 */
export function scanRows({ files, mb, runs, baselineRuns = runs, capSeconds = envNumber("BENCH_CAP_S", 180) }) {
  const tree = mkdtempSync(path.join(tmpdir(), "credcheck-bench-scan-"));
  try {
    const totalMb = writeConfigs(tree, files, mb) / 1048576;
    const cc = timeRuns(runs, [path.join(root, "dist", "cli.js"), "scan", "--no-lint", "--format", "json", "."], { cwd: tree, capSeconds, label: "credcheck scan" });
    const sl = timeRuns(
      baselineRuns,
      [path.join(root, "node_modules", "secretlint", "bin", "secretlint.js"), "--format", "json", "--secretlintrc", ".secretlintrc.json", "**/*", "**/.env", "**/OAI_CONFIG_LIST"],
      { cwd: tree, capSeconds, label: "secretlint" },
    );
    const base = "secretlint 12, recommended preset";
    const rate = (t, amount) => amount / median(t.seconds);
    // secretlint over the cap: its throughput is under amount/cap, so credcheck's ratio is over this
    const faster = (amount) =>
      sl.seconds.length === 0 && sl.timedOut ? `> ${(rate(cc, amount) / (amount / capSeconds)).toFixed(2)}` : ratio(rate(cc, amount), rate(sl, amount));
    const runsCell = `${cc.seconds.length} / ${sl.seconds.length}${sl.timedOut ? " + 1 over the cap" : ""}`;
    const rows = [
      row("scan throughput, MiB/s: `credcheck scan --no-lint`", rateCell(totalMb, cc.seconds, "MiB/s", 2, cc), base, rateCell(totalMb, sl.seconds, "MiB/s", 2, sl), faster(totalMb), runsCell),
      row("scan throughput, files/s: `credcheck scan --no-lint`", rateCell(files, cc.seconds, "files/s", 0, cc), base, rateCell(files, sl.seconds, "files/s", 0, sl), faster(files), runsCell),
      row("scan peak memory (RSS)", rssCell(cc.rssMiB, cc), base, rssCell(sl.rssMiB, sl), ratio(median(cc.rssMiB), median(sl.rssMiB)), runsCell),
    ];
    const details = `Scan tree: ${files} config files, ${totalMb.toFixed(1)} MiB (Compose, Kubernetes, .env, OAI_CONFIG_LIST, CrewAI in turn, about ${(totalMb * 1024 / files).toFixed(1)} KiB each).`;
    return { rows, details };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const [files = 1000, mb = 10, runs = 3] = process.argv.slice(2).map(Number);
  const { rows, details } = scanRows({ files, mb, runs });
  console.log(`${details}\n\n${table(rows)}`);
}
