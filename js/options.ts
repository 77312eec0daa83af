import type { CheckEnvOptions } from "./types";

/** The core's options from the API's: ids and names as given, the clock in whole seconds. */
export function coreOptions(options: Omit<CheckEnvOptions, "env">): Record<string, unknown> {
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
