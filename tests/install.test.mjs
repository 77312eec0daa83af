// The package as people install and keep it: `npm pack`, install the tarball into a throwaway
// project, and drive the installed CLI and API as a user would (the JS API contract for plain JS,
// CLI conventions, ignores, the project config, the baseline, health). One pack and one install
// are shared by every case.
import test, { after, before } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { assertNoLeak, credcheck, root } from "./helpers.mjs";

const openai = credcheck.sampleKeys(5).find((k) => k.provider === "openai");
const goodKey = openai.key;
const otherKey = credcheck.sampleKeys(6).find((k) => k.provider === "openai").key;

let work; // temp dir: app/ has credcheck installed from the tarball
let app;
let bin;

before(() => {
  work = mkdtempSync(path.join(tmpdir(), "credcheck-install-"));
  app = path.join(work, "app");
  mkdirSync(app);
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true, version: "1.0.0" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", path.join(work, packed[0].filename)], { cwd: app, stdio: "ignore" });
  bin = path.join(app, "node_modules", ".bin", "credcheck");
});

after(() => rmSync(work, { recursive: true, force: true }));

/** A fresh project directory (under the app, so credcheck resolves) holding `files`. */
function project(files) {
  const dir = mkdtempSync(path.join(app, "p-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Runs the installed CLI in `cwd` with exactly `env` (plus PATH). */
function run(args, cwd, env = {}) {
  const r = spawnSync(bin, args, { cwd, env: { PATH: process.env.PATH, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `code` with node in the app (CommonJS), printing what it logs. */
function js(code, env = {}) {
  const r = spawnSync(process.execPath, ["-e", code], { cwd: app, env: { PATH: process.env.PATH, ...env }, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
}

// ---- 1. The JS API contract, from plain JS -------------------------------------------------

test("assertCredentials asked for nothing in an environment without credentials throws no-credentials, with the fix", () => {
  const r = js(`const c = require("credcheck");
    try { c.assertCredentials({ env: {} }); console.log("passed"); }
    catch (e) { console.log(e.name, e.findings.map((f) => f.rule + ":" + f.severity).join(","), /--provider or --model/.test(e.message)); }
    console.log(c.checkEnv({ env: {} }).findings.map((f) => f.rule + ":" + f.severity).join(","));`);
  assert.equal(r.stdout, "CredentialError no-credentials:error true\nno-credentials:info", r.stderr);
});

test("an unknown option name from plain JS is a TypeError naming it and the valid ones", () => {
  for (const call of [`c.checkEnv({ env: {}, model: "gpt-4o" })`, `c.assertCredentials({ env: {}, model: ["gpt-4o"] })`, `c.checkEnvFiles([], { model: "gpt-4o" })`]) {
    const r = js(`const c = require("credcheck"); try { ${call}; console.log("no error"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }`);
    assert.match(r.stdout, /^TypeError: credcheck: \w+ has no option "model" \(did you mean models\?\); its options are .*providers, models/, `${call}: ${r.stdout}${r.stderr}`);
  }
});

test("providers as one string is one provider; another type is a TypeError naming the option", () => {
  const r = js(`const c = require("credcheck");
    console.log(c.checkEnv({ env: { OPENAI_API_KEY: "" }, providers: "openai" }).findings.map((f) => f.rule).join(","));
    try { c.checkEnv({ env: {}, providers: { openai: true } }); } catch (e) { console.log(e.constructor.name + ": " + e.message); }`);
  assert.equal(r.stdout.split("\n")[0], "empty-key", r.stderr);
  assert.match(r.stdout.split("\n")[1], /^TypeError: credcheck: providers must be a string or an array of strings, not a object/);
});

test("installGuards and checkChildEnv understand provider ids, model names and variable names; an unknown name throws", () => {
  const r = js(`const child = require("credcheck/child");
    for (const name of ["anthropic", "claude-3-5-sonnet-20241022", "ANTHROPIC_API_KEY"]) {
      const report = child.checkChildEnv({ launch: "spawn", env: { PATH: "/bin" }, parentEnv: {}, required: [name] });
      console.log(name, report.findings.map((f) => f.rule + ":" + f.provider).join(","));
    }
    try { child.installGuards({ required: ["OPENAI_KEY"] }); console.log("installed"); } catch (e) { console.log("threw", e.message); }
    try { child.installGuards({ require: ["openai"] }); console.log("installed"); } catch (e) { console.log(e.constructor.name, e.message); }
    const remove = child.installGuards({ required: ["OPENAI_API_KEY"] });
    try { require("node:child_process").spawnSync("true", [], { env: {} }); console.log("spawned"); } catch (e) { console.log(e.name, e.findings.map((f) => f.rule).join(",")); }
    remove();`, { OPENAI_API_KEY: goodKey });
  const lines = r.stdout.split("\n");
  assert.deepEqual(lines.slice(0, 3), ["anthropic missing-key:anthropic", "claude-3-5-sonnet-20241022 missing-key:anthropic", "ANTHROPIC_API_KEY missing-key:anthropic"], r.stderr);
  assert.match(lines[3], /^threw .*"OPENAI_KEY" is not a provider id, a credential variable or a model/);
  assert.match(lines[4], /^TypeError credcheck: installGuards has no option "require" \(did you mean required\?\)/);
  assert.equal(lines[5], "CredentialError env-not-propagated");
  assertNoLeak(r.stdout + r.stderr, goodKey, "guards", openai.shape);
});

// ---- 2. CLI conventions --------------------------------------------------------------------

/** A .env with one warning (a key set twice, to different values) and nothing else. */
const warningOnly = { ".env": `OPENAI_API_KEY=${goodKey}\nOPENAI_API_KEY=${otherKey}\n` };

test("--max-warnings N exits 1 when warnings exceed N (as eslint); --quiet reports errors only", () => {
  const dir = project(warningOnly);
  const plain = run(["scan", "--no-lint"], dir);
  assert.equal(plain.status, 0, plain.stdout + plain.stderr);
  assert.match(plain.stdout, /warning .*\[duplicate-env-key\]/);
  assert.equal(run(["scan", "--no-lint", "--max-warnings", "1"], dir).status, 0);
  const over = run(["scan", "--no-lint", "--max-warnings", "0"], dir);
  assert.equal(over.status, 1);
  assert.match(over.stderr, /1 warning, more than --max-warnings 0 allows/);
  const quiet = run(["scan", "--no-lint", "--quiet", "-f", "json"], dir);
  assert.equal(quiet.status, 0);
  assert.deepEqual(JSON.parse(quiet.stdout).findings, []);
  // --quiet hides warnings but --max-warnings still counts them.
  assert.equal(run(["scan", "--no-lint", "-q", "--max-warnings", "0"], dir).status, 1);
  assert.equal(run(["scan", "--max-warnings", "many"], dir).status, 2);
});

test("-o FILE writes the report there and nothing to stdout; colour only when asked (FORCE_COLOR) or on a terminal, never with NO_COLOR", () => {
  const dir = project(warningOnly);
  const out = run(["scan", "--no-lint", "-f", "sarif", "-o", "report.sarif"], dir);
  assert.equal(out.status, 0, out.stderr);
  assert.equal(out.stdout, "");
  assert.equal(JSON.parse(readFileSync(path.join(dir, "report.sarif"), "utf8")).runs[0].results[0].ruleId, "duplicate-env-key");
  assert.ok(!run(["scan", "--no-lint"], dir).stdout.includes("\u001b["), "no colour into a pipe");
  assert.match(run(["scan", "--no-lint"], dir, { FORCE_COLOR: "1" }).stdout, /\u001b\[33mwarning\u001b\[0m/);
  assert.ok(!run(["scan", "--no-lint"], dir, { NO_COLOR: "1" }).stdout.includes("\u001b["));
  const tty = spawnSync("script", ["-qec", `${bin} scan --no-lint`, "/dev/null"], { cwd: dir, env: { PATH: process.env.PATH, TERM: "xterm" }, encoding: "utf8" });
  if (tty.error) return; // no script(1) here: the terminal case is covered by FORCE_COLOR above
  assert.match(tty.stdout, /\u001b\[33mwarning/);
  const ttyNoColour = spawnSync("script", ["-qec", `${bin} scan --no-lint`, "/dev/null"], { cwd: dir, env: { PATH: process.env.PATH, TERM: "xterm", NO_COLOR: "1" }, encoding: "utf8" });
  assert.ok(!ttyNoColour.stdout.includes("\u001b[3"), ttyNoColour.stdout);
});

/** A local server answering every request with `status`. */
async function server(status) {
  const s = createServer((req, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(status === 200 ? '{"data":[]}' : JSON.stringify({ error: { message: "Incorrect API key provided", code: "invalid_api_key" } }));
  });
  s.listen(0, "127.0.0.1");
  await once(s, "listening");
  return s;
}

/** The installed CLI, asynchronously (a local server must answer meanwhile). */
function runAsync(args, env) {
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: app, env: { PATH: process.env.PATH, ...env }, encoding: "utf8" }, (err, stdout, stderr) => resolve({ status: err ? err.code : 0, stdout, stderr }));
  });
}

test("credcheck health makes the provider's request against a local server: 200 is exit 0, 401 exit 1 with the fix", async (t) => {
  for (const [status, exit, outcome] of [[200, 0, "ok"], [401, 1, "invalid-key"]]) {
    const s = await server(status);
    t.after(() => s.close());
    const env = { OPENAI_API_KEY: goodKey, OPENAI_BASE_URL: `http://127.0.0.1:${s.address().port}/v1` };
    const r = await runAsync(["health", "-p", "openai"], env);
    assert.equal(r.status, exit, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`openai: ${outcome}`));
    if (exit) assert.match(r.stdout, /fix: /);
    const json = await runAsync(["health", "-f", "json"], env); // default: the providers whose keys are set
    assert.equal(JSON.parse(json.stdout)[0].outcome, outcome);
    assertNoLeak(r.stdout + r.stderr + json.stdout, goodKey, "health", openai.shape);
  }
  assert.equal((await runAsync(["health", "-p", "nosuch"], {})).status, 2);
  assert.equal((await runAsync(["health"], {})).status, 2, "no key set and no provider named");
});

// ---- 3. Ignores ------------------------------------------------------------------------------

const placeholder = "OPENAI_API_KEY=your-api-key\n";

test(".gitignore is honoured (--no-gitignore reads it all), .credcheckignore and --exclude leave paths out", () => {
  const dir = project({ ".gitignore": "local/\n", "local/.env": placeholder, "vendor/.env": placeholder, "gen/.env": placeholder, ".credcheckignore": "vendor/\n", ".env": `OPENAI_API_KEY=${goodKey}\n` });
  mkdirSync(path.join(dir, ".git"));
  const files = (args) => {
    const r = run(["scan", "--no-lint", "-f", "json", ...args], dir);
    return [...new Set(JSON.parse(r.stdout).findings.map((f) => f.location.file))].sort();
  };
  assert.deepEqual(files([]), ["gen/.env"]);
  assert.deepEqual(files(["--no-gitignore"]), ["gen/.env", "local/.env"]);
  assert.deepEqual(files(["--exclude", "gen/"]), []);
  assert.deepEqual(files(["--exclude", "gen/*.env", "--exclude", "nothing"]), []);
  // A .gitignore above the scanned directory (up to the repository root) counts too.
  assert.deepEqual(JSON.parse(run(["scan", "--no-lint", "-f", "json", "local"], dir).stdout).findings, []);
  // A file named on the command line (as a pre-commit hook passes it) that is excluded is listed as skipped.
  const named = run(["scan", "vendor/.env"], dir);
  assert.equal(named.status, 0);
  assert.match(named.stderr, /skipped vendor\/\.env: ignored by \.credcheckignore/);
});

test("credcheck-ignore comments silence findings in .env and Compose files, by rule id", () => {
  const dir = project({
    ".env": `# credcheck-ignore placeholder-key -- CI fills it in\n${placeholder}`,
    "other.env": `# credcheck-ignore empty-key\n${placeholder}`,
    "compose.yaml": "services:\n  api:\n    image: app\n    environment:\n      # credcheck-ignore empty-key -- the platform injects it\n      OPENAI_API_KEY: \"\"\n",
  });
  const r = run(["scan", "--no-lint", "-f", "json"], dir);
  const found = JSON.parse(r.stdout).findings.map((f) => `${f.rule} ${f.location.file}`);
  assert.deepEqual(found, ["placeholder-key other.env"]);
});

// ---- 4. Project config -------------------------------------------------------------------

test("credcheck.config.json: rule levels apply to text, JSON, SARIF and the exit status; providers reach env", () => {
  const dir = project({ ...warningOnly, "credcheck.config.json": JSON.stringify({ rules: { "duplicate-env-key": "error" } }) });
  const text = run(["scan", "--no-lint"], dir);
  assert.equal(text.status, 1);
  assert.match(text.stdout, /^error .*\[duplicate-env-key\]/m);
  assert.equal(JSON.parse(run(["scan", "--no-lint", "-f", "json"], dir).stdout).findings[0].severity, "error");
  assert.equal(JSON.parse(run(["scan", "--no-lint", "-f", "sarif"], dir).stdout).runs[0].results[0].level, "error");
  const sub = path.join(dir, "sub");
  mkdirSync(sub);
  assert.equal(run(["scan", "--no-lint", ".."], sub).status, 1, "found from a subdirectory too");
  writeFileSync(path.join(dir, "credcheck.config.json"), JSON.stringify({ rules: { "duplicate-env-key": "off" } }));
  assert.deepEqual(JSON.parse(run(["scan", "--no-lint", "-f", "json"], dir).stdout).findings, []);
  const pkg = project({ "package.json": JSON.stringify({ name: "x", credcheck: { providers: ["anthropic"], exclude: ["skip/"] } }), "skip/.env": placeholder });
  const env = run(["env", "-f", "json"], pkg, { OPENAI_API_KEY: goodKey });
  assert.ok(JSON.parse(env.stdout).findings.some((f) => f.rule === "missing-key" && f.provider === "anthropic"), env.stdout);
  assert.deepEqual(JSON.parse(run(["scan", "--no-lint", "-f", "json"], pkg).stdout).findings, []);
});

test("a config with an unknown key, rule id or level is a usage error naming the file", () => {
  for (const [config, what] of [[{ rule: {} }, /unknown key "rule"/], [{ rules: { "duplicate-env-keys": "off" } }, /unknown rule "duplicate-env-keys"/], [{ rules: { "duplicate-env-key": "warn" } }, /warn/], [{ providers: "openai" }, /providers must be an array/]]) {
    const dir = project({ ...warningOnly, "credcheck.config.json": JSON.stringify(config) });
    const r = run(["scan", "--no-lint"], dir);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /credcheck\.config\.json/);
    assert.match(r.stderr, what);
  }
  const dir = project({ ".env": placeholder, "credcheck.config.json": "{ not json" });
  assert.match(run(["env"], dir).stderr, /credcheck\.config\.json is not valid JSON/);
});

// ---- 5. Baseline ---------------------------------------------------------------------------

test("--write-baseline then --baseline: accepted findings stay quiet when lines move, new ones are reported, no secret is stored", () => {
  const literal = `const client = new OpenAI({ apiKey: "${goodKey}" });\n`;
  const dir = project({ "app.js": literal, ".env": placeholder });
  const first = run(["scan", "--write-baseline", "credcheck-baseline.json"], dir);
  assert.equal(first.status, 1, "the run that writes the baseline still reports");
  const stored = readFileSync(path.join(dir, "credcheck-baseline.json"), "utf8");
  assert.ok(JSON.parse(stored).findings.length >= 2, stored);
  assertNoLeak(stored, goodKey, "baseline", openai.shape);
  // Lines added above each finding: still accepted.
  writeFileSync(path.join(dir, "app.js"), `// a comment\n\n${literal}`);
  writeFileSync(path.join(dir, ".env"), `# header\n${placeholder}`);
  const again = run(["scan", "--baseline", "credcheck-baseline.json", "-f", "json"], dir);
  assert.equal(again.status, 0, again.stdout);
  assert.deepEqual(JSON.parse(again.stdout).findings, []);
  // A new problem is reported.
  writeFileSync(path.join(dir, ".env"), `# header\n${placeholder}GROQ_API_KEY=your-api-key\n`);
  const fresh = run(["scan", "--baseline", "credcheck-baseline.json", "-f", "json"], dir);
  assert.equal(fresh.status, 1);
  assert.deepEqual(JSON.parse(fresh.stdout).findings.map((f) => `${f.rule} ${f.location.env}`), ["placeholder-key GROQ_API_KEY"]);
  assert.equal(run(["scan", "--baseline", "missing.json"], dir).status, 2);
});

// ---- 6. pre-commit hook and GitHub Action ------------------------------------------------

test(".pre-commit-hooks.yaml runs with real pre-commit (from PyPI): a staged placeholder key fails the commit, a good key passes", (t) => {
  if (spawnSync("python3", ["--version"]).error) {
    t.skip("python3 is not installed: pre-commit cannot run here");
    return;
  }
  const venv = path.join(work, "venv");
  execFileSync("python3", ["-m", "venv", venv]);
  const pip = spawnSync(path.join(venv, "bin", "pip"), ["install", "--quiet", "pre-commit"], { encoding: "utf8", timeout: 300_000 });
  if (pip.error?.code === "ENOENT") {
    t.skip("pip is not available in a python3 venv here");
    return;
  }
  assert.equal(pip.status, 0, `pip install pre-commit failed: ${pip.stderr}`);
  // The hook repository: the package as published (the tarball's contents, built) with the
  // hooks file of this repository. Its devDependencies are dropped: pre-commit installs them.
  const hooks = path.join(work, "hook-repo");
  mkdirSync(hooks);
  const [tarball] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  execFileSync("tar", ["xzf", path.join(work, tarball.filename), "-C", hooks, "--strip-components=1"]);
  const pkg = JSON.parse(readFileSync(path.join(hooks, "package.json"), "utf8"));
  delete pkg.devDependencies;
  delete pkg.scripts;
  writeFileSync(path.join(hooks, "package.json"), JSON.stringify(pkg, null, 2));
  writeFileSync(path.join(hooks, ".pre-commit-hooks.yaml"), readFileSync(path.join(root, ".pre-commit-hooks.yaml")));
  const git = (cwd, ...args) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8" });
  git(hooks, "init", "-q");
  git(hooks, "add", "-A");
  git(hooks, "commit", "-qm", "hooks");
  const rev = git(hooks, "rev-parse", "HEAD").trim();
  const repo = path.join(work, "user-repo");
  mkdirSync(repo);
  git(repo, "init", "-q");
  writeFileSync(path.join(repo, ".pre-commit-config.yaml"), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: credcheck\n`);
  writeFileSync(path.join(repo, ".env"), "OPENAI_API_KEY=your-api-key\n");
  writeFileSync(path.join(repo, "README.md"), "# app\n");
  git(repo, "add", "-A");
  // The user's own environment (npm's registry and certificate settings), pre-commit's cache apart.
  const env = { ...process.env, PATH: `${path.join(venv, "bin")}${path.delimiter}${process.env.PATH}`, PRE_COMMIT_HOME: path.join(work, "pre-commit-home") };
  const preCommit = () => spawnSync(path.join(venv, "bin", "pre-commit"), ["run", "--all-files"], { cwd: repo, env, encoding: "utf8", timeout: 600_000 });
  const failing = preCommit();
  assert.equal(failing.status, 1, failing.stdout + failing.stderr);
  assert.match(failing.stdout, /credcheck\.+Failed/);
  assert.match(failing.stdout, /\[placeholder-key\]/);
  assert.doesNotMatch(failing.stdout, /README/, "only the files credcheck reads are passed");
  writeFileSync(path.join(repo, ".env"), `OPENAI_API_KEY=${goodKey}\n`);
  git(repo, "add", "-A");
  const passing = preCommit();
  assert.equal(passing.status, 0, passing.stdout + passing.stderr);
  assert.match(passing.stdout, /credcheck\.+Passed/);
  assertNoLeak(passing.stdout + passing.stderr, goodKey, "pre-commit", openai.shape);
});

test("action.yml: a composite action whose scan step writes SARIF (run here with the installed package) and whose upload step is upload-sarif", async () => {
  const yaml = (await import("js-yaml")).default;
  const action = yaml.load(readFileSync(path.join(root, "action.yml"), "utf8"));
  assert.equal(action.runs.using, "composite");
  const scan = action.runs.steps.find((s) => s.id === "scan");
  const upload = action.runs.steps.find((s) => String(s.uses).startsWith("github/codeql-action/upload-sarif@"));
  assert.ok(scan && upload, "a scan step and an upload-sarif step");
  assert.equal(upload.with.sarif_file, "${{ inputs.sarif-file }}");
  const dir = project({ ".env": "OPENAI_API_KEY=your-api-key\n" });
  const outputs = path.join(dir, "github-output");
  writeFileSync(outputs, "");
  const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
  // The step's own shell command, its env as the action sets it; npx finds the installed
  // credcheck of that version in the project, and offline it could fetch nothing else.
  const r = spawnSync("bash", ["-e", "-c", scan.run], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: work, npm_config_offline: "true", GITHUB_OUTPUT: outputs, CREDCHECK_VERSION: version, CREDCHECK_PATHS: ".", CREDCHECK_SARIF: "credcheck.sarif", CREDCHECK_ARGS: "--no-lint" },
  });
  assert.equal(r.status, 0, `the step keeps the status for the last step: ${r.stdout}${r.stderr}`);
  assert.equal(readFileSync(outputs, "utf8").trim(), "status=1");
  const sarif = JSON.parse(readFileSync(path.join(dir, "credcheck.sarif"), "utf8"));
  assert.equal(sarif.version, "2.1.0");
  assert.deepEqual(sarif.runs[0].results.map((x) => x.ruleId), ["placeholder-key"]);
  assert.match(sarif.runs[0].results[0].message.text, /^[^\n]+\. [^\n]+\.$/, "one line: the message, a period, the fix");
});

// ---- 7. Small ------------------------------------------------------------------------------

test("credcheck/child imported from ESM and bundled to CommonJS (esbuild --format=cjs) loads and checks: no import.meta.url at load", async () => {
  const esbuild = await import("esbuild");
  writeFileSync(path.join(app, "child-cjs.mjs"), `import { checkChildEnv } from "credcheck/child";\nconsole.log(checkChildEnv({ launch: "spawn", env: {}, parentEnv: { OPENAI_API_KEY: ${JSON.stringify(goodKey)} } }).findings.map((f) => f.rule).join(","));\n`);
  const out = path.join(work, "child-bundle", "out.cjs");
  await esbuild.build({ entryPoints: [path.join(app, "child-cjs.mjs")], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "silent" });
  const r = spawnSync(process.execPath, [out], { cwd: path.dirname(out), encoding: "utf8", env: { PATH: process.env.PATH } });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.trim().split(",").includes("env-not-propagated"), r.stdout);
});

test("the tarball carries a LICENSE (MIT, as package.json says)", () => {
  const license = readFileSync(path.join(app, "node_modules", "credcheck", "LICENSE"), "utf8");
  assert.match(license, /^MIT License/);
  assert.equal(JSON.parse(readFileSync(path.join(app, "node_modules", "credcheck", "package.json"), "utf8")).license, "MIT");
});
