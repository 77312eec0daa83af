/**
 * The lint of many files: read and linted in batches, so memory holds one batch of texts and the
 * findings, not the tree; for a large set, on worker threads too (each with its own lint module),
 * every thread claiming the next batch from a shared counter. Reports come back in batch order,
 * so the result is the same however the batches were shared out. CommonJS in both builds (the
 * ES build imports it as it is), so the worker's file is found beside this one.
 */
import { existsSync, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Report } from "./types";
import { lintCore } from "./wasm-full";

/** A file to lint: where to read it, and the path its findings show. */
export interface SourceFile {
  path: string;
  show: string;
}

/** A file not linted, and why; `at` is its place in the set (skips are listed in that order). */
export interface SkippedAt {
  at: number;
  path: string;
  reason: string;
}

/** What one batch gives. */
export interface BatchResult {
  report: Report;
  files: number;
  skipped: SkippedAt[];
}

/** A batch: the files, and the place of the first in the set. */
export interface Batch {
  first: number;
  files: SourceFile[];
}

/** What a worker is given (js/lint-worker.ts). */
export interface WorkerJob {
  batches: Batch[];
  rootLength: number;
  /** [0]: the next batch to claim; [1]: batches finished (waited on); [2]: workers stopped. */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** Texts read per batch: the lint module's memory grows to about this plus one file's trees. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 200;
/** Below this much source, starting a worker (a thread, a second lint module) costs more than it saves. */
const PARALLEL_MIN_BYTES = 4 << 20;
/**
 * The worker's file, beside this one. Found from the CommonJS module object, not `__dirname`:
 * Bun's bundler writes the build machine's path in place of `__dirname` in every bundled module
 * (tests/bundlers.test.mjs). In a bundle there is no such path: the lint then runs on this thread.
 */
function workerFile(): string | undefined {
  const m = typeof module === "object" && module !== null ? (module as { path?: unknown }).path : undefined;
  return typeof m === "string" ? path.join(m, "lint-worker.js") : undefined;
}
/** A worker that finishes no batch for this long is taken for dead (killed without unwinding). */
const STALL_MS = 60_000;

/** Splits files (with their sizes) into batches of about BATCH_BYTES. */
export function batches(files: (SourceFile & { size: number; at: number })[]): Batch[] {
  const out: Batch[] = [];
  let current: Batch | undefined;
  let bytes = 0;
  for (const f of files) {
    if (current === undefined || bytes + f.size > BATCH_BYTES || current.files.length >= BATCH_FILES) {
      if (current !== undefined && current.files.length > 0) out.push(current);
      current = { first: f.at, files: [] };
      bytes = 0;
    }
    current.files.push({ path: f.path, show: f.show });
    bytes += f.size;
  }
  if (current !== undefined && current.files.length > 0) out.push(current);
  return out;
}

/** Reads and lints one batch; unreadable files are skipped with the error's message. */
export function lintBatch(batch: Batch, rootLength: number): BatchResult {
  const skipped: SkippedAt[] = [];
  const sources: { path: string; text: string }[] = [];
  batch.files.forEach(({ path: file, show }, i) => {
    try {
      sources.push({ path: show, text: readFileSync(file, "utf8") });
    } catch (err) {
      skipped.push({ at: batch.first + i, path: show, reason: (err as Error).message });
    }
  });
  return { report: lintCore().lintFiles(sources, rootLength) as Report, files: sources.length, skipped };
}

/** How many worker threads to add to this one for `bytes` of source (CREDCHECK_LINT_WORKERS overrides). */
function workerCount(bytes: number, batchCount: number): number {
  const asked = process.env.CREDCHECK_LINT_WORKERS;
  if (asked !== undefined && asked !== "" && Number.isInteger(Number(asked)) && Number(asked) >= 0) {
    return Math.min(Number(asked), batchCount - 1);
  }
  if (bytes < PARALLEL_MIN_BYTES || batchCount < 2 || workerFile() === undefined || !existsSync(workerFile() as string)) return 0;
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(cores - 1, 3, batchCount - 1));
}

/** Lint batches under way: `finish` lints what is left on this thread and returns every result. */
export interface PendingBatches {
  finish(): BatchResult[];
}

/**
 * Starts linting the batches (of `bytes` in all): for a large set, worker threads start on them
 * at once, so they run while this thread does other work (the config checks) before `finish`.
 * `finish` then lints the batches left on this thread too and returns the results in batch
 * order; a worker that dies leaves its unfinished batches to this thread.
 */
export function startBatches(all: Batch[], rootLength: number, bytes: number): PendingBatches {
  const count = workerCount(bytes, all.length);
  if (count === 0) return { finish: () => all.map((b) => lintBatch(b, rootLength)) };
  const results: (BatchResult | undefined)[] = new Array(all.length);
  const shared = new SharedArrayBuffer(12);
  const counters = new Int32Array(shared);
  const pool: { worker: Worker; port: MessagePort }[] = [];
  for (let w = 0; w < count; w++) {
    const { port1, port2 } = new MessageChannel();
    const job: WorkerJob = { batches: all, rootLength, shared, port: port2 };
    const worker = new Worker(workerFile() as string, { workerData: job, transferList: [port2] });
    worker.on("error", () => {}); // its unfinished batches are linted here instead (below)
    pool.push({ worker, port: port1 });
  }
  const drain = () => {
    for (const { port } of pool) {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const { index, result } = m.message as { index: number; result: BatchResult };
        results[index] = result;
      }
    }
  };
  const finish = () => {
    try {
      for (let i = Atomics.add(counters, 0, 1); i < all.length; i = Atomics.add(counters, 0, 1)) {
        results[i] = lintBatch(all[i], rootLength);
      }
      // Wait for the workers' batches. This thread is blocked, so a worker's exit event cannot
      // arrive: each worker counts itself out in shared memory instead, and one that finishes
      // nothing for STALL_MS is given up on.
      let progress = Date.now();
      for (let seen = -1; ; ) {
        const finished = Atomics.load(counters, 1);
        if (finished !== seen) [seen, progress] = [finished, Date.now()];
        drain();
        if (!results.includes(undefined)) break;
        if (Atomics.load(counters, 2) === count || Date.now() - progress > STALL_MS) {
          drain();
          for (let i = 0; i < all.length; i++) results[i] ??= lintBatch(all[i], rootLength);
          break;
        }
        Atomics.wait(counters, 1, finished, 50);
      }
    } finally {
      for (const { worker, port } of pool) {
        port.close();
        void worker.terminate();
      }
    }
    return results as BatchResult[];
  };
  return { finish };
}
