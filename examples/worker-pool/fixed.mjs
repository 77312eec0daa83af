// The fix: pass process.env on (adding what the worker needs), so the key reaches every worker.
import { fork } from "credcheck/child";

const workers = [1, 2].map((id) =>
  fork(new URL("./worker.mjs", import.meta.url).pathname, [String(id)], { env: { ...process.env, WORKER_ID: String(id) } }),
);
let done = 0;
for (const w of workers) {
  w.on("message", (m) => {
    console.log(m);
    if (++done === workers.length) process.exit(0);
  });
}
