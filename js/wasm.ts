// The one place that loads the startup check's WebAssembly module (pkg-startup/: env checks,
// secrets, reports; no YAML parser, no explain data, so it is about a third smaller than the full
// core). wasm-pack's nodejs target compiles and instantiates it synchronously on first require,
// so checks can run at module top level. scripts/embed-wasm.mjs puts the wasm bytes inside that
// module, so a bundler that moves the code moves them too. Scan and explain load the full core
// (./wasm-full). An ES import (not `import = require`), so the ESM build keeps it an import that
// bundlers follow.
export * from "../pkg-startup/credcheck_startup.js";
