// The package as bundlers see it: `npm pack`, install the tarball into a throwaway project, bundle
// an app with the real tool and no configuration beyond the tool's defaults (no loader, no
// `external`), move the output where there is no node_modules, and run it. One packed tarball and
// one install are shared by every case, to keep this file within a few minutes on 2 cores.
import test, { after, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";
import { assertNoLeak, credcheck, root } from "./helpers.mjs";

/** A well-formed OpenAI key (fake) and a placeholder of the same length. */
const goodKey = credcheck.sampleKeys(3).find((k) => k.provider === "openai").key;
const placeholderKey = `sk-proj-${"x".repeat(goodKey.length - 8)}`;

let work; // temp dir: app/ (the project with credcheck installed) and run/ (bundles, no node_modules)
let app;

before(() => {
  work = mkdtempSync(path.join(tmpdir(), "credcheck-bundlers-"));
  app = path.join(work, "app");
  mkdirSync(app);
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true, version: "1.0.0" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", path.join(work, packed[0].filename)], { cwd: app, stdio: "ignore" });
});

let browserPromise;
after(async () => {
  await (await browserPromise?.catch(() => null))?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Writes `files` ({ name: text }) into the app project. */
function writeApp(files) {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(app, name), text);
}

/** Moves `file` into a fresh directory outside the project (no node_modules above it); returns its new path. */
function moveOut(file, name) {
  const dir = path.join(work, "run", name);
  mkdirSync(dir, { recursive: true });
  const to = path.join(dir, path.basename(file));
  renameSync(file, to);
  return to;
}

/** Runs node with exactly `env` (plus PATH) in the bundle's directory. */
function node(args, env, cwd) {
  return spawnSync(process.execPath, args, { cwd, env: { PATH: process.env.PATH, ...env }, encoding: "utf8", timeout: 30_000 });
}

/** The Lambda-style handler, checked at cold start (module top level), in CommonJS or ESM. */
const handlers = {
  cjs: `const { assertCredentials, explainError } = require("credcheck");
assertCredentials({ providers: ["openai"] });
exports.handler = async () => ({ statusCode: 200, body: "ok" });
exports.explain = () => explainError(new Error("401 Incorrect API key provided"));
`,
  esm: `import { assertCredentials, explainError } from "credcheck";
assertCredentials({ providers: ["openai"] });
export const handler = async () => ({ statusCode: 200, body: "ok" });
export const explain = () => explainError(new Error("401 Incorrect API key provided"));
`,
};

/** Loads the bundle as Lambda's runtime does (require or import), calls the handler, prints the body. */
function invoke(bundle, format, call = "handler") {
  const load = format === "cjs" ? `new Promise((resolve) => resolve(require(${JSON.stringify(bundle)})))` : `import(${JSON.stringify(pathToFileURL(bundle).href)})`;
  return `${load}.then((m) => m.${call}()).then((r) => console.log(r.body ?? JSON.stringify(r)), (e) => { console.error(e.name + ": " + e.message); process.exit(3); });`;
}

/** Asserts the moved bundle starts on a good env, and fails at load with a masked CredentialError on a placeholder. */
function assertStartupCheck(bundle, format, label) {
  const dir = path.dirname(bundle);
  const ok = node(["-e", invoke(bundle, format)], { OPENAI_API_KEY: goodKey }, dir);
  assert.equal(ok.status, 0, `${label} on a good env: ${ok.stderr}`);
  assert.equal(ok.stdout.trim(), "ok", label);
  const bad = node(["-e", invoke(bundle, format)], { OPENAI_API_KEY: placeholderKey }, dir);
  assert.equal(bad.status, 3, `${label} on a placeholder: ${bad.stdout}${bad.stderr}`);
  assert.match(bad.stderr, /^CredentialError: credcheck: 1 credential error:\n {2}- placeholder-key OPENAI_API_KEY/, label);
  assert.doesNotMatch(bad.stderr, /ENOENT|Dynamic require|__dirname/, label);
  assertNoLeak(bad.stdout + bad.stderr, placeholderKey, label);
  const good = node(["-e", invoke(bundle, format)], { OPENAI_API_KEY: goodKey, ANTHROPIC_API_KEY: goodKey }, dir);
  assertNoLeak(good.stdout + good.stderr, goodKey, label);
}

for (const format of ["cjs", "esm"]) {
  test(`esbuild --bundle --platform=node --format=${format}: the startup check runs where the bundle is moved`, async () => {
    const entry = path.join(app, `handler-${format}.${format === "cjs" ? "js" : "mjs"}`);
    writeApp({ [path.basename(entry)]: handlers[format] });
    const outfile = path.join(app, "out", format, format === "cjs" ? "index.js" : "index.mjs");
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format, outfile, logLevel: "silent" });
    assert.deepEqual(result.errors, []);
    const bundle = moveOut(outfile, `esbuild-node-${format}`);
    assertStartupCheck(bundle, format, `esbuild ${format}`);
    // The full core stays a file beside the package: a bundled call that needs it says so.
    const explain = node(["-e", invoke(bundle, format, "explain")], { OPENAI_API_KEY: goodKey }, path.dirname(bundle));
    assert.equal(explain.status, 3, explain.stdout);
    assert.match(explain.stderr, /^Error: credcheck: scanning configs and explaining errors needs pkg\/credcheck_bg\.wasm .*a bundler moved the code without it/);
    const kb = statSync(bundle).size / 1024;
    assert.ok(kb < 1024, `esbuild ${format} bundle is ${kb.toFixed(0)} KiB`);
  });
}

/** The page's script: the browser entry's API, sync, with the env passed explicitly. */
const pageScript = `import { assertCredentials, checkEnv, CredentialError } from "credcheck";
const result = { ok: checkEnv({ env: { OPENAI_API_KEY: ${JSON.stringify(goodKey)} }, providers: ["openai"] }).summary.ok };
try {
  assertCredentials({ env: { OPENAI_API_KEY: ${JSON.stringify(placeholderKey)} }, providers: ["openai"] });
  result.bad = "did not throw";
} catch (err) {
  result.bad = err instanceof CredentialError ? err.message : "not a CredentialError: " + err;
}
globalThis.credcheckResult = result;
`;

/** Serves `dir` on 127.0.0.1, opens its index.html in Debian's Chromium, returns what the page computed and its errors. */
async function runPage(dir) {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/\/$/, "/index.html"));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html" : file.endsWith(".js") || file.endsWith(".mjs") ? "text/javascript" : "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  browserPromise ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  const page = await (await browserPromise).newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => globalThis.credcheckResult, null, { timeout: 15_000 }).catch(() => {});
    return { result: await page.evaluate(() => globalThis.credcheckResult), errors };
  } finally {
    await page.close();
    server.close();
  }
}

/** Asserts the page checked a good env and threw a masked CredentialError on a placeholder. */
function assertPage({ result, errors }, label) {
  assert.deepEqual(errors, [], label);
  assert.ok(result, `${label}: the page never finished`);
  assert.equal(result.ok, true, label);
  assert.match(result.bad, /^credcheck: 1 credential error:\n {2}- placeholder-key OPENAI_API_KEY/, label);
  assertNoLeak(result.bad, placeholderKey, label);
}

test("esbuild --bundle --platform=browser: the browser entry runs in Chromium", async () => {
  writeApp({ "page.mjs": pageScript });
  const out = path.join(work, "run", "esbuild-browser");
  const result = await esbuild.build({ entryPoints: [path.join(app, "page.mjs")], bundle: true, platform: "browser", outfile: path.join(out, "page.js"), logLevel: "silent" });
  assert.deepEqual([...result.errors, ...result.warnings], []);
  writeFileSync(path.join(out, "index.html"), '<!doctype html><meta charset="utf-8"><script src="page.js"></script>');
  assert.doesNotMatch(readFileSync(path.join(out, "page.js"), "utf8"), /node:fs|__dirname|readFileSync/);
  assertPage(await runPage(out), "esbuild browser");
});

test("vite build: the browser entry runs in Chromium", async () => {
  const vite = await import("vite");
  const dir = path.join(app, "vite");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><script type="module" src="./main.mjs"></script>');
  writeFileSync(path.join(dir, "main.mjs"), pageScript);
  const out = path.join(work, "run", "vite");
  await vite.build({ root: dir, logLevel: "silent", configFile: false, build: { outDir: out, emptyOutDir: true } });
  assertPage(await runPage(out), "vite");
});
