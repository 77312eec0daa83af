// The one place that loads the WebAssembly core. wasm-pack's nodejs target compiles and
// instantiates the module synchronously on first require, so checks can run at module top level.
// eslint-disable-next-line @typescript-eslint/no-var-requires
import core = require("../pkg/credcheck.js");

export = core;
