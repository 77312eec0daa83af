// ESM entry for credcheck/child: Node's child-starting functions, checked first.
import cjs from "./child.js";

export const { checkChildEnv, probeWorkers, configureGuards, installGuards, fork, spawn, spawnSync, exec, execSync, execFile, execFileSync, Worker } = cjs;
export default cjs;
