// The API of the entries without a file system or a global environment (workerd, browsers):
// the core from pkg-web/ (ES module, initialised by the entry that imports this), with `env`
// always passed explicitly. Bundled into dist/worker.mjs and dist/browser.mjs by
// scripts/build-esm.mjs, with errors.ts and options.ts, so those entries import no CommonJS
// (workerd's CommonJS modules have only a default export).
import * as core from "../pkg-web/credcheck.js";
import { CredentialError } from "./errors";
import { CHECK_ENV_OPTIONS, checkOptionNames, coreOptions } from "./options";

export { CredentialError };

/** Checks the given env (required here: a Worker or a page has no global environment). */
export function checkEnv(options) {
  checkOptionNames("checkEnv", options, CHECK_ENV_OPTIONS);
  if (!options || typeof options.env !== "object" || options.env === null) {
    throw new TypeError("credcheck: pass { env } (the Worker's env binding, or the values to check)");
  }
  return core.checkEnv(options.env, coreOptions(options));
}

/** Checks the env and throws one CredentialError listing every error. */
export function assertCredentials(options) {
  checkOptionNames("assertCredentials", options, CHECK_ENV_OPTIONS);
  if (!options || typeof options.env !== "object" || options.env === null) {
    throw new TypeError("credcheck: pass { env } (the Worker's env binding, or the values to check)");
  }
  // Asked for nothing in an env without credentials: an error, as in the Node entry.
  const report = core.checkEnv(options.env, { ...coreOptions(options), assert: true });
  if (!report.summary.ok) throw new CredentialError(report);
  return report;
}

export const formatReport = (report, format = "text") => core.formatReport(report, format);
export const mask = (value) => core.mask(value);
export const fingerprint = (value) => core.fingerprint(value);
export const inspectSecret = (value) => core.inspectSecret(value);
