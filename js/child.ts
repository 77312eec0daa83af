/**
 * Env propagation to children: a pure check of the environment a child process, worker thread or
 * cluster worker would get (the rules live in the core), safe drop-in wrappers that run it before
 * starting the child, and opt-in guards that wrap Node's own functions.
 */
import childProcess = require("node:child_process");
import cluster = require("node:cluster");
import nodeModule = require("node:module");
import workerThreads = require("node:worker_threads");
import { envCore } from "./wasm-core";
import { CredentialError } from "./errors";
import { checkOptionNames, coreOptions } from "./options";
import type { Framework, ProviderId, Report } from "./types";

export { probeWorkers } from "./probe";
export type { ProbeOptions, ProbeRuntime } from "./probe";

/** How a child is started. */
export type Launch = "spawn" | "fork" | "exec" | "execFile" | "worker" | "clusterFork";

/** What the app needs, and what to do when a child would lack it. */
export interface GuardOptions {
  /**
   * What the children need: provider ids, model names and credential variable names, mixed
   * (`["openai", "claude-3-5-sonnet-20241022", "GROQ_API_KEY"]`). A name that is none of these
   * throws when the guards are set up.
   */
  required?: string | string[];
  providers?: ProviderId | ProviderId[];
  models?: string | string[];
  framework?: Framework;
  /** `throw` (default) a CredentialError before the child starts, or `warn` and start it anyway. */
  mode?: "throw" | "warn";
}

/** A child's env as its options give it. */
export interface CheckChildEnvOptions extends Omit<GuardOptions, "mode"> {
  launch: Launch;
  /** The `env` option passed to the call (undefined when none). */
  env?: Record<string, unknown> | typeof workerThreads.SHARE_ENV;
  /** The starting process's env; defaults to process.env. */
  parentEnv?: Record<string, string | undefined>;
}

/**
 * Checks the environment a child would get, following Node's rules: for spawn/fork/exec/execFile
 * an `env` object replaces the whole environment; a Worker copies process.env unless given `env`
 * (or shares it with SHARE_ENV); cluster.fork(env) merges over process.env. Reports
 * `env-not-propagated` for each credential this process has that the child would not.
 */
export function checkChildEnv(options: CheckChildEnvOptions): Report {
  checkOptionNames("checkChildEnv", options, CHILD_ENV_OPTIONS);
  const shareEnv = options.env === workerThreads.SHARE_ENV;
  const env = shareEnv ? undefined : options.env;
  return envCore().checkChildEnv(options.launch, options.parentEnv ?? process.env, env, shareEnv, coreOptions(options)) as Report;
}

const GUARD_OPTIONS = ["required", "providers", "models", "framework", "mode"];
const CHILD_ENV_OPTIONS = ["launch", "env", "parentEnv", "required", "providers", "models", "framework"];

/**
 * Checks guard options once, where they are given: unknown option names, and names in
 * `required`, `providers` or `framework` the core does not know, throw here rather than at the
 * first child (or never, which would be a guard that checks nothing).
 */
function validGuardOptions(caller: string, options: GuardOptions): GuardOptions {
  checkOptionNames(caller, options, GUARD_OPTIONS);
  if (options.mode !== undefined && options.mode !== "throw" && options.mode !== "warn") {
    throw new TypeError(`credcheck: ${caller}: mode must be "throw" or "warn", not ${JSON.stringify(options.mode)}`);
  }
  envCore().checkEnv({}, coreOptions(options)); // throws for an unknown provider, framework or required name
  return { ...options };
}

let defaults: GuardOptions = {};

/** Sets what the safe wrappers and installed guards check for (default: every key this process holds). */
export function configureGuards(options: GuardOptions): void {
  defaults = validGuardOptions("configureGuards", options);
}

function guard(launch: Launch, env: unknown, options: GuardOptions = defaults): void {
  const { mode: _mode, ...needs } = options;
  const report = checkChildEnv({ ...needs, launch, env: env as CheckChildEnvOptions["env"] });
  if (report.summary.ok) return;
  const error = new CredentialError(report);
  if ((options.mode ?? "throw") === "throw") throw error;
  process.emitWarning(error.message, "CredentialWarning");
}

/** The options object among a call's arguments (after an optional args array). */
function optionsArg(args: unknown[], from: number): { env?: unknown } | undefined {
  const first = args[from];
  const candidate = Array.isArray(first) ? args[from + 1] : first;
  return candidate !== null && typeof candidate === "object" ? (candidate as { env?: unknown }) : undefined;
}

type AnyFn = (...args: any[]) => any;

function wrap<F extends AnyFn>(launch: Launch, original: F, optionsIndex: number, options?: GuardOptions): F {
  const wrapped = function (this: unknown, ...args: unknown[]) {
    guard(launch, optionsArg(args, optionsIndex)?.env, options ?? defaults);
    return original.apply(this, args);
  };
  Object.defineProperty(wrapped, "name", { value: original.name });
  return wrapped as unknown as F;
}

/** `child_process.fork` that first checks the child keeps this process's credentials. */
export const fork = wrap("fork", childProcess.fork, 1);
/** `child_process.spawn`, checked first. */
export const spawn = wrap("spawn", childProcess.spawn, 1);
/** `child_process.spawnSync`, checked first. */
export const spawnSync = wrap("spawn", childProcess.spawnSync, 1);
/** `child_process.exec`, checked first. */
export const exec = wrap("exec", childProcess.exec, 1);
/** `child_process.execSync`, checked first. */
export const execSync = wrap("exec", childProcess.execSync, 1);
/** `child_process.execFile`, checked first. */
export const execFile = wrap("execFile", childProcess.execFile, 1);
/** `child_process.execFileSync`, checked first. */
export const execFileSync = wrap("execFile", childProcess.execFileSync, 1);

function guardedWorker(Base: typeof workerThreads.Worker, options?: GuardOptions): typeof workerThreads.Worker {
  return class Worker extends Base {
    constructor(filename: string | URL, workerOptions?: workerThreads.WorkerOptions) {
      guard("worker", workerOptions?.env, options ?? defaults);
      super(filename, workerOptions);
    }
  };
}

/** `worker_threads.Worker`, checked at construction. */
export const Worker = guardedWorker(workerThreads.Worker);

/**
 * Wraps `node:child_process` (spawn, fork, exec, execFile and their Sync forms),
 * `node:worker_threads`'s Worker and `cluster.fork` so that every child is checked before it
 * starts, for CommonJS and ESM importers alike. Returns a function that removes the guards.
 */
export function installGuards(options: GuardOptions = {}): () => void {
  options = validGuardOptions("installGuards", options ?? {});
  const cp = childProcess as unknown as Record<string, AnyFn>;
  const saved: [Record<string, unknown>, string, unknown][] = [];
  const replace = (target: Record<string, unknown>, key: string, value: unknown) => {
    saved.push([target, key, target[key]]);
    target[key] = value;
  };
  const launches: [string, Launch][] = [
    ["spawn", "spawn"], ["spawnSync", "spawn"], ["fork", "fork"], ["exec", "exec"],
    ["execSync", "exec"], ["execFile", "execFile"], ["execFileSync", "execFile"],
  ];
  for (const [name, launch] of launches) replace(cp, name, wrap(launch, cp[name], 1, options));
  replace(workerThreads as unknown as Record<string, unknown>, "Worker", guardedWorker(workerThreads.Worker, options));
  const clusterObj = cluster as unknown as Record<string, AnyFn>;
  const originalClusterFork = clusterObj.fork;
  replace(clusterObj, "fork", function (this: unknown, env?: unknown) {
    guard("clusterFork", env, options);
    return originalClusterFork.call(this, env);
  });
  nodeModule.syncBuiltinESMExports();
  return () => {
    for (const [target, key, value] of saved.reverse()) target[key] = value;
    nodeModule.syncBuiltinESMExports();
  };
}
