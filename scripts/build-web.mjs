// Builds web-dist/: the browser page (web/) with the core from pkg-web/, a folder any static host
// can serve, and that also works opened straight from disk (file://). The page's
// Content-Security-Policy has connect-src 'none', which also forbids fetch()ing the .wasm, so the
// module's bytes ship inside JavaScript (base64) and the page instantiates them from memory.
// Browsers refuse ES modules from file:// (an opaque origin), so app.js, the core's glue and its
// bytes are bundled (esbuild) into one classic deferred script.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Writes `out` (default web-dist/) and returns its files with their sizes. */
export function buildWeb(out = path.join(root, "web-dist")) {
  const web = path.join(root, "web");
  const pkg = path.join(root, "pkg-web");
  for (const f of ["credcheck.js", "credcheck_bg.wasm"]) {
    try {
      statSync(path.join(pkg, f));
    } catch {
      throw new Error(`build-web: ${path.join("pkg-web", f)} is missing; run npm run build first`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(web)) copyFileSync(path.join(web, name), path.join(out, name));
  // The modules app.js imports, beside it for the bundler, then folded into it and removed.
  const glue = path.join(out, "credcheck.js");
  const bytes = path.join(out, "credcheck_bg.wasm.js");
  copyFileSync(path.join(pkg, "credcheck.js"), glue);
  const wasm = readFileSync(path.join(pkg, "credcheck_bg.wasm"));
  writeFileSync(
    bytes,
    `// The credcheck core (pkg-web/credcheck_bg.wasm), base64: the page's CSP forbids fetching it.\nexport const wasmBase64 = "${wasm.toString("base64")}";\n`,
  );
  buildSync({
    entryPoints: [path.join(out, "app.js")],
    outfile: path.join(out, "app.js"),
    allowOverwrite: true,
    bundle: true,
    format: "iife",
    target: "es2020",
    logLevel: "error",
    // The glue's default `new URL("credcheck_bg.wasm", import.meta.url)` is never reached: the
    // page passes the bytes to init().
    logOverride: { "empty-import-meta": "silent" },
  });
  rmSync(glue);
  rmSync(bytes);
  const html = path.join(out, "index.html");
  const page = readFileSync(html, "utf8");
  const tag = '<script type="module" src="app.js"></script>';
  if (!page.includes(tag)) throw new Error(`build-web: web/index.html no longer loads app.js as ${tag}`);
  writeFileSync(html, page.replace(tag, '<script defer src="app.js"></script>'));
  return readdirSync(out).map((name) => ({ name, bytes: statSync(path.join(out, name)).size, gzip: gzipSync(readFileSync(path.join(out, name)), { level: 9 }).length }));
}

// `npm run web:build [-- DIR]`: writes web-dist/ (or DIR) from the current pkg-web/ build.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  let files;
  try {
    files = buildWeb(out);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
  const kb = (n) => (n / 1024).toFixed(1);
  const total = files.reduce((a, f) => a + f.bytes, 0);
  const gz = files.reduce((a, f) => a + f.gzip, 0);
  console.log(`${path.relative(process.cwd(), out ?? path.join(root, "web-dist")) || "."}: ${files.length} files, ${kb(total)} KiB, ${kb(gz)} KiB gzipped`);
}
