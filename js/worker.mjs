// Entry for Cloudflare Workers (workerd) and other runtimes that import .wasm as a
// WebAssembly.Module and have no file system or global environment: pass `env` (the Worker's
// binding) explicitly.
import wasmModule from "../pkg-web/credcheck_bg.wasm";
import * as core from "../pkg-web/credcheck.js";
import { CredentialError } from "./errors.js";
import { coreOptions } from "./options.js";

export { CredentialError };

core.initSync({ module: wasmModule });

/** Checks the given env (required here: a Worker has no global environment). */
export function checkEnv(options) {
  if (!options || typeof options.env !== "object" || options.env === null) {
    throw new TypeError("credcheck: pass { env } (the Worker's env binding)");
  }
  return core.checkEnv(options.env, coreOptions(options));
}

/** Checks the env and throws one CredentialError listing every error. */
export function assertCredentials(options) {
  const report = checkEnv(options);
  if (!report.summary.ok) throw new CredentialError(report);
  return report;
}

export const formatReport = (report, format = "text") => core.formatReport(report, format);
export const mask = (value) => core.mask(value);
export const fingerprint = (value) => core.fingerprint(value);
export const inspectSecret = (value) => core.inspectSecret(value);
