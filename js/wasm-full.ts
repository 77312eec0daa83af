// The full core (config scanning and error explanation besides the env checks), loaded on first
// use: a function that only checks its environment at startup never pays for it.
type Full = typeof import("../pkg/credcheck.js");

let loaded: Full | undefined;

/** The full core's exports, instantiated on first call. Throws `loadLarge`'s error when missing. */
export function full(): Full {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loaded ??= loadLarge("scanning configs and explaining errors", "pkg/credcheck_bg.wasm", () => require("../pkg/credcheck.js") as Full);
  return loaded;
}

/**
 * Loads one of the large wasm modules that stay files beside the package (`file`, used for
 * `what`). A bundler moves the code and not those files, so a bundled call fails there: this turns
 * the ENOENT or module-not-found into an error that says what happened and what to do instead.
 */
export function loadLarge<T>(what: string, file: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    throw new Error(
      `credcheck: ${what} needs ${file} from the credcheck package, and it is not where the code runs (a bundler moved the code without it). ` +
        "Run the credcheck CLI, or leave credcheck out of the bundle (e.g. esbuild --external:credcheck); " +
        "checkEnv and assertCredentials need no file and work bundled.",
      { cause: err },
    );
  }
}
