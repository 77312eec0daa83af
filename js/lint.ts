/**
 * Source lint: the broken credential patterns in JavaScript, TypeScript and Python code (clients
 * built at import in apps that fork, children started without the parent's env, unchecked key
 * reads, `.env` loaded too late, incomplete Azure clients, literal keys, cached tokens,
 * inconsistent agent configs). The parsers and rules are in the core's lint module, a wasm
 * module of its own that is loaded on first use; this file only reads files.
 */
import { statSync } from "node:fs";
import { batches, startBatches, type SkippedAt, type SourceFile } from "./lint-pool";
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

/** The result of `lintFilesAt`. */
export interface LintedFiles {
  /** The batches' reports in order: combined, the report of one call over every file. */
  reports: Report[];
  /** How many files were linted. */
  files: number;
  /** The files skipped (over the limit, unreadable), in the order given. */
  skipped: { path: string; reason: string }[];
}

/**
 * Reads the files at `paths` (UTF-8) and lints them in batches: memory holds one batch of texts
 * at a time and the findings. For much source, worker threads start at once, so the lint runs
 * while the caller does other work before calling `finish` (which lints the rest here).
 */
export function startLintFilesAt(paths: { path: string; show: string }[], maxBytes: number): { finish(): LintedFiles } {
  const skipped: SkippedAt[] = [];
  const sized: (SourceFile & { size: number; at: number })[] = [];
  let bytes = 0;
  paths.forEach(({ path, show }, at) => {
    try {
      const size = statSync(path).size;
      if (size > maxBytes) {
        skipped.push({ at, path: show, reason: `${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit` });
        return;
      }
      sized.push({ path, show, size, at });
      bytes += size;
    } catch (err) {
      skipped.push({ at, path: show, reason: (err as Error).message });
    }
  });
  const plain = (s: SkippedAt[]) => s.sort((a, b) => a.at - b.at).map(({ path, reason }) => ({ path, reason }));
  if (sized.length === 0) return { finish: () => ({ reports: [], files: 0, skipped: plain(skipped) }) };
  // Sample folders are judged below the root every linted path shares, as in one call.
  const rootLength = lintCore().commonRootLength(sized.map((f) => f.show));
  const pending = startBatches(batches(sized), rootLength, bytes);
  return {
    finish: () => {
      const results = pending.finish();
      for (const r of results) skipped.push(...r.skipped);
      return { reports: results.map((r) => r.report), files: results.reduce((n, r) => n + r.files, 0), skipped: plain(skipped) };
    },
  };
}
