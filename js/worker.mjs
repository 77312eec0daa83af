// Entry for Cloudflare Workers (workerd) and other runtimes that import .wasm as a
// WebAssembly.Module and forbid compiling wasm from bytes: pass `env` (the Worker's binding)
// explicitly.
import wasmModule from "../pkg-web/credcheck_bg.wasm";
import { initSync } from "../pkg-web/credcheck.js";

initSync({ module: wasmModule });

export * from "./web-api.mjs";
