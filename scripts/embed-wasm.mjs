// Makes a wasm-pack `--target nodejs` module carry its WebAssembly bytes instead of reading
// `${__dirname}/<name>_bg.wasm` at require time. Bundlers (esbuild, webpack, Bun, Next.js) move
// the code and not the file beside it, so the read fails with ENOENT at cold start; a module that
// holds its own bytes survives any bundler with no loader configuration.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Rewrites `<dir>/<name>.js` (wasm-pack's output) to compile its wasm from base64 embedded in the
 * same file. Throws if wasm-pack's read of the file is not found exactly once (a new
 * wasm-bindgen that loads differently must be looked at, not silently left reading the file).
 * Returns the size of the rewritten module in bytes.
 */
export function embedWasm(dir, name) {
  const js = path.join(dir, `${name}.js`);
  const source = readFileSync(js, "utf8");
  const read = `const wasmPath = \`\${__dirname}/${name}_bg.wasm\`;\nconst wasmBytes = require('fs').readFileSync(wasmPath);\n`;
  const at = source.indexOf(read);
  if (at < 0 || source.indexOf(read, at + 1) >= 0) {
    throw new Error(`embed-wasm: ${js} does not read ${name}_bg.wasm the way wasm-bindgen 0.2.130 does; update scripts/embed-wasm.mjs`);
  }
  const base64 = readFileSync(path.join(dir, `${name}_bg.wasm`)).toString("base64");
  const embedded =
    `// ${name}_bg.wasm, embedded by scripts/embed-wasm.mjs (base64: parsed and decoded faster than an array literal).\n` +
    `const wasmBytes = Buffer.from("${base64}", "base64");\n`;
  const out = source.slice(0, at) + embedded + source.slice(at + read.length);
  writeFileSync(js, out);
  return Buffer.byteLength(out);
}
