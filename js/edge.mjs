// Entry for the Next.js / Vercel edge runtime (the `edge-light` export condition). That runtime
// forbids compiling wasm from bytes at run time; its bundlers (webpack and Turbopack) compile a
// `.wasm?module` import at build time into a WebAssembly.Module. Pass `env` explicitly.
import wasmModule from "../pkg-web/credcheck_bg.wasm?module";
import { initSync } from "../pkg-web/credcheck.js";

// Next.js compiles the module in its own realm and hands it to the edge sandbox, whose
// WebAssembly is another: wasm-bindgen's `instanceof WebAssembly.Module` check would then try to
// recompile it. The object is a real module (the engine checks that, not the prototype).
if (!(wasmModule instanceof WebAssembly.Module)) Object.setPrototypeOf(wasmModule, WebAssembly.Module.prototype);
initSync({ module: wasmModule });

export * from "./web-api.mjs";
