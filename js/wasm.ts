// The one place that loads the startup check's WebAssembly module (pkg-startup/: env checks,
// secrets, reports; no YAML parser, no explain data, so it is about a third smaller than the full
// core). wasm-pack's nodejs target compiles and instantiates it synchronously on first require,
// so checks can run at module top level. Scan and explain load the full core (./wasm-full).
// eslint-disable-next-line @typescript-eslint/no-var-requires
import core = require("../pkg-startup/credcheck_startup.js");

export = core;
