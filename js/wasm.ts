// The one place that loads the startup check's WebAssembly module (pkg-startup/, feature
// `startup-only`): `checkEnvWire` alone, so a cold start compiles only what `checkEnv` and
// `assertCredentials` run. wasm-pack's nodejs target compiles and instantiates it synchronously on
// first require, so checks can run at module top level. scripts/embed-wasm.mjs puts the wasm bytes
// inside that module, so a bundler that moves the code moves them too. Every other binding of the
// env core is in ./wasm-core (loaded on first use); scan and explain load the full core
// (./wasm-full). An ES import (not `import = require`), so the ESM build keeps it an import that
// bundlers follow.
export { checkEnvWire } from "../pkg-startup/credcheck_startup.js";
