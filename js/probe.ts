/**
 * probeWorkers: start a real child process, worker thread and cluster worker with the app's own
 * options, have each report the fingerprints of the credentials it sees, and compare them with
 * this process's (the comparison is the core's).
 */
import childProcess = require("node:child_process");
import clusterModule = require("node:cluster");
import path = require("node:path");
import workerThreads = require("node:worker_threads");
import { envCore } from "./wasm-core";
import type { Report } from "./types";

/** The ES module build's directory, from a banner that scripts/build-esm.mjs adds (absent in CommonJS). */
declare const __credcheckModuleDir: (() => string) | undefined;

/**
 * The probe script beside this module, found when a probe starts rather than at load: a bundle
 * of the ES module build into CommonJS has no import.meta.url, and must still load.
 */
function probeScript(): string {
  const dir = typeof __dirname === "string" ? __dirname : typeof __credcheckModuleDir === "function" ? __credcheckModuleDir() : ".";
  return path.join(dir, "probe-child.js");
}
// require("node:cluster") is the Cluster object itself; the type declarations call it `default`.
const cluster = clusterModule as unknown as clusterModule.Cluster;

/** Which runtimes to start, each with the options the app uses for it. */
export interface ProbeOptions {
  /** `child_process.fork` options (env, execArgv, ...); `false` to skip. */
  fork?: childProcess.ForkOptions | false;
  /** `new Worker` options (env, including SHARE_ENV); `false` to skip. */
  worker?: workerThreads.WorkerOptions | false;
  /** The env passed to `cluster.fork(env)`; `false` to skip. */
  cluster?: Record<string, string | undefined> | false;
  /** Give up on a runtime after this long (default 10 000 ms). */
  timeoutMs?: number;
}

/** What one runtime saw. */
export interface ProbeRuntime {
  runtime: "fork" | "worker" | "cluster";
  /** Credential name → fingerprint, for the usable credentials it saw. */
  seen: Record<string, string>;
  /** Findings for this runtime: env-not-propagated, env-differs-in-child. */
  report: Report;
  /** Set when the runtime could not be started or did not answer. */
  error?: string;
}

type Launch = "fork" | "worker" | "clusterFork";

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not report within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fromFork(options: childProcess.ForkOptions): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const child = childProcess.fork(probeScript(), [], { ...options, stdio: ["ignore", "ignore", "pipe", "ipc"] });
    child.once("message", (m: { credcheckProbe?: Record<string, string> }) => resolve(m.credcheckProbe ?? {}));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the forked probe exited (${code}) before reporting`)));
  });
}

async function fromWorker(options: workerThreads.WorkerOptions): Promise<Record<string, string>> {
  const worker = new workerThreads.Worker(probeScript(), options);
  try {
    return await new Promise((resolve, reject) => {
      worker.once("message", (m: { credcheckProbe?: Record<string, string> }) => resolve(m.credcheckProbe ?? {}));
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

function fromCluster(env: Record<string, string | undefined>): Promise<Record<string, string>> {
  const saved = { ...cluster.settings };
  cluster.setupPrimary({ ...saved, exec: probeScript(), args: [], silent: true });
  return new Promise((resolve, reject) => {
    const worker = cluster.fork(env);
    worker.once("message", (m: { credcheckProbe?: Record<string, string> }) => resolve(m.credcheckProbe ?? {}));
    worker.once("error", reject);
    worker.once("exit", (code: number) => reject(new Error(`the cluster probe exited (${code}) before reporting`)));
  }).finally(() => cluster.setupPrimary(saved)) as Promise<Record<string, string>>;
}

/**
 * Starts each runtime with the given options and reports, per runtime, which credential it lacks
 * and which it holds with another value than this process.
 */
export async function probeWorkers(options: ProbeOptions = {}): Promise<ProbeRuntime[]> {
  if (!cluster.isPrimary && options.cluster !== false) {
    throw new Error("credcheck: probeWorkers must run in the cluster primary (or pass cluster: false)");
  }
  const parent = envCore().credentialFingerprints(process.env) as Record<string, string>;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const runs: [ProbeRuntime["runtime"], Launch, () => Promise<Record<string, string>>][] = [];
  if (options.fork !== false) runs.push(["fork", "fork", () => fromFork(options.fork || {})]);
  if (options.worker !== false) runs.push(["worker", "worker", () => fromWorker(options.worker || {})]);
  if (options.cluster !== false) runs.push(["cluster", "clusterFork", () => fromCluster(options.cluster || {})]);
  const results: ProbeRuntime[] = [];
  for (const [runtime, launch, start] of runs) {
    try {
      const seen = await withTimeout(start(), timeoutMs, `the ${runtime} probe`);
      results.push({ runtime, seen, report: envCore().compareProbe(launch, parent, seen) as Report });
    } catch (err) {
      const report = envCore().compareProbe(launch, parent, {}) as Report;
      results.push({ runtime, seen: {}, report, error: (err as Error).message });
    }
  }
  return results;
}
