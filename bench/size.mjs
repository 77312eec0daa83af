// Sizes of what users download: the startup check's .wasm (what a cold start loads), the full
// Node core's .wasm, the source lint's .wasm, and the built
// browser page (every file in web-dist/, gzipped one by one as a server would send them).
// Usage: node bench/size.mjs
import { readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { isMain, KiB, ratio, root, row, table } from "./measure.mjs";

/**
 * The gzipped size the startup check's .wasm must stay under (issue 14: 60 KiB, so that compiling
 * it at every cold start costs about a millisecond). A floor committed to, not today's figure:
 * the ratio above 1 is the shortfall.
 */
export const BUDGET_GZIP_KIB = 60;

/** { raw, gzip } bytes of the files at `paths` (gzip -9 of each file, summed). */
function sizes(paths) {
  let raw = 0;
  let gzip = 0;
  for (const p of paths) {
    const bytes = readFileSync(p);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

function filesUnder(dir) {
  return readdirSync(dir)
    .map((n) => path.join(dir, n))
    .flatMap((p) => (statSync(p).isDirectory() ? filesUnder(p) : [p]));
}

/** The size rows of the results table. */
export function sizeRows() {
  const startup = sizes([path.join(root, "pkg-startup", "credcheck_startup_bg.wasm")]);
  const core = sizes([path.join(root, "pkg", "credcheck_bg.wasm")]);
  const lint = sizes([path.join(root, "pkg-lint", "credcheck_lint_bg.wasm")]);
  const page = filesUnder(path.join(root, "web-dist"));
  const web = sizes(page);
  const budget = BUDGET_GZIP_KIB * 1024;
  return [
    row("size: `pkg-startup/credcheck_startup_bg.wasm` (startup check), raw", KiB(startup.raw)),
    row("size: `pkg-startup/credcheck_startup_bg.wasm` (startup check), gzip -9", KiB(startup.gzip), "budget", `${BUDGET_GZIP_KIB} KiB`, ratio(startup.gzip, budget)),
    row("size: `pkg/credcheck_bg.wasm` (scan, explain), raw", KiB(core.raw)),
    row("size: `pkg/credcheck_bg.wasm` (scan, explain), gzip -9", KiB(core.gzip)),
    row("size: `pkg-lint/credcheck_lint_bg.wasm`, raw", KiB(lint.raw)),
    row("size: `pkg-lint/credcheck_lint_bg.wasm`, gzip -9", KiB(lint.gzip)),
    row("size: `web-dist/` page total, raw", `${KiB(web.raw)} (${page.length} files)`),
    row("size: `web-dist/` page total, gzip -9 per file", `${KiB(web.gzip)} (${page.length} files)`),
  ];
}

if (isMain(import.meta.url)) console.log(table(sizeRows()));
