// Shared by the benchmarks: timing a fresh node process (with its peak memory and a time cap),
// order statistics, and the one results table.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const maxrss = path.join(root, "bench", "maxrss.cjs");

/** A positive number from the environment variable `name`, or `fallback`. */
export function envNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!(n > 0)) throw new Error(`${name} wants a positive number, not ${raw}`);
  return n;
}

/** What a crashed node process leaves on stderr: a stack frame, or credcheck's crash line. */
export const CRASH = /^credcheck: internal error|^\s+at .+:\d+:\d+\)?$/m;

/**
 * Runs `node [...args]` in `cwd` and returns { seconds, rssMiB, status, stdout, timedOut }.
 * Exit status 0 and 1 (findings) are success; anything else, or a stack trace on stderr, throws. A run that passes `capSeconds`
 * is killed and returned with `timedOut: true`.
 */
export function timeNode(args, { cwd = root, env = process.env, capSeconds = Infinity, label = args[0] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", maxrss, ...args], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout: Number.isFinite(capSeconds) ? capSeconds * 1000 : undefined,
    killSignal: "SIGKILL",
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error?.code === "ETIMEDOUT") return { seconds, rssMiB: NaN, status: null, stdout: "", timedOut: true };
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  // Exit 1 means findings only without a crash: node's own uncaught-error exit is 1 too, with a
  // stack trace on stderr (credcheck's own crashes exit 3). A crashed run must not become a row.
  if (CRASH.test(r.stderr)) throw new Error(`${label} crashed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const rssMiB = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, rssMiB, status: r.status, stdout: r.stdout, timedOut: false };
}

/**
 * Times `runs` runs of `node [...args]`; stops after the first run that passes the cap.
 * Returns { seconds: [...], rssMiB: [...], timedOut, capSeconds }.
 */
export function timeRuns(runs, args, options = {}) {
  const out = { seconds: [], rssMiB: [], timedOut: false, capSeconds: options.capSeconds };
  for (let i = 0; i < runs; i++) {
    const r = timeNode(args, options);
    if (r.timedOut) {
      out.timedOut = true;
      break;
    }
    out.seconds.push(r.seconds);
    out.rssMiB.push(r.rssMiB);
  }
  return out;
}

/** The q-quantile (0..1) of `xs` by linear interpolation; the median is quantile(xs, 0.5). */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** "117.9 ms (p90 125.0)" for a list of milliseconds. */
export function msCell(xs) {
  return `${median(xs).toFixed(1)} ms (p90 ${quantile(xs, 0.9).toFixed(1)})`;
}

/**
 * A throughput cell from run times: `amount / median(seconds)` with the range over runs, e.g.
 * "2.9 MB/s (2.7–3.0)"; "did not finish in 120 s" for a run that hit the cap.
 */
export function rateCell(amount, seconds, unit, digits = 1, timing) {
  if (timing?.timedOut && seconds.length === 0) return `did not finish in ${timing.capSeconds} s`;
  const rates = seconds.map((s) => amount / s);
  const range = rates.length > 1 ? ` (${Math.min(...rates).toFixed(digits)}–${Math.max(...rates).toFixed(digits)})` : "";
  return `${(amount / median(seconds)).toFixed(digits)} ${unit}${range}`;
}

/** "77 MiB (max 80)" for peak memories. */
export function rssCell(xs, timing) {
  if (timing?.timedOut && xs.length === 0) return `did not finish in ${timing.capSeconds} s`;
  return `${median(xs).toFixed(0)} MiB (max ${Math.max(...xs).toFixed(0)})`;
}

/** credcheck ÷ baseline to two places, or "—" when either is missing. */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}` : "—";
}

export const KiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * One row of the results table: { metric, credcheck, baseline, baselineValue, ratio, runs }
 * (strings; "—" where there is nothing).
 */
export function row(metric, credcheck, baseline = "—", baselineValue = "—", r = "—", runs = "—") {
  return { metric, credcheck, baseline, baselineValue, ratio: r, runs: String(runs) };
}

/** The rows as one markdown table. */
export function table(rows) {
  const esc = (s) => String(s).replaceAll("|", "\\|");
  const lines = [
    "| metric | credcheck | baseline | baseline value | ratio | runs |",
    "| --- | ---: | --- | ---: | ---: | ---: |",
  ];
  for (const r of rows) lines.push(`| ${[r.metric, r.credcheck, r.baseline, r.baselineValue, r.ratio, r.runs].map(esc).join(" | ")} |`);
  return lines.join("\n");
}

/** True when the module at `url` is the script node was started with. */
export function isMain(url) {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(url);
}
