// Builds everything: the wasm core (wasm-pack release + wasm-opt), the TypeScript, then the
// browser page (web-dist/).
// wasm-pack finds binaryen's wasm-opt on PATH; node_modules/.bin is put there so that running
// this script directly works as well as `npm run build`.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { copyFileSync, mkdirSync, readFileSync, chmodSync, rmSync } from "node:fs";
import { embedWasm, shareWasm, writeBase64Module } from "./embed-wasm.mjs";
import { buildEsm } from "./build-esm.mjs";
import { gzipSync } from "node:zlib";
import { buildWeb } from "./build-web.mjs";
import { writeRuleIds } from "./rule-ids.mjs";

const env = { ...process.env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}` };
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });

run("wasm-pack", ["build", "--release", "--target", "nodejs", "--out-dir", "pkg", "--out-name", "credcheck", "--no-pack"]);
// The startup check's own module, `checkEnvWire` alone: what require("credcheck") and
// assertCredentials compile at every cold start.
run("wasm-pack", ["build", "--release", "--target", "nodejs", "--out-dir", "pkg-startup", "--out-name", "credcheck_startup", "--no-pack", "--", "--no-default-features", "--features", "startup-only"]);
// The env core's other bindings (child checks and guards, health, secrets, rules...), without scan
// and explain: loaded on first use of those (js/wasm-core.ts).
run("wasm-pack", ["build", "--release", "--target", "nodejs", "--out-dir", "pkg-core", "--out-name", "credcheck_core", "--no-pack", "--", "--no-default-features"]);
// Bundlers move the code and not the .wasm beside it: these two modules carry their bytes.
embedWasm("pkg-startup", "credcheck_startup");
embedWasm("pkg-core", "credcheck_core");
// The same core for runtimes without fs (Cloudflare workerd, browsers): ES module, initSync().
run("wasm-pack", ["build", "--release", "--target", "web", "--out-dir", "pkg-web", "--out-name", "credcheck", "--no-pack"]);
// pkg/ and pkg-web/ build the same .wasm: Node's module reads pkg-web's, and the package ships one.
shareWasm("pkg", "credcheck", "pkg-web");
// The browser entry's copy, as a JavaScript module that every bundler follows.
writeBase64Module("pkg-web", "credcheck");
// The source lint as a module of its own (oxc and ruff's parser are large): `credcheck lint` and
// `scan` load it on first use; the startup check never does.
run("wasm-pack", ["build", "--release", "--target", "nodejs", "--out-dir", "pkg-lint", "--out-name", "credcheck_lint", "--no-pack", "--", "--features", "lint-only"]);
// Finding.rule's type: the union of the rule ids, generated from the core's RULES (never copied by hand).
writeRuleIds("js/rule-id.generated.ts");
rmSync("dist", { recursive: true, force: true });
run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"]);
mkdirSync("dist", { recursive: true });
for (const f of ["index.d.mts", "child.d.mts", "worker.d.mts", "browser.d.mts", "edge.d.mts"]) copyFileSync(`js/${f}`, `dist/${f}`);
// The ESM entries: real ES modules (a bundler's ESM output cannot require node builtins from CommonJS).
await buildEsm();
chmodSync("dist/cli.js", 0o755);

const wasm = readFileSync("pkg-web/credcheck_bg.wasm");
const kb = (n) => (n / 1024).toFixed(1);
console.log(`wasm size: ${kb(wasm.length)} KiB raw, ${kb(gzipSync(wasm, { level: 9 }).length)} KiB gzipped (pkg-web/credcheck_bg.wasm, shared by pkg/)`);
const startupWasm = readFileSync("pkg-startup/credcheck_startup_bg.wasm");
console.log(`startup wasm size: ${kb(startupWasm.length)} KiB raw, ${kb(gzipSync(startupWasm, { level: 9 }).length)} KiB gzipped (pkg-startup/credcheck_startup_bg.wasm)`);
const lintWasm = readFileSync("pkg-lint/credcheck_lint_bg.wasm");
console.log(`lint wasm size: ${kb(lintWasm.length)} KiB raw, ${kb(gzipSync(lintWasm, { level: 9 }).length)} KiB gzipped (pkg-lint/credcheck_lint_bg.wasm)`);

const page = buildWeb();
const total = page.reduce((a, f) => a + f.bytes, 0);
const gz = page.reduce((a, f) => a + f.gzip, 0);
console.log(`web page: ${kb(total)} KiB, ${kb(gz)} KiB gzipped (web-dist/, ${page.length} files)`);
