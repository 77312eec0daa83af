/**
 * The project config the CLI reads so that CI does not repeat flags: `credcheck.config.json`, or a
 * `"credcheck"` key in `package.json`, the nearest one from the current directory upwards. Finding
 * and reading the file needs a file system, so it is here; what the rule levels mean is the core's
 * (the full module: the startup check never reads a project config).
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { full } from "./wasm-full";

/** A rule's level: a severity, or off. */
export type RuleLevel = "off" | "info" | "warning" | "error";

/** What a project config holds. */
export interface ProjectConfig {
  /** The file it came from (for messages). */
  file: string;
  providers?: string[];
  models?: string[];
  framework?: string;
  /** gitignore-style patterns of paths the scan and lint leave out. */
  exclude?: string[];
  /** Rule id → level, applied to every output format and to the exit status. */
  rules?: Record<string, RuleLevel>;
}

/** A config file that is not one: the message names the file. */
export class ConfigError extends Error {}

const KEYS = ["$schema", "providers", "models", "framework", "exclude", "rules"];

/** The nearest project config from `dir` upwards, or undefined. Throws ConfigError for a bad one. */
export function findConfig(dir: string = process.cwd()): ProjectConfig | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const own = path.join(at, "credcheck.config.json");
    if (existsSync(own)) return parseConfig(own, readJson(own));
    const pkg = path.join(at, "package.json");
    if (existsSync(pkg)) {
      const json = readJson(pkg) as { credcheck?: unknown };
      if (json && typeof json === "object" && "credcheck" in json) return parseConfig(`${pkg} ("credcheck" key)`, json.credcheck);
    }
    if (path.dirname(at) === at) return undefined;
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Checks a config object: known keys, value types, rule ids and levels (asked of the core). */
export function parseConfig(file: string, value: unknown): ProjectConfig {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${file}: the config must be a JSON object`);
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) throw new ConfigError(`${file}: unknown key ${JSON.stringify(key)}; the keys are ${KEYS.slice(1).join(", ")}`);
  }
  const strings = (key: string): string[] | undefined => {
    const v = config[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) throw new ConfigError(`${file}: ${key} must be an array of strings`);
    return v;
  };
  if (config.framework !== undefined && typeof config.framework !== "string") throw new ConfigError(`${file}: framework must be a string`);
  const rules = config.rules;
  if (rules !== undefined && (rules === null || typeof rules !== "object" || Array.isArray(rules))) {
    throw new ConfigError(`${file}: rules must map rule ids to "off", "info", "warning" or "error"`);
  }
  if (rules !== undefined) {
    try {
      full().reviseReport({ findings: [], summary: { errors: 0, warnings: 0, infos: 0, ok: true, providers: [] } }, { rules });
    } catch (err) {
      throw new ConfigError(`${file}: rules: ${(err as Error).message.replace(/^credcheck: /, "")}`);
    }
  }
  return {
    file,
    providers: strings("providers"),
    models: strings("models"),
    framework: config.framework as string | undefined,
    exclude: strings("exclude"),
    rules: rules as Record<string, RuleLevel> | undefined,
  };
}
