import type { CheckEnvOptions } from "./types";

/** The option names of `checkEnv` and `assertCredentials`. */
export const CHECK_ENV_OPTIONS = ["env", "providers", "models", "framework", "deployment", "now", "tokenWindowSeconds"] as const;

/** `assertCredentials` (in Node) also takes `record`. */
export const ASSERT_OPTIONS = [...CHECK_ENV_OPTIONS, "record"] as const;

/**
 * Throws a TypeError naming the first option `caller` does not take, and the ones it does: a typo
 * from plain JS (`{ model: "gpt-4o" }`) must not turn the check into one that checks nothing.
 */
export function checkOptionNames(caller: string, options: unknown, allowed: readonly string[]): void {
  if (options === undefined || options === null) return;
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`credcheck: ${caller} takes an options object, not ${describe(options)}`);
  }
  for (const name of Object.keys(options)) {
    if (!allowed.includes(name)) {
      const near = allowed.find((a) => a.toLowerCase().startsWith(name.toLowerCase()) || name.toLowerCase().startsWith(a.toLowerCase()));
      throw new TypeError(`credcheck: ${caller} has no option ${JSON.stringify(name)}${near ? ` (did you mean ${near}?)` : ""}; its options are ${allowed.join(", ")}`);
    }
  }
}

/** A list option as the core wants it: one string is a list of one; anything but strings is a TypeError. */
export function nameList(value: unknown, option: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  throw new TypeError(`credcheck: ${option} must be a string or an array of strings, not ${describe(value)}`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array holding ${value.map((v) => typeof v).filter((t) => t !== "string")[0] ?? "strings"}`;
  return value === null ? "null" : `a ${typeof value}`;
}

/** The core's options from the API's: ids and names as given, the clock in whole seconds. */
export function coreOptions(options: Omit<CheckEnvOptions, "env"> & { required?: string | string[] }): Record<string, unknown> {
  const now = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  return {
    providers: nameList(options.providers, "providers"),
    models: nameList(options.models, "models"),
    required: nameList(options.required, "required"),
    framework: options.framework ?? null,
    deployment: options.deployment ?? null,
    now: Math.floor(now / 1000),
    tokenWindowSeconds: options.tokenWindowSeconds ?? null,
  };
}
