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
import ts from "typescript";
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

// [handler source, output format]: CommonJS to cjs, ESM to esm, and a TypeScript handler with
// import syntax to cjs (CDK NodejsFunction's default: the "import" condition, a CommonJS bundle).
for (const [source, format] of [["cjs", "cjs"], ["esm", "esm"], ["ts", "cjs"]]) {
  test(`esbuild --bundle --platform=node, a ${source} handler to --format=${format}: the startup check runs where the bundle is moved`, async () => {
    const entry = path.join(app, `handler-${source}-${format}.${{ cjs: "js", esm: "mjs", ts: "ts" }[source]}`);
    writeApp({ [path.basename(entry)]: handlers[source === "cjs" ? "cjs" : "esm"] });
    const outfile = path.join(app, "out", `${source}-${format}`, format === "cjs" ? "index.js" : "index.mjs");
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format, outfile, logLevel: "silent" });
    assert.deepEqual([...result.errors, ...result.warnings], []);
    const bundle = moveOut(outfile, `esbuild-node-${source}-${format}`);
    assertStartupCheck(bundle, format, `esbuild ${source} to ${format}`);
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

/** Runs webpack (Node API) with `config`; rejects with its errors and returns its warnings. */
async function webpack(config) {
  const { default: webpackFn } = await import("webpack");
  const stats = await new Promise((resolve, reject) => webpackFn(config, (err, st) => (err ? reject(err) : resolve(st))));
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual(info.errors.map((e) => e.message), [], "webpack errors");
  return info.warnings.map((w) => w.message);
}

for (const format of ["cjs", "esm"]) {
  test(`webpack --target node (${format} handler): the startup check runs where the bundle is moved`, async () => {
    const entry = path.join(app, `handler-${format}.${format === "cjs" ? "js" : "mjs"}`);
    writeApp({ [path.basename(entry)]: handlers[format] });
    const outDir = path.join(app, "out", `webpack-${format}`);
    await webpack({ mode: "production", target: "node", entry, context: app, output: { path: outDir, filename: "index.js", library: { type: "commonjs2" } } });
    const bundle = moveOut(path.join(outDir, "index.js"), `webpack-node-${format}`);
    assertStartupCheck(bundle, "cjs", `webpack ${format}`);
  });
}

test("webpack --target web: the browser entry runs in Chromium", async () => {
  writeApp({ "page.mjs": pageScript });
  const out = path.join(work, "run", "webpack-web");
  await webpack({ mode: "production", target: "web", entry: path.join(app, "page.mjs"), context: app, output: { path: out, filename: "page.js" }, performance: { hints: false } });
  writeFileSync(path.join(out, "index.html"), '<!doctype html><meta charset="utf-8"><script src="page.js"></script>');
  assertPage(await runPage(out), "webpack web");
});

const bin = (name) => path.join(root, "node_modules", ".bin", name);

test("bun build --target=node and --target=bun: the startup check runs where the bundle is moved", () => {
  writeApp({ "handler-esm.mjs": handlers.esm });
  for (const target of ["node", "bun"]) {
    const outfile = path.join(app, "out", `bun-${target}`, "index.mjs");
    const built = spawnSync(bin("bun"), ["build", path.join(app, "handler-esm.mjs"), `--target=${target}`, `--outfile=${outfile}`], { cwd: app, encoding: "utf8" });
    assert.equal(built.status, 0, built.stderr);
    // Bun replaces __dirname with the build machine's path. The startup check must not depend on
    // it; only the large modules' glue (pkg/, pkg-lint/, loaded on first use) may carry it.
    const pathLines = readFileSync(outfile, "utf8").split("\n").filter((l) => l.includes(app));
    for (const l of pathLines) assert.match(l, /^\s*var __dirname = ".*\/node_modules\/credcheck\/pkg(-lint)?";$/, `bun --target=${target}`);
    const bundle = moveOut(outfile, `bun-${target}`);
    if (target === "node") {
      assertStartupCheck(bundle, "esm", "bun --target=node");
    } else {
      const run = (key) => spawnSync(bin("bun"), ["-e", `import(${JSON.stringify(bundle)}).then((m) => m.handler()).then((r) => console.log(r.body), (e) => { console.error(e.name + ": " + e.message); process.exit(3); })`], { cwd: path.dirname(bundle), env: { PATH: process.env.PATH, OPENAI_API_KEY: key }, encoding: "utf8" });
      const ok = run(goodKey);
      assert.equal(ok.stdout.trim(), "ok", ok.stderr);
      const bad = run(placeholderKey);
      assert.equal(bad.status, 3, bad.stdout + bad.stderr);
      assert.match(bad.stderr, /^CredentialError: credcheck: 1 credential error:\n {2}- placeholder-key OPENAI_API_KEY/);
      assertNoLeak(bad.stdout + bad.stderr, placeholderKey, "bun --target=bun");
    }
  }
});

test("deno run with no permissions: checkEnv with an explicit env (ESM import of the npm package)", () => {
  writeApp({
    "deno.mjs": `import { checkEnv, assertCredentials, CredentialError } from "credcheck";
const ok = checkEnv({ env: { OPENAI_API_KEY: ${JSON.stringify(goodKey)} }, providers: ["openai"] }).summary.ok;
let bad;
try { assertCredentials({ env: { OPENAI_API_KEY: ${JSON.stringify(placeholderKey)} }, providers: ["openai"] }); } catch (e) { bad = e instanceof CredentialError ? e.message : String(e); }
console.log(JSON.stringify({ ok, bad }));
`,
  });
  const r = spawnSync(bin("deno"), ["run", "--no-prompt", "--node-modules-dir=manual", "deno.mjs"], { cwd: app, env: { PATH: process.env.PATH, HOME: process.env.HOME, DENO_NO_UPDATE_CHECK: "1", DENO_DIR: path.join(work, "deno-cache") }, encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const { ok, bad } = JSON.parse(r.stdout);
  assert.equal(ok, true);
  assert.match(bad, /^credcheck: 1 credential error:\n {2}- placeholder-key OPENAI_API_KEY/);
  assertNoLeak(r.stdout + r.stderr, placeholderKey, "deno");
});

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const s = createServer();
  await new Promise((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address();
  await new Promise((resolve) => s.close(resolve));
  return port;
}

test("raw workerd (no bundler): the workerd entry's modules load as they are and check the env binding", async () => {
  const dir = path.join(work, "workerd");
  const pkg = path.join(app, "node_modules", "credcheck");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "main.mjs"), `import { assertCredentials, CredentialError } from "credcheck/dist/worker.mjs";
export default {
  async fetch(request, env) {
    const bad = new URL(request.url).searchParams.has("bad");
    try {
      assertCredentials({ env: bad ? { OPENAI_API_KEY: env.PLACEHOLDER } : env, providers: ["openai"] });
      return new Response("ok");
    } catch (err) {
      return new Response(err instanceof CredentialError ? err.message : "not a CredentialError: " + err, { status: 500 });
    }
  },
};
`);
  const port = await freePort();
  const modules = [
    ["main.mjs", "esModule", path.join(dir, "main.mjs")],
    ["credcheck/dist/worker.mjs", "esModule", path.join(pkg, "dist", "worker.mjs")],
    ["credcheck/pkg-web/credcheck.js", "esModule", path.join(pkg, "pkg-web", "credcheck.js")],
    ["credcheck/pkg-web/credcheck_bg.wasm", "wasm", path.join(pkg, "pkg-web", "credcheck_bg.wasm")],
  ];
  for (const m of modules) {
    const copy = path.join(dir, m[0]);
    mkdirSync(path.dirname(copy), { recursive: true });
    if (copy !== m[2]) writeFileSync(copy, readFileSync(m[2]));
  }
  writeFileSync(path.join(dir, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [${modules.map(([name, kind]) => `(name = ${JSON.stringify(name)}, ${kind} = embed ${JSON.stringify(name)})`).join(", ")}],
  bindings = [(name = "OPENAI_API_KEY", text = ${JSON.stringify(goodKey)}), (name = "PLACEHOLDER", text = ${JSON.stringify(placeholderKey)})],
  compatibilityDate = "2025-01-01",
);
`);
  const { spawn } = await import("node:child_process");
  const proc = spawn(bin("workerd"), ["serve", path.join(dir, "config.capnp")], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  proc.stdout.on("data", (d) => (log += d));
  proc.stderr.on("data", (d) => (log += d));
  try {
    let res;
    for (let i = 0; i < 100 && !res; i++) {
      res = await fetch(`http://127.0.0.1:${port}/`).catch(() => new Promise((r) => setTimeout(r, 100)));
      if (proc.exitCode !== null) break;
    }
    assert.ok(res, `workerd did not start: ${log}`);
    assert.equal(await res.text(), "ok", log);
    const bad = await fetch(`http://127.0.0.1:${port}/?bad`);
    const body = await bad.text();
    assert.equal(bad.status, 500, body);
    assert.match(body, /^credcheck: 1 credential error:\n {2}- placeholder-key OPENAI_API_KEY/);
    assertNoLeak(body + log, placeholderKey, "workerd");
    assertNoLeak(log, goodKey, "workerd log");
  } finally {
    proc.kill();
  }
});

/**
 * Next.js: the README's instrumentation hook (assertCredentials at server start) plus a Node
 * route handler, built with `next build` (Turbopack) and `next build --webpack`, then started
 * with `next start`. The app lives under tests/artifacts/ so Next and React resolve from the
 * repository's node_modules (Turbopack refuses files outside its root); credcheck comes from the
 * packed tarball in the app's own node_modules.
 */
async function nextApp() {
  mkdirSync(path.join(root, "tests", "artifacts"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "tests", "artifacts", "next-"));
  mkdirSync(path.join(dir, "app", "api", "check"), { recursive: true });
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  execFileSync("cp", ["-r", path.join(app, "node_modules", "credcheck"), path.join(dir, "node_modules", "credcheck")]);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "next-app", private: true }));
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  // The README's instrumentation hook, transpiled here (not read from examples/nextjs/.build,
  // which only exists after examples.test.mjs has run).
  const hook = ts.transpileModule(readFileSync(path.join(root, "examples", "nextjs", "instrumentation.ts"), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(path.join(dir, "instrumentation.js"), hook.replace('models: ["gpt-4o", "claude-3-5-sonnet-20241022"], framework: "langchain"', 'providers: ["openai"]'));
  writeFileSync(path.join(dir, "app", "layout.js"), "export default function Layout({ children }) { return children; }\n");
  writeFileSync(path.join(dir, "app", "page.js"), "export default function Page() { return null; }\n");
  writeFileSync(path.join(dir, "app", "api", "check", "route.js"), `import { checkEnv, mask } from "credcheck";
export const dynamic = "force-dynamic";
export function GET() {
  const report = checkEnv({ providers: ["openai"] });
  return Response.json({ ok: report.summary.ok, masked: mask(process.env.OPENAI_API_KEY ?? "") });
}
`);
  // The edge runtime: credcheck resolves to the edge-light entry; the env is passed explicitly.
  mkdirSync(path.join(dir, "app", "api", "edge"), { recursive: true });
  writeFileSync(path.join(dir, "app", "api", "edge", "route.js"), `import { checkEnv, mask } from "credcheck";
export const runtime = "edge";
export const dynamic = "force-dynamic";
export function GET() {
  const env = { OPENAI_API_KEY: process.env.OPENAI_API_KEY };
  const report = checkEnv({ env, providers: ["openai"] });
  return Response.json({ ok: report.summary.ok, masked: mask(env.OPENAI_API_KEY ?? ""), edge: typeof EdgeRuntime === "string" });
}
`);
  return dir;
}

for (const bundler of ["turbopack", "webpack"]) {
  test(`next build (${bundler}) and next start: instrumentation, a Node route handler and an edge route handler`, { timeout: 240_000 }, async (t) => {
    const dir = await nextApp();
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1" };
    const built = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", ...(bundler === "webpack" ? ["--webpack"] : [])], { cwd: dir, env, encoding: "utf8", timeout: 200_000 });
    assert.equal(built.status, 0, built.stdout + built.stderr);
    const start = async (key) => {
      const port = await freePort();
      const { spawn } = await import("node:child_process");
      const proc = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env: { ...env, OPENAI_API_KEY: key }, stdio: ["ignore", "pipe", "pipe"], detached: true });
      let log = "";
      proc.stdout.on("data", (d) => (log += d));
      proc.stderr.on("data", (d) => (log += d));
      const exited = new Promise((resolve) => proc.on("exit", resolve));
      const get = (route) => fetch(`http://127.0.0.1:${port}/api/${route}`).then(async (r) => ({ status: r.status, text: await r.text() }));
      let res;
      for (let i = 0; i < 300 && !res && proc.exitCode === null; i++) {
        res = await get("check").catch(() => new Promise((r) => setTimeout(r, 100)));
      }
      const edge = res?.status === 200 ? await get("edge") : undefined;
      // next start runs the server in a child process: stop the whole group.
      if (proc.exitCode === null) process.kill(-proc.pid);
      await exited;
      return { res, edge, log };
    };
    const ok = await start(goodKey);
    assert.equal(ok.res?.status, 200, `${ok.res?.text}\n${ok.log}`);
    assert.deepEqual(JSON.parse(ok.res.text), { ok: true, masked: credcheck.mask(goodKey) });
    assert.equal(ok.edge?.status, 200, `edge: ${ok.edge?.text}\n${ok.log}`);
    assert.deepEqual(JSON.parse(ok.edge.text), { ok: true, masked: credcheck.mask(goodKey), edge: true });
    assertNoLeak(ok.log, goodKey, `next ${bundler}`);
    // A broken env: register() throws, and Next answers no request with the app.
    const bad = await start(placeholderKey);
    assert.notEqual(bad.res?.status, 200, `next ${bundler} served with a placeholder key: ${bad.res?.text}`);
    assert.match(bad.log, /credcheck: 1 credential error:\n {2}- placeholder-key OPENAI_API_KEY/, bad.log);
    assert.doesNotMatch(bad.log, /ENOENT/);
    assertNoLeak(bad.log, placeholderKey, `next ${bundler}`);
  });
}
