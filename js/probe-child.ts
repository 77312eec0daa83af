// Started by probeWorkers as a child process, worker thread or cluster worker: reports the
// fingerprints of the credentials it sees, then exits. Never the values.
import workerThreads = require("node:worker_threads");
import { envCore } from "./wasm-core";

const seen = envCore().credentialFingerprints(process.env) as Record<string, string>;
const message = { credcheckProbe: seen };
if (workerThreads.parentPort) {
  workerThreads.parentPort.postMessage(message);
} else if (process.send) {
  process.send(message, () => process.disconnect());
}
