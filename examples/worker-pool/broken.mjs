// The seeds' bug: a pool that forks workers with `env: {}`. Every worker starts without
// OPENAI_API_KEY and every call 401s. With credcheck's fork, the pool fails before forking.
import { fork } from "credcheck/child";

const workers = [1, 2].map((id) => fork(new URL("./worker.mjs", import.meta.url).pathname, [String(id)], { env: {} }));
for (const w of workers) w.on("message", (m) => console.log(m));
