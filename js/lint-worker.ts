/**
 * A lint worker thread (started by js/lint-pool.ts): claims batches from the shared counter until
 * none is left, lints each with its own lint module, and sends each result back on its port.
 */
import { workerData } from "node:worker_threads";
import { lintBatch, type WorkerJob } from "./lint-pool";

const { batches, rootLength, shared, port } = workerData as WorkerJob;
const counters = new Int32Array(shared);
try {
  for (let i = Atomics.add(counters, 0, 1); i < batches.length; i = Atomics.add(counters, 0, 1)) {
    port.postMessage({ index: i, result: lintBatch(batches[i], rootLength) });
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  }
} finally {
  // Counted out even when a batch threw: the parent then lints what this worker left.
  Atomics.add(counters, 2, 1);
  Atomics.notify(counters, 1);
}
