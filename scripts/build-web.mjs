// Builds web-dist/: the browser page (web/) with the ES-module core from pkg-web/, a folder any
// static host can serve. The page's Content-Security-Policy has connect-src 'none', which also
// forbids fetch()ing the .wasm, so the module's bytes ship inside a JavaScript module (base64)
// and the page instantiates them from memory.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

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
  copyFileSync(path.join(pkg, "credcheck.js"), path.join(out, "credcheck.js"));
  const wasm = readFileSync(path.join(pkg, "credcheck_bg.wasm"));
  writeFileSync(
    path.join(out, "credcheck_bg.wasm.js"),
    `// The credcheck core (pkg-web/credcheck_bg.wasm), base64: the page's CSP forbids fetching it.\nexport const wasmBase64 = "${wasm.toString("base64")}";\n`,
  );
  return readdirSync(out).map((name) => ({ name, bytes: statSync(path.join(out, name)).size, gzip: gzipSync(readFileSync(path.join(out, name)), { level: 9 }).length }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = buildWeb();
  const kb = (n) => (n / 1024).toFixed(1);
  const total = files.reduce((a, f) => a + f.bytes, 0);
  const gz = files.reduce((a, f) => a + f.gzip, 0);
  console.log(`web-dist: ${files.length} files, ${kb(total)} KiB, ${kb(gz)} KiB gzipped`);
}
