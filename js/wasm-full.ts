// The large wasm modules, loaded on first use: the full core (config scanning and error
// explanation besides the env checks) and the source lint. A function that only checks its
// environment at startup never pays for them. They stay files beside the package; the ESM build
// imports this CommonJS file as it is (scripts/build-esm.mjs), so these require() calls are
// CommonJS ones in every build.
type Full = typeof import("../pkg/credcheck.js");

/** What the lint module exports (its .d.ts types the results as `any`). */
export interface LintCore {
  lintFiles(files: { path: string; text: string }[], rootLength?: number): unknown;
  commonRootLength(paths: string[]): number;
  lintLanguage(path: string): string | undefined;
}

let loadedFull: Full | undefined;
let loadedLint: LintCore | undefined;

/** The full core's exports, instantiated on first call. Throws `loadLarge`'s error when missing. */
export function full(): Full {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loadedFull ??= loadLarge("scanning configs and explaining errors", "pkg/credcheck_bg.wasm", () => require("../pkg/credcheck.js") as Full);
  return loadedFull;
}

/** The lint's wasm module, instantiated on first use (it is large; the startup check never needs it). */
export function lintCore(): LintCore {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loadedLint ??= loadLarge("the source lint", "pkg-lint/credcheck_lint_bg.wasm", () => require("../pkg-lint/credcheck_lint.js") as LintCore);
  return loadedLint;
}

/**
 * Loads one of the large wasm modules that stay files beside the package (`file`, used for
 * `what`). A bundler moves the code and not those files, so a bundled call fails there: this turns
 * the ENOENT, module-not-found or dynamic-require error into one that says what happened and what
 * to do instead (the original is its `cause`).
 */
function loadLarge<T>(what: string, file: string, load: () => T): T {
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
