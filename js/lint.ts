/**
 * Source lint: the broken credential patterns in JavaScript, TypeScript and Python code (clients
 * built at import in apps that fork, children started without the parent's env, unchecked key
 * reads, `.env` loaded too late, incomplete Azure clients, literal keys, cached tokens,
 * inconsistent agent configs). The parsers and rules are in the core's lint module, a wasm
 * module of its own that is loaded on first use; this file only reads files.
 */
import { readFileSync, statSync } from "node:fs";
import type { Report } from "./types";
import { lintCore } from "./wasm-full";

/** The language the lint reads a path as, from its extension, or undefined for other files. */
export function lintLanguage(filePath: string): "js" | "python" | undefined {
  return (lintCore().lintLanguage(filePath) ?? undefined) as "js" | "python" | undefined;
}

/**
 * Lints source texts given as `{ path, text }` (the path's extension picks the parser: .js .mjs
 * .cjs .jsx .ts .mts .cts .tsx, .py .pyi; other files are ignored). Returns one report; a file
 * that does not parse is a `source-syntax` finding at its line, and the others are still linted.
 */
export function lintSources(files: { path: string; text: string }[]): Report {
  return lintCore().lintFiles(files) as Report;
}

/** True for a file name the lint reads. */
export function isSourceFile(name: string): boolean {
  return /\.(?:[cm]?[jt]s|[jt]sx|pyi?)$/i.test(name);
}

/** Reads the files at `paths` (UTF-8) and lints them; unreadable files are returned as skipped. */
export function lintFilesAt(
  paths: { path: string; show: string }[],
  maxBytes: number,
): { report: Report; files: number; skipped: { path: string; reason: string }[] } {
  const skipped: { path: string; reason: string }[] = [];
  const sources: { path: string; text: string }[] = [];
  for (const { path, show } of paths) {
    try {
      const size = statSync(path).size;
      if (size > maxBytes) {
        skipped.push({ path: show, reason: `${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit` });
        continue;
      }
      sources.push({ path: show, text: readFileSync(path, "utf8") });
    } catch (err) {
      skipped.push({ path: show, reason: (err as Error).message });
    }
  }
  return { report: lintSources(sources), files: sources.length, skipped };
}
