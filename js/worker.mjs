// Entry for Cloudflare Workers (workerd) and other runtimes that import .wasm as a
// WebAssembly.Module and have no file system or global environment: pass `env` (the Worker's
// binding) explicitly.
import wasmModule from "../pkg-web/credcheck_bg.wasm";
import * as core from "../pkg-web/credcheck.js";

core.initSync({ module: wasmModule });

function coreOptions(options) {
  const now = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  return {
    providers: options.providers ?? [],
    models: options.models ?? [],
    framework: options.framework ?? null,
    deployment: options.deployment ?? null,
    now: Math.floor(now / 1000),
    tokenWindowSeconds: options.tokenWindowSeconds ?? null,
  };
}

/** Thrown by assertCredentials: every error-level finding, masked. */
export class CredentialError extends Error {
  constructor(report) {
    const errors = report.findings.filter((f) => f.severity === "error");
    const lines = errors.map((f) => {
      const value = f.secret ? ` [${f.secret.masked} ${f.secret.fingerprint}]` : "";
      return `  - ${f.rule} ${f.location.env ?? "(environment)"}: ${f.message}${value}\n    fix: ${f.fix}`;
    });
    super(`credcheck: ${errors.length} credential error${errors.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.name = "CredentialError";
    this.report = report;
    this.findings = errors;
  }
}

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
