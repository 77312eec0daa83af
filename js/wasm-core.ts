// The env core's other bindings (child-process checks, guards, health checks, client factory,
// `.env` files, reports, secrets, catalog, rules): the same checks as the startup module, built
// without feature `startup-only` (pkg-core/), loaded on first use. A cold start that only runs
// `checkEnv` or `assertCredentials` compiles the startup module alone (./wasm). Its bytes travel
// inside the module (scripts/embed-wasm.mjs), so bundled code keeps it. The ESM build imports this
// CommonJS file as it is (scripts/build-esm.mjs), so there is one instance per process and the
// require() below is a CommonJS one in every build.
type Core = typeof import("../pkg-core/credcheck_core.js");

let loaded: Core | undefined;

/** The env core's exports, compiled and instantiated on the first call. */
export function envCore(): Core {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loaded ??= require("../pkg-core/credcheck_core.js") as Core;
  return loaded;
}
