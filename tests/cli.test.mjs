// The CLI as a terminal or CI runs it: a real child process, exact environments, exit codes.
import test from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFile, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { once } from "node:events";
import { cli, plantedKeys, root, runCli } from "./helpers.mjs";

const key = (shape) => plantedKeys().find((k) => k.shape === shape).key;

test("exit 0 on a clean environment", () => {
  const r = runCli(["env", "--model", "gpt-4o"], { OPENAI_API_KEY: key("OpenAI project key") });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /credcheck: ok: 0 errors, 0 warnings, 0 infos \(checked: providers openai\)/);
});

test("exit 1 with error findings, in text and json", () => {
  const env = { OPENAI_API_KEY: key("OpenAI project key") };
  const text = runCli(["env", "--model", "claude-3-5-sonnet-20241022", "-p", "openai,gemini"], env);
  assert.equal(text.status, 1);
  assert.match(text.stdout, /error\s+ANTHROPIC_API_KEY\s+\[missing-key\]/);
  assert.match(text.stdout, /fix: Set ANTHROPIC_API_KEY/);
  assert.match(text.stdout, /error\s+GEMINI_API_KEY\s+\[missing-key\]/);
  const json = runCli(["env", "--model", "claude-3-5-sonnet-20241022", "--format", "json"], env);
  assert.equal(json.status, 1);
  const report = JSON.parse(json.stdout);
  assert.deepEqual(Object.keys(report), ["findings", "summary"]);
  assert.equal(report.findings[0].rule, "missing-key");
  assert.equal(report.summary.errors, 1);
});

test("a key the app needs and lacks is missing-key whatever else is set; the message names the other provider's key", () => {
  const others = [
    [{}, undefined],
    [{ OPENAI_API_KEY: key("OpenAI project key") }, "OPENAI_API_KEY is set, for OpenAI"],
    [{ GEMINI_API_KEY: key("Google API key") }, "GEMINI_API_KEY is set, for Google Gemini"],
  ];
  for (const asked of [["--model", "claude-3-5-sonnet-20241022"], ["--provider", "anthropic"], ["--model", "anthropic/claude-3-5-sonnet-20241022"]]) {
    for (const [env, mention] of others) {
      const what = `${asked.join(" ")} with ${Object.keys(env).join(", ") || "nothing"} set`;
      const r = runCli(["env", ...asked, "-f", "json"], env);
      assert.equal(r.status, 1, `${what}: ${r.stdout}${r.stderr}`);
      const { findings } = JSON.parse(r.stdout);
      assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.provider, f.location.env]), [["missing-key", "error", "anthropic", "ANTHROPIC_API_KEY"]], what);
      assert.match(findings[0].message, /ANTHROPIC_API_KEY is not set/, what);
      assert.match(findings[0].fix, /^Set ANTHROPIC_API_KEY/, what);
      if (mention) assert.ok(findings[0].message.includes(mention), `${what}: ${findings[0].message}`);
      else assert.doesNotMatch(findings[0].message, /is set/, what);
    }
  }
  // model-provider-mismatch keeps its own meaning: a model called through another provider's client.
  const rules = runCli(["rules", "-f", "json"]);
  const summary = JSON.parse(rules.stdout).find((r) => r.id === "model-provider-mismatch").summary;
  assert.match(summary, /through another provider's client/);
});

/** The one shape of every command's summary line. */
const SUMMARY = /^credcheck: (ok|FAILED): \d+ errors?, \d+ warnings?, \d+ infos? \(checked: ((\d+ files?)(; providers [a-z-]+(, [a-z-]+)*)?|providers [a-z-]+(, [a-z-]+)*|no provider credentials)\)$/;
const summaryLine = (stdout) => stdout.trimEnd().split("\n").at(-1);

test("summaries: env, scan and lint say what they checked, in one shape; keys present count as checked", () => {
  const openai = key("OpenAI project key");
  const dir = mkdtempSync(`${tmpdir()}/credcheck-summary-`);
  writeFileSync(`${dir}/.env`, `OPENAI_API_KEY=${openai}\n`);
  writeFileSync(`${dir}/docker-compose.yml`, "services:\n  api:\n    image: app\n    environment:\n      ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY:?}\n");
  writeFileSync(`${dir}/app.mjs`, 'import OpenAI from "openai";\nexport const client = () => new OpenAI();\n');
  const cases = [
    [["env"], { OPENAI_API_KEY: openai }, "(checked: providers openai)", { providers: ["openai"] }],
    [["env"], {}, "(checked: no provider credentials)", { providers: [] }],
    [["env", "--dotenv", `${dir}/.env`], {}, "(checked: providers openai)", { providers: ["openai"] }],
    [["scan", dir], {}, "(checked: 3 files; providers anthropic, openai)", { providers: ["anthropic", "openai"], files: 3 }],
    [["scan", "--no-lint", dir], {}, "(checked: 2 files; providers anthropic, openai)", { providers: ["anthropic", "openai"], files: 2 }],
    [["lint", dir], {}, "(checked: 1 file)", { providers: [], files: 1 }],
  ];
  for (const [args, env, checked, summary] of cases) {
    const text = runCli(args, env);
    assert.equal(text.status, 0, `${args.join(" ")}: ${text.stdout}${text.stderr}`);
    const line = summaryLine(text.stdout);
    assert.match(line, SUMMARY, args.join(" "));
    assert.ok(line.endsWith(checked), `${args.join(" ")}: ${line}`);
    const json = JSON.parse(runCli([...args, "-f", "json"], env).stdout);
    assert.deepEqual({ providers: json.summary.providers, files: json.summary.files }, { files: undefined, ...summary }, args.join(" "));
  }
});

test("summaries: health ends with the same line, a refused key counted as an error", async (t) => {
  const openai = key("OpenAI project key");
  for (const [status, exit, verdict] of [[200, 0, "ok: 0 errors"], [401, 1, "FAILED: 1 error"]]) {
    const server = createServer((req, res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(status === 200 ? '{"data":[]}' : '{"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}}');
    }).listen(0, "127.0.0.1");
    await once(server, "listening");
    t.after(() => server.close());
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: openai, OPENAI_BASE_URL: `http://127.0.0.1:${server.address().port}/v1` };
    const r = await new Promise((resolve) => execFile(process.execPath, [cli, "health"], { env, encoding: "utf8" }, (err, stdout, stderr) => resolve({ status: err ? err.code : 0, stdout, stderr })));
    assert.equal(r.status, exit, r.stdout + r.stderr);
    const line = summaryLine(r.stdout);
    assert.match(line, SUMMARY);
    assert.equal(line, `credcheck: ${verdict}, 0 warnings, 0 infos (checked: providers openai)`);
  }
});

test("exit 2 on bad usage or unreadable input", () => {
  for (const args of [["env", "--provider", "openia"], ["env", "--format", "xml"], ["env", "--bogus"], ["frobnicate"], ["env", "--framework", "rails"], ["env", "--dotenv", "/nonexistent/.env"], ["env", "--token-window", "soon"], []]) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
    if (args.length) assert.match(r.stderr, /^credcheck: .+\nRun credcheck --help for usage\.\n$/);
  }
});

test("exit 2 naming the file when --dotenv cannot be read: no permission, or a directory", () => {
  const dir = mkdtempSync(`${tmpdir()}/credcheck-`);
  chmodSync(dir, 0o755); // only the file's own mode keeps it from an unprivileged user
  const locked = `${dir}/locked.env`;
  writeFileSync(locked, "OPENAI_API_KEY=\n");
  // As that user, readable: exit 1 for the empty key (so the CLI runs and reads files as it).
  chmodSync(locked, 0o644);
  const readable = runCliUnprivileged(["env", "--dotenv", locked]);
  assert.equal(readable.status, 1, readable.stderr);
  assert.match(readable.stdout, /\[empty-key\]/);
  // Mode 000: exit 2 naming the file and the reason. Root reads anything, so as root (CI) the
  // CLI runs as nobody (setpriv, util-linux); no skip.
  chmodSync(locked, 0o000);
  const r = runCliUnprivileged(["env", "--dotenv", locked]);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /^credcheck: cannot read env file .*\/locked\.env: EACCES: permission denied/);
  // A directory where a file is expected: unreadable for anyone, root included.
  const asDir = runCli(["env", "--dotenv", dir]);
  assert.equal(asDir.status, 2, asDir.stdout + asDir.stderr);
  assert.match(asDir.stderr, new RegExp(`^credcheck: cannot read env file ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: EISDIR`));
});

/** `runCli` as an unprivileged user: as root, as nobody through setpriv (fails if it is missing). */
function runCliUnprivileged(args) {
  if (!process.getuid || process.getuid() !== 0) return runCli(args);
  const drop = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"];
  const r = spawnSync("setpriv", [...drop, process.execPath, cli, ...args], { cwd: root, env: { PATH: process.env.PATH }, encoding: "utf8" });
  assert.equal(r.error, undefined, `running as nobody needs setpriv (util-linux): ${r.error?.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("--dotenv checks the file, not the process environment, with file:line locations", () => {
  const dir = mkdtempSync(`${tmpdir()}/credcheck-`);
  writeFileSync(`${dir}/.env`, "# worker\nANTHROPIC_API_KEY=\"\"\nOPENAI_API_KEY=${OPENAI_API_KEY}\n");
  const r = runCli(["env", "--dotenv", `${dir}/.env`, "-p", "anthropic,openai", "-f", "json"], { OPENAI_API_KEY: key("OpenAI project key") });
  assert.equal(r.status, 1);
  const found = JSON.parse(r.stdout).findings.map((f) => `${f.rule}@${f.location.line}`);
  assert.deepEqual(found.sort(), ["empty-key@2", "unexpanded-reference@3"]);
});

test("the bundled example is the demo", () => {
  const r = runCli(["env", "--dotenv", "examples/broken-app/.env", "--model", "claude-3-5-sonnet-20241022", "--model", "gpt-4o", "--framework", "langchain"]);
  assert.equal(r.status, 1);
  for (const rule of ["provider-mismatch", "malformed-key", "azure-invalid-endpoint", "env-name-not-read", "unexpanded-reference", "placeholder-key"]) {
    assert.ok(r.stdout.includes(`[${rule}]`), rule);
  }
  assert.match(r.stdout, /examples\/broken-app\/\.env:5:1 \(OPENAI_API_KEY\)/);
});

test("help, version, providers and rules", () => {
  const help = runCli(["--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /credcheck env \[options\]/);
  assert.match(runCli(["--version"]).stdout, /^\d+\.\d+\.\d+\n$/);
  const providers = runCli(["providers"]).stdout;
  assert.match(providers, /^azure-openai\s+Azure OpenAI\s+AZURE_OPENAI_API_KEY, AZURE_API_KEY, AZURE_OPENAI_AD_TOKEN/m);
  assert.equal(providers.trim().split("\n").length, 13);
  assert.match(runCli(["rules"]).stdout, /^missing-key\s+error\s+/m);
});

test("a reader that closes the pipe early ends the CLI quietly (credcheck scan | head -1)", async () => {
  const { spawn } = await import("node:child_process");
  const dir = mkdtempSync(`${tmpdir()}/credcheck-epipe-`);
  // Enough findings that the output outgrows the pipe buffer after the reader has gone.
  for (let i = 0; i < 400; i++) writeFileSync(`${dir}/${i}.env`, "OPENAI_API_KEY=your-api-key\nANTHROPIC_API_KEY=${X}\n");
  const child = spawn(process.execPath, ["dist/cli.js", "scan", dir], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  // Read one chunk, then close our end, as `head -1` does.
  await new Promise((resolve) => child.stdout.once("data", resolve));
  child.stdout.destroy();
  const code = await new Promise((resolve) => child.on("close", (c) => resolve(c)));
  assert.equal(stderr, "", "no stack trace");
  assert.equal(code, 0);
});

test("a crash is exit 3 with one line on stderr, not exit 1 (findings) or 2 (usage)", () => {
  // A real CLI process whose JSON output fails: JSON.stringify throws a TypeError inside credcheck,
  // as a bug would. The preload only breaks that one call; everything else is the real CLI.
  const dir = mkdtempSync(`${tmpdir()}/credcheck-crash-`);
  const preload = `${dir}/break-json.cjs`;
  writeFileSync(preload, `JSON.stringify = () => { throw new TypeError("stringify broke"); };\n`);
  writeFileSync(`${dir}/.env`, "OPENAI_API_KEY=\n");
  for (const args of [["scan", "-f", "json", dir], ["lint", "-f", "json", dir]]) {
    const r = spawnSync(process.execPath, ["--require", preload, cli, ...args], { encoding: "utf8", env: { PATH: process.env.PATH } });
    assert.equal(r.status, 3, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /^credcheck: internal error \(TypeError at [^)]+:\d+:\d+\); this is a bug in credcheck, please report it\n$/);
    assert.equal(r.stdout, "");
  }
});

test("each command has its own help (credcheck scan --help, credcheck help scan), and -v gives the version", () => {
  for (const cmd of ["env", "scan", "lint", "explain"]) {
    for (const args of [[cmd, "--help"], [cmd, "-h"], ["help", cmd]]) {
      const r = runCli(args);
      assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`credcheck ${cmd}`));
      assert.match(r.stdout, new RegExp(`Options for ${cmd}:`));
      assert.doesNotMatch(r.stdout, new RegExp(`Options for (?!${cmd}:)`), `${args.join(" ")} shows only its own options`);
    }
  }
  assert.equal(runCli(["help", "bogus"]).status, 2);
  assert.match(runCli(["-v"]).stdout, /^\d+\.\d+\.\d+\n$/);
});

test("providers and rules take -f json and refuse other arguments", () => {
  const rules = runCli(["rules", "-f", "json"]);
  assert.equal(rules.status, 0, rules.stderr);
  assert.ok(JSON.parse(rules.stdout).some((r) => r.id === "missing-key"));
  const providers = runCli(["providers", "--format", "json"]);
  assert.equal(providers.status, 0, providers.stderr);
  assert.ok(JSON.parse(providers.stdout).some((p) => p.id === "openai" && p.keys.includes("OPENAI_API_KEY")));
  assert.equal(runCli(["rules", "--bogus"]).status, 2);
  assert.equal(runCli(["providers", "-f", "sarif"]).status, 2);
});
