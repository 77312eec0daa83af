// Scan throughput: a generated tree of config files (mixed kinds, default 10,000 files and about
// 100 MB) scanned by `credcheck scan` and by secretlint (recommended preset) on the same tree.
// Prints a markdown table with MB/s and peak memory of each. Usage: node bench/scan.mjs [files] [MB]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const files = Number(process.argv[2] ?? 10000);
const totalMb = Number(process.argv[3] ?? 100);
const perFile = Math.floor((totalMb * 1024 * 1024) / files);

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

const tree = mkdtempSync(path.join(tmpdir(), "credcheck-bench-"));
let bytes = 0;
for (let i = 0; i < files; i++) {
  const dir = path.join(tree, `d${Math.floor(i / 50)}`, `p${i}`);
  mkdirSync(dir, { recursive: true });
  const [name, make] = makers[i % makers.length];
  const text = make(i, perFile);
  bytes += Buffer.byteLength(text);
  writeFileSync(path.join(dir, name), text);
}
writeFileSync(path.join(tree, ".secretlintrc.json"), JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
const mb = bytes / (1024 * 1024);

function measure(label, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", path.join(root, "bench", "maxrss.cjs"), ...args], { cwd: tree, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { label, seconds, rss };
}

const rows = [
  measure("credcheck scan", [path.join(root, "dist", "cli.js"), "scan", "--format", "json", "."]),
  measure("secretlint (recommended preset)", [path.join(root, "node_modules", "secretlint", "bin", "secretlint.js"), "--format", "json", "--secretlintrc", ".secretlintrc.json", "**/*", "**/.env", "**/OAI_CONFIG_LIST"]),
];
rmSync(tree, { recursive: true, force: true });
const base = rows[0].seconds;
console.log(`Tree: ${files} files, ${mb.toFixed(1)} MB (compose, Kubernetes, .env, OAI_CONFIG_LIST, CrewAI), one core each.\n`);
console.log("| tool | seconds | MB/s | peak memory (MiB) | time vs credcheck |");
console.log("|---|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.label} | ${r.seconds.toFixed(2)} | ${(mb / r.seconds).toFixed(1)} | ${r.rss.toFixed(0)} | ${(r.seconds / base).toFixed(2)}× |`);
}
