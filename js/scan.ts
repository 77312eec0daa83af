/**
 * Scanning config files: `checkConfig` for one text, `scanPaths` for files and directory trees.
 * The walk (which directories to enter, which files to read, size limits) needs a file system,
 * so it lives here; recognising and checking every file is the core's.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { full } from "./wasm-full";
import { isSourceFile, lintFilesAt } from "./lint";
import type { ConfigKind, Report } from "./types";

/** Options for `checkConfig`. */
export interface CheckConfigOptions {
  /** The file's path: used to recognise the kind and in every finding's location. */
  path?: string;
  /** The kind, when it should not be recognised from the path and content. */
  kind?: ConfigKind;
}

/**
 * Checks one config text (`.env`, `OAI_CONFIG_LIST`, AutoGen component JSON, CrewAI YAML,
 * LangChain/LlamaIndex client parameters, Compose, Kubernetes). Returns the same report shape as
 * `checkEnv`. Bad content (malformed JSON or YAML, alias bombs, deep nesting) is a `config-syntax`
 * finding with its line. Throws an `Error` for an unknown `kind`, or when no kind is given and
 * none can be recognised.
 */
export function checkConfig(text: string, options: CheckConfigOptions = {}): Report {
  return full().checkConfig(text, options) as Report;
}

/** The kind credcheck recognises a file as, or undefined. */
export function detectKind(filePath: string, text: string): ConfigKind | undefined {
  return (full().detectKind(filePath, text) ?? undefined) as ConfigKind | undefined;
}

/** Options for `scanPaths`. */
export interface ScanOptions {
  /** Files larger than this many bytes are skipped and listed (default 16 MiB). */
  maxBytes?: number;
  /** Treat every given file as this kind (directories are still walked by name and content). */
  kind?: ConfigKind;
  /**
   * The environment whose `OAI_CONFIG_LIST` (AutoGen reads a JSON config list from it) is checked
   * too, as the file `$OAI_CONFIG_LIST`; default `process.env`, `{}` to skip it.
   */
  env?: Record<string, string | undefined>;
  /** Also lint JavaScript, TypeScript and Python sources (default true). */
  lint?: boolean;
  /** Check config files (default true); `false` with `lint` gives `credcheck lint`. */
  configs?: boolean;
}

/** A file the scan did not read, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The result of `scanPaths`: the report, how many files were checked, and what was skipped. */
export interface ScanResult {
  report: Report;
  files: number;
  skipped: SkippedFile[];
}

/** Directories never entered: version control, dependencies, caches. */
const SKIP_DIRS = new Set([".git", "node_modules", ".hg", ".svn", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache"]);

/** Names worth reading: the core decides by content whether each is a config it knows. */
function candidate(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === ".env" ||
    lower.startsWith(".env.") ||
    lower.endsWith(".env") ||
    name.startsWith("OAI_CONFIG_LIST") ||
    lower.endsWith(".json") ||
    lower.endsWith(".yaml") ||
    lower.endsWith(".yml")
  );
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** The lint's own limit for one source file (the core's MAX_SOURCE_BYTES). */
const DEFAULT_MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/**
 * Scans files and directory trees: directories are walked (skipping `.git`, `node_modules` and
 * virtualenvs; symlinked directories are not followed), every file that may be a config is read,
 * and all are checked together, so a Compose service is compared with its siblings and a config
 * with the `.env` files beside it. Paths in findings are relative to the current directory.
 * Throws for a path that does not exist.
 */
export function scanPaths(paths: string[], options: ScanOptions = {}): ScanResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const configs = options.configs ?? true;
  const lint = options.lint ?? true;
  const sources: { path: string; show: string }[] = [];
  const scanner = new (full().ConfigScanner)();
  const skipped: SkippedFile[] = [];
  let files = 0;
  const show = (p: string) => {
    const rel = path.relative(process.cwd(), p);
    return (rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? p : rel).split(path.sep).join("/");
  };
  const readOne = (file: string, kind: ConfigKind | undefined, named = false) => {
    let size: number;
    try {
      size = statSync(file).size;
    } catch (err) {
      skipped.push({ path: show(file), reason: (err as Error).message });
      return;
    }
    if (size > maxBytes) {
      skipped.push({ path: show(file), reason: `${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit` });
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      skipped.push({ path: show(file), reason: (err as Error).message });
      return;
    }
    if (scanner.add(show(file), bytes, kind) !== undefined) files++;
    else if (named) skipped.push({ path: show(file), reason: "not a config credcheck recognises (name its kind with --kind)" });
  };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ path: show(dir), reason: (err as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(full);
      } else if ((e.isFile() || e.isSymbolicLink()) && ((configs && candidate(e.name)) || (lint && isSourceFile(e.name)))) {
        if (e.isSymbolicLink()) {
          try {
            if (!statSync(full).isFile()) continue;
          } catch {
            continue; // a dangling link
          }
        }
        if (configs && candidate(e.name)) readOne(full, undefined);
        else sources.push({ path: full, show: show(full) });
      }
    }
  };
  const configList = (options.env ?? process.env).OAI_CONFIG_LIST;
  if (configs && configList !== undefined && /^\s*[[{]/.test(configList)) {
    if (scanner.add("$OAI_CONFIG_LIST", configList, "oai-config-list") !== undefined) files++;
  }
  for (const p of paths.length > 0 ? paths : ["."]) {
    const stat = lstatSync(p); // throws ENOENT naming the path
    if (stat.isDirectory()) walk(p);
    else if (lint && isSourceFile(p) && options.kind === undefined) sources.push({ path: p, show: show(p) });
    else if (configs) readOne(p, options.kind, true);
    else skipped.push({ path: show(p), reason: "not a JavaScript, TypeScript or Python source" });
  }
  const report = scanner.finish() as Report;
  if (sources.length === 0) return { report, files, skipped };
  // Sources over the lint's own 8 MiB limit (bundles, generated code) are skipped and listed
  // unless a larger --max-size asks for them.
  const linted = lintFilesAt(sources, options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES);
  skipped.push(...linted.skipped);
  return { report: full().combineReports([report, linted.report]) as Report, files: files + linted.files, skipped };
}

/**
 * Lints JavaScript, TypeScript and Python sources in files and directory trees (walked like
 * `scanPaths`). Findings carry the file, line and column; a file that does not parse is one
 * `source-syntax` finding and the rest are still linted. Throws for a path that does not exist.
 */
export function lintPaths(paths: string[], options: Pick<ScanOptions, "maxBytes"> = {}): ScanResult {
  return scanPaths(paths, { ...options, configs: false, lint: true, env: {} });
}
