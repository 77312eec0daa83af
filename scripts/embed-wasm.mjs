// Makes a wasm-pack `--target nodejs` module carry its WebAssembly bytes instead of reading
// `${__dirname}/<name>_bg.wasm` at require time. Bundlers (esbuild, webpack, Bun, Next.js) move
// the code and not the file beside it, so the read fails with ENOENT at cold start; a module that
// holds its own bytes survives any bundler with no loader configuration.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Rewrites `<dir>/<name>.js` (wasm-pack's output) to compile its wasm from base64 held in a
 * sibling CommonJS module, `<dir>/<name>_bg.wasm.js`, that it `require`s. The bytes are in a
 * module of their own, not inline, because Node's ESM loader lexes a CommonJS module it imports
 * (cjs-module-lexer) to find its exports, and the ES build imports this one: with the bytes inline
 * that meant lexing half a megabyte of base64 at every ESM cold start. A module that is only
 * require()d is never lexed. Throws if wasm-pack's read of the file is not found exactly once (a new
 * wasm-bindgen that loads differently must be looked at, not silently left reading the file).
 * Returns the size of the two modules in bytes.
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
  const bytes =
    `// ${name}_bg.wasm, embedded by scripts/embed-wasm.mjs (base64: parsed and decoded faster than an array literal).\n` +
    `module.exports = Buffer.from("${base64}", "base64");\n`;
  writeFileSync(path.join(dir, `${name}_bg.wasm.js`), bytes);
  const embedded = `// The wasm bytes travel with the code (bundlers move modules, not files); see scripts/embed-wasm.mjs.\nconst wasmBytes = require('./${name}_bg.wasm.js');\n`;
  const out = source.slice(0, at) + embedded + source.slice(at + read.length);
  writeFileSync(js, out);
  return Buffer.byteLength(out) + Buffer.byteLength(bytes);
}

/**
 * Writes `<dir>/<name>_bg.wasm.base64.js`, an ES module whose default export is the wasm's bytes
 * in base64: what the browser entry imports, so bundlers need no loader for .wasm.
 */
export function writeBase64Module(dir, name) {
  const base64 = readFileSync(path.join(dir, `${name}_bg.wasm`)).toString("base64");
  writeFileSync(path.join(dir, `${name}_bg.wasm.base64.js`), `// ${name}_bg.wasm in base64, written by scripts/embed-wasm.mjs.\nexport default "${base64}";\n`);
}

/**
 * Points wasm-pack's nodejs module in `<dir>` at the identical .wasm of another build
 * (`<other>/<name>_bg.wasm`, relative), so the package ships that file once. Throws if the
 * nodejs module does not read its file as expected.
 */
export function shareWasm(dir, name, other) {
  const js = path.join(dir, `${name}.js`);
  const source = readFileSync(js, "utf8");
  const own = `const wasmPath = \`\${__dirname}/${name}_bg.wasm\`;\n`;
  if (source.split(own).length !== 2) throw new Error(`embed-wasm: ${js} does not read ${name}_bg.wasm as expected; update scripts/embed-wasm.mjs`);
  const a = readFileSync(path.join(dir, `${name}_bg.wasm`));
  const b = readFileSync(path.join(other, `${name}_bg.wasm`));
  if (!a.equals(b)) throw new Error(`embed-wasm: ${dir} and ${other} built different ${name}_bg.wasm; they cannot share one`);
  const rel = path.relative(dir, other).split(path.sep).join("/");
  writeFileSync(js, source.replace(own, `// The same bytes as ${other}/${name}_bg.wasm, shipped once (scripts/embed-wasm.mjs).\nconst wasmPath = \`\${__dirname}/${rel}/${name}_bg.wasm\`;\n`));
}
