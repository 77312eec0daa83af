// The full core (config scanning and error explanation besides the env checks), loaded on first
// use: a function that only checks its environment at startup never pays for it.
type Full = typeof import("../pkg/credcheck.js");

let loaded: Full | undefined;

/** The full core's exports, instantiated on first call. */
export function full(): Full {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loaded ??= require("../pkg/credcheck.js") as Full;
  return loaded;
}
