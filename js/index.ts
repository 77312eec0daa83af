/**
 * credcheck: find LLM-provider credential problems before they bite, and explain them when they
 * do. Every rule lives in the WebAssembly core; this module supplies what needs a JS runtime
 * (process.env, the clock, files) and types.
 */
import { readFileSync, statSync } from "node:fs";
import { hostname } from "node:os";
import * as core from "./wasm";
import { envCore } from "./wasm-core";
import { CredentialError } from "./errors";
import { ASSERT_OPTIONS, CHECK_ENV_OPTIONS, checkOptionNames, coreOptions } from "./options";
import { encodeEnv, encodeOptions } from "./wire";
import type {
  AssertCredentialsOptions,
  Catalog,
  CheckEnvOptions,
  Report,
  Rule,
  SampleKey,
  SecretSummary,
} from "./types";

export type * from "./types";
export { CredentialError } from "./errors";
export type { HealthCheckOptions } from "./health";
export { checkConfig, detectKind, lintPaths, scanPaths } from "./scan";
export { lintLanguage, lintSources } from "./lint";
export { explainError, formatExplanation } from "./explain";
export type { CheckConfigOptions, ScanOptions, ScanResult, SkippedFile } from "./scan";
export type { ClientFactoryOptions, ClientMapping } from "./factory";

// healthCheck and the client factory load their modules on first use: a serverless cold start
// that only runs assertCredentials pays for neither.
/** See `./health`: one cheap authenticated request, classified. */
export const healthCheck: typeof import("./health").healthCheck = (options) => require("./health").healthCheck(options);
/** See `./factory`: a per-worker client factory. */
export const createClientFactory: typeof import("./factory").createClientFactory = (Ctor, options) =>
  require("./factory").createClientFactory(Ctor, options);
/** See `./factory`: teach the factory a constructor's option names. */
export const registerClient: typeof import("./factory").registerClient = (name, mapping) =>
  require("./factory").registerClient(name, mapping);
// Child-process checks and guards live in the `credcheck/child` entry, so that importing the
// main entry loads no node:cluster / node:worker_threads at start-up.

/**
 * Checks an environment (default `process.env`) for everything that would make this process fail
 * to authenticate with the providers and models it needs. Never throws for a bad environment:
 * problems are findings. Throws an `Error` for unknown provider or framework ids or a non-object `env`.
 */
export function checkEnv(options: CheckEnvOptions = {}): Report {
  checkOptionNames("checkEnv", options, CHECK_ENV_OPTIONS);
  return JSON.parse(core.checkEnvWire(encodeEnv(options?.env ?? process.env), encodeOptions(coreOptions(options ?? {})))) as Report;
}

/** `.env` files larger than this are refused with an error naming the file. */
const MAX_ENV_FILE_BYTES = 16 * 1024 * 1024;

/** A `.env` file to check: a path to read, or a path with its text. */
export type EnvFile = string | { path: string; text: string };

/**
 * Checks `.env` files as the environment of one process (later files win). Lines that are not
 * `KEY=VALUE` become `env-file-syntax` findings; an unreadable file throws naming the path.
 */
export function checkEnvFiles(files: EnvFile[], options: Omit<CheckEnvOptions, "env"> = {}): Report {
  checkOptionNames("checkEnvFiles", options, CHECK_ENV_OPTIONS.filter((o) => o !== "env"));
  const pairs = files.map((f) => {
    if (typeof f !== "string") return [f.path, f.text];
    let size: number;
    try {
      size = statSync(f).size;
    } catch (err) {
      throw new Error(`credcheck: cannot read env file ${f}: ${(err as Error).message}`);
    }
    if (size > MAX_ENV_FILE_BYTES) {
      throw new Error(`credcheck: env file ${f} is ${(size / 1048576).toFixed(1)} MiB; no .env file is that large (the limit is ${MAX_ENV_FILE_BYTES / 1048576} MiB)`);
    }
    try {
      return [f, readFileSync(f, "utf8")];
    } catch (err) {
      throw new Error(`credcheck: cannot read env file ${f}: ${(err as Error).message}`);
    }
  });
  return envCore().checkEnvFiles(pairs, coreOptions(options ?? {})) as Report;
}

/**
 * `CREDCHECK_RECORD=1` in this process's environment. A runtime that guards its environment
 * (Deno without --allow-env) refuses the read: then it is not asked for, and the check, given its
 * `env`, still runs.
 */
function recordAsked(): boolean {
  try {
    return process.env.CREDCHECK_RECORD === "1";
  } catch {
    return false;
  }
}

/**
 * Checks the environment and throws one `CredentialError` listing every error-level finding.
 * Synchronous, so it can run at the top of a serverless module or a worker before any client is
 * built. Returns the report (which may hold warnings) when there are no errors. Asked for nothing
 * (no providers or models) in an environment with no credential, it throws (`no-credentials`):
 * an assertion that checked nothing would pass by accident.
 *
 * With `record: true` (or `CREDCHECK_RECORD=1` in the environment) it first writes one masked
 * startup record to stderr (host, pid, process start time, each credential variable's provider
 * and fingerprint, never a value), which `credcheck drift` reads back from the replicas' logs.
 */
export function assertCredentials(options: AssertCredentialsOptions = {}): Report {
  checkOptionNames("assertCredentials", options, ASSERT_OPTIONS);
  const env = options?.env ?? process.env;
  const { record, ...check } = options ?? {};
  if (record === true || (record === undefined && recordAsked())) {
    // performance.timeOrigin: when this process started, in ms since the epoch.
    process.stderr.write(envCore().startupRecord(env, hostname(), process.pid, performance.timeOrigin) + "\n");
  } else if (record !== undefined && typeof record !== "boolean") {
    throw new TypeError(`credcheck: record must be true or false, not a ${typeof record}`);
  }
  const report = JSON.parse(core.checkEnvWire(encodeEnv(env), encodeOptions({ ...coreOptions(check), assert: true }))) as Report;
  if (!report.summary.ok) throw new CredentialError(report);
  return report;
}

/** Renders a report as `text` (for people), `json`, or `sarif` (SARIF 2.1.0, for code scanning). */
export function formatReport(report: Report, format: "text" | "json" | "sarif" = "text"): string {
  return envCore().formatReport(report, format);
}

/** What a secret looks like (provider, placeholder, quoted, truncated...), without the secret. */
export function inspectSecret(value: string): SecretSummary {
  return envCore().inspectSecret(value) as SecretSummary;
}

/** At most the provider prefix and the last 4 characters: `sk-proj-…Qx7a`. */
export function mask(value: string): string {
  return envCore().mask(value);
}

/** A short stable hash (`sha256:` + 12 hex) to compare processes and replicas without the key. */
export function fingerprint(value: string): string {
  return envCore().fingerprint(value);
}

/** The provider catalog as data. */
export function catalog(): Catalog {
  return JSON.parse(envCore().catalogJson()) as Catalog;
}

/** Every rule id with its default severity and summary. */
export function rules(): Rule[] {
  return envCore().rules() as Rule[];
}

/** Fake keys of every catalogued shape (deterministic per seed), for tests that plant keys. */
export function sampleKeys(seed = 1): SampleKey[] {
  return envCore().sampleKeys(seed) as SampleKey[];
}
