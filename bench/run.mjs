// Runs every benchmark and writes one table to bench/results.md.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const run = (script, ...args) => execFileSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { encoding: "utf8" });
const sections = [
  ["Cold start", run("./coldstart.mjs", process.env.BENCH_RUNS ?? "40")],
  ["Size", run("./size.mjs")],
  ["Scan throughput (credcheck scan vs secretlint)", run("./scan.mjs", process.env.BENCH_SCAN_FILES ?? "10000", process.env.BENCH_SCAN_MB ?? "100")],
];
const md = [`# Benchmarks`, ``, `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, node ${process.version}.`, ``];
for (const [title, body] of sections) md.push(`## ${title}`, "", body.trim(), "");
writeFileSync(new URL("./results.md", import.meta.url), md.join("\n"));
console.log(md.join("\n"));
