/**
 * Scanning config files: `checkConfig` for one text, `scanPaths` for files and directory trees.
 * The walk (which directories to enter, which files to read, size limits) needs a file system,
 * so it lives here; recognising and checking every file is the core's.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import ignore = require("ignore");
import { full } from "./wasm-full";
import { isSourceFile, startLintFilesAt } from "./lint";
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
  /**
   * Leave out what `.gitignore` files ignore (default true): those in the walked directories and
   * in their parents up to the repository root. `.credcheckignore` files (same syntax) are always read.
   */
  gitignore?: boolean;
  /** gitignore-style patterns (`dist/`, `*.generated.ts`, `!keep.env`) of paths to leave out, relative to the current directory. */
  exclude?: string[];
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

/** One directory's ignore file(s), matching paths relative to `base`. */
interface IgnoreLayer {
  base: string;
  matcher: ReturnType<typeof ignore>;
  source: string;
}

/** The ignore files a directory holds (`.gitignore` when asked, `.credcheckignore` always). */
function ignoreLayers(dir: string, gitignore: boolean): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  for (const name of gitignore ? [".gitignore", ".credcheckignore"] : [".credcheckignore"]) {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue; // none here (or unreadable: as git does, go on without it)
    }
    layers.push({ base: dir, matcher: ignore().add(text), source: file });
  }
  return layers;
}

/** The layers of the directories above `dir`, up to the repository root (a directory holding `.git`). */
function parentLayers(dir: string, gitignore: boolean): IgnoreLayer[] {
  const chain: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (at !== path.resolve(dir)) chain.unshift(at);
    if (existsSync(path.join(at, ".git")) || path.dirname(at) === at) break;
  }
  // Without a repository above, only the scanned directory's own files count.
  if (!existsSync(path.join(chain[0] ?? dir, ".git"))) return [];
  return chain.flatMap((d) => ignoreLayers(d, gitignore));
}

/** What ignores `file` (the source of the last layer that decides), or undefined. */
function ignoredBy(layers: IgnoreLayer[], file: string, isDir: boolean): string | undefined {
  let by: string | undefined;
  for (const layer of layers) {
    const rel = path.relative(layer.base, file).split(path.sep).join("/");
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) continue;
    const r = layer.matcher.test(isDir ? `${rel}/` : rel);
    if (r.ignored) by = layer.source;
    else if (r.unignored) by = undefined;
  }
  return by;
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
  const gitignore = options.gitignore ?? true;
  const excluded: IgnoreLayer[] = options.exclude?.length ? [{ base: process.cwd(), matcher: ignore().add(options.exclude), source: "--exclude" }] : [];
  const walk = (dir: string, layers: IgnoreLayer[]) => {
    layers = [...layers, ...ignoreLayers(dir, gitignore)];
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
      // Ignored paths are left out silently, as git and eslint do; only named files are listed.
      if ((e.isDirectory() || candidate(e.name) || isSourceFile(e.name)) && ignoredBy([...layers, ...excluded], full, e.isDirectory())) continue;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(full, layers);
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
    const above = parentLayers(stat.isDirectory() ? p : path.dirname(p), gitignore);
    if (stat.isDirectory()) {
      walk(p, above);
      continue;
    }
    // A file named on the command line (a pre-commit hook passes each staged file) is left out
    // when an ignore file or --exclude says so, and listed as skipped.
    const by = ignoredBy([...above, ...ignoreLayers(path.dirname(p), gitignore), ...excluded], path.resolve(p), false);
    if (by !== undefined) skipped.push({ path: show(p), reason: `ignored by ${by === "--exclude" ? by : show(by)}` });
    else if (lint && isSourceFile(p) && options.kind === undefined) sources.push({ path: p, show: show(p) });
    else if (configs) readOne(p, options.kind, true);
    else skipped.push({ path: show(p), reason: "not a JavaScript, TypeScript or Python source" });
  }
  // Sources over the lint's own 8 MiB limit (bundles, generated code) are skipped and listed
  // unless a larger --max-size asks for them. Started before the config checks, so worker
  // threads lint a large set while this thread checks the configs.
  const pendingLint = sources.length > 0 ? startLintFilesAt(sources, options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES) : undefined;
  const report = scanner.finish() as Report;
  if (pendingLint === undefined) return { report, files, skipped };
  const linted = pendingLint.finish();
  skipped.push(...linted.skipped);
  return { report: full().combineReports([report, ...linted.reports]) as Report, files: files + linted.files, skipped };
}

/**
 * Lints JavaScript, TypeScript and Python sources in files and directory trees (walked like
 * `scanPaths`). Findings carry the file, line and column; a file that does not parse is one
 * `source-syntax` finding and the rest are still linted. Throws for a path that does not exist.
 */
export function lintPaths(paths: string[], options: Pick<ScanOptions, "maxBytes" | "gitignore" | "exclude"> = {}): ScanResult {
  return scanPaths(paths, { ...options, configs: false, lint: true, env: {} });
}
