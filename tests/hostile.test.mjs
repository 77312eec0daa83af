// Hostile input, one test per case and entry point: YAML alias bombs, 100 MB files, 10,000-level
// nesting, invalid UTF-8, NUL bytes, CRLF line ends and byte-order marks. Each run goes through
// the CLI in a child process and must end (a hang guard, not a timing assertion) with a clear
// finding or error that names the file and line, within a memory bound, and with no stack trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { linkSync, mkdtempSync, openSync, closeSync, writeSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./helpers.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "credcheck-hostile-"));
const cliPath = path.join(root, "dist", "cli.js");
/** Peak RSS allowed for any one run, in MiB: the inputs are capped long before this. */
const MAX_RSS_MIB = 1024;

/** Runs the CLI in a child that reports its peak RSS; returns { status, stdout, stderr, rssMiB }. */
function run(args, input) {
  const script = `process.exitCode = require(${JSON.stringify(cliPath)}).main(${JSON.stringify(args)}); process.on("exit", () => process.stderr.write("\\nMAXRSS " + process.resourceUsage().maxRSS + "\\n"));`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8", timeout: 120_000, input, maxBuffer: 64 << 20, env: { PATH: process.env.PATH } });
  assert.equal(r.signal, null, `${args.join(" ")}: killed by ${r.signal} (hang guard)`);
  const m = /MAXRSS (\d+)/.exec(r.stderr);
  const rssMiB = m ? Number(m[1]) / 1024 : NaN;
  assert.ok(rssMiB < MAX_RSS_MIB, `${args.join(" ")}: peak RSS ${rssMiB.toFixed(0)} MiB`);
  assert.doesNotMatch(r.stderr, /RuntimeError|unreachable|panicked|\n\s+at .*\(/, `${args.join(" ")}: crashed:\n${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/\nMAXRSS \d+\n$/, ""), rssMiB };
}

function write(name, content) {
  writeFileSync(path.join(dir, name), content);
  return name;
}

/**
 * Runs `credcheck <cmd> --format json [extra] file` and asserts its exact outcome: the exit
 * status, nothing on stderr, and exactly the findings `expected`, each `rule severity file:line`
 * in report order. Returns the findings (for their messages).
 */
function expectFindings(cmd, file, extra, status, expected) {
  const r = run([cmd, "--format", "json", ...extra, file]);
  const what = `${cmd} ${[...extra, file].join(" ")}`;
  assert.equal(r.status, status, `${what}: status\n${r.stderr}`);
  assert.equal(r.stderr, "", what);
  const { findings } = JSON.parse(r.stdout);
  assert.deepEqual(findings.map((f) => `${f.rule} ${f.severity} ${f.location.file}:${f.location.line}`), expected, what);
  return findings;
}

/** Runs `credcheck explain --format json ...args` and asserts its status and the causes, in order. */
function expectCauses(args, status, causes) {
  const r = run(["explain", "--format", "json", ...args]);
  assert.equal(r.status, status, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).causes.map((c) => `${c.cause} ${c.confidence}`), causes);
}

/** What `explain` answers for "Incorrect API key provided: xxx" (a key echoed as a placeholder). */
const INCORRECT_KEY = ["missing-key high", "invalid-key medium", "stale-key low", "wrong-provider-key low"];

const bomb = () => {
  let y = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 1; i < 12; i++) y += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
  return y;
};

test("alias bomb in Compose, Kubernetes and CrewAI YAML: config-syntax naming the alias bomb", () => {
  const compose = write("docker-compose.yml", `services:\n  api:\n    image: x\nx-bomb:\n${bomb().replace(/^/gm, "  ")}`);
  const k8s = write("bomb-deploy.yaml", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n  labels:\n${bomb().replace(/^/gm, "    ")}`);
  const crew = write("agents.yaml", `researcher:\n  llm: gpt-4o\n  role: r\n  extra:\n${bomb().replace(/^/gm, "    ")}`);
  // The line of the first alias past the limit: the bomb starts at line 5 (Compose, CrewAI) or 6
  // (Kubernetes), and its fifth level (10^5 nodes) is where the count passes 100,000.
  for (const [file, kind, line] of [[compose, "compose", 9], [k8s, "kubernetes", 10], [crew, "crewai", 9]]) {
    const [f] = expectFindings("scan", file, ["--kind", kind], 1, [`config-syntax error ${file}:${line}`]);
    assert.equal(f.message, "aliases expand to more than 100000 nodes (an alias bomb?)");
  }
});

test("100 MB files: scan and lint skip them and say so; explain reads the first 64 KiB; env refuses", () => {
  const big = path.join(dir, "big.env");
  const fd = openSync(big, "w");
  const chunk = Buffer.from("A".repeat(1 << 20));
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  writeSync(fd, Buffer.from("\nOPENAI_API_KEY=\n"));
  closeSync(fd);
  for (const name of ["big.py", "big.json", "big.txt"]) linkSync(big, path.join(dir, name));
  const scan = run(["scan", "big.env"]);
  assert.equal(scan.status, 0);
  assert.equal(scan.stderr, "credcheck: skipped big.env: 100.0 MiB, over the 16.0 MiB limit\n");
  assert.match(scan.stdout, /\(checked: 0 files\)\n$/);
  const lint = run(["lint", "big.py"]);
  assert.equal(lint.status, 0);
  assert.equal(lint.stderr, "credcheck: skipped big.py: 100.0 MiB, over the 8.0 MiB limit\n");
  // Forced past the walker's limit, the core's own limit reports it as a finding at line 1: an
  // error for a config (what is deployed cannot be checked), info for a source (the lint is advice).
  const [forced] = expectFindings("scan", "big.json", ["--max-size", "200", "--kind", "oai-config-list"], 1, ["config-syntax error big.json:1"]);
  assert.equal(forced.message, "big.json is 100 MiB, over the 16 MiB limit for a config file; it was not read");
  const [forcedLint] = expectFindings("lint", "big.py", ["--max-size", "200"], 0, ["source-syntax info big.py:1"]);
  assert.equal(forcedLint.message, "cannot parse this file: 104857617 bytes is over the 8 MiB limit for source files");
  // 64 KiB of "A": no signal, so no cause and exit 0.
  expectCauses(["--file", "big.txt"], 0, []);
  const env = run(["env", "--dotenv", "big.env"]);
  assert.equal(env.status, 2);
  assert.equal(env.stderr, "credcheck: env file big.env is 100.0 MiB; no .env file is that large (the limit is 16 MiB)\nRun credcheck --help for usage.\n");
});

test("10,000-level nesting in JSON, YAML, JavaScript and Python: one syntax finding with its line", () => {
  const json = write("OAI_CONFIG_LIST", "[".repeat(10_000) + "]".repeat(10_000));
  const [j] = expectFindings("scan", json, [], 1, [`config-syntax error ${json}:1`]);
  assert.match(j.message, /recursion limit exceeded/);
  const yaml = write("deep.yaml", "services:\n  a:\n    x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
  const [y] = expectFindings("scan", yaml, ["--kind", "compose"], 1, [`config-syntax error ${yaml}:3`]);
  assert.match(y.message, /recursion limit exceeded/);
  const js = write("deep.js", "// deep\nconst x = " + "[".repeat(10_000) + "]".repeat(10_000) + ";\n");
  const [s] = expectFindings("lint", js, [], 0, [`source-syntax info ${js}:2`]);
  assert.equal(s.message, "cannot parse this file: brackets nest more than 512 deep");
  const py = write("deep.py", "x = 1\ny = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
  const [p] = expectFindings("lint", py, [], 0, [`source-syntax info ${py}:2`]);
  assert.equal(p.message, "cannot parse this file: brackets nest more than 512 deep");
  expectCauses(["{".repeat(10_000) + "401 Incorrect API key provided: xxx" + "}".repeat(10_000)], 1, INCORRECT_KEY);
});

test("invalid UTF-8: the file and line are named and the rest of the run goes on", () => {
  const bad = Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x80]);
  const env = write(".env", Buffer.concat([Buffer.from("A=1\nB="), bad, Buffer.from("\nOPENAI_API_KEY=\n")]));
  const [e] = expectFindings("scan", env, [], 1, ["config-syntax error .env:2"]);
  assert.equal(e.message, "not valid UTF-8 (byte 8 of the file)");
  // The run goes on past the bad file: a file beside it is still checked.
  write("worker.env", "OPENAI_API_KEY=your-api-key\n");
  const both = run(["scan", "--format", "json", env, "worker.env"]);
  assert.equal(both.status, 1, both.stderr);
  assert.deepEqual(JSON.parse(both.stdout).findings.map((f) => `${f.rule} ${f.location.file}:${f.location.line}`), ["config-syntax .env:2", "placeholder-key worker.env:1"]);
  const yaml = write("k8s-bad.yaml", Buffer.concat([Buffer.from("apiVersion: v1\nkind: Pod\nmetadata:\n  name: "), bad, Buffer.from("\n")]));
  const [k] = expectFindings("scan", yaml, ["--kind", "kubernetes"], 1, [`config-syntax error ${yaml}:4`]);
  assert.equal(k.message, "not valid UTF-8 (byte 45 of the file)");
  // A source is read past the bad bytes: the finding two lines on is there.
  const py = write("bad.py", Buffer.concat([Buffer.from("import os\nx = '"), bad, Buffer.from("'\nclient = OpenAI(api_key=os.getenv('OPENAI_API_KEY', ''))\n")]));
  expectFindings("lint", py, [], 0, [`unchecked-env-key warning ${py}:3`]);
  const txt = write("bad.txt", Buffer.concat([bad, Buffer.from(" Incorrect API key provided: xxx")]));
  expectCauses(["--file", txt], 1, INCORRECT_KEY);
});

test("NUL bytes: reported, not read as the end of the text", () => {
  // In a .env value a NUL is kept as a character; the line after it is still read.
  const env = write("nul.env", "A=1\nB=x\u0000y\nOPENAI_API_KEY=your-api-key\n");
  expectFindings("scan", env, [], 1, ["placeholder-key error nul.env:3"]);
  const json = write("nul.json", '[{"model": "gpt-4o", "api_key": "a\u0000b"}]');
  const [j] = expectFindings("scan", json, ["--kind", "oai-config-list"], 1, ["config-syntax error nul.json:1"]);
  assert.equal(j.message, "invalid JSON: control character (\\u0000-\\u001F) found while parsing a string");
  const py = write("nul.py", "import os\n\u0000\nkey = os.getenv('X')\n");
  const [p] = expectFindings("lint", py, [], 0, [`source-syntax info ${py}:2`]);
  assert.equal(p.message, "cannot parse this file: Got unexpected token \u0000");
  expectCauses(["401 \u0000 Incorrect API key provided: xxx"], 1, INCORRECT_KEY);
});

test("CRLF line ends: lines are counted right and no \\r reaches a value", () => {
  const env = write("crlf.env", "A=1\r\nB=2\r\nOPENAI_API_KEY=sk-...\r\n");
  const [e] = expectFindings("scan", env, [], 1, ["placeholder-key error crlf.env:3"]);
  assert.equal(e.message, 'OPENAI_API_KEY holds the placeholder "sk-...", not a key');
  const compose = write("compose.yaml", "services:\r\n  api:\r\n    image: app\r\n    environment:\r\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\r\n");
  const [c] = expectFindings("scan", compose, [], 0, ["unguarded-interpolation info compose.yaml:5"]);
  assert.match(c.message, /^service api: OPENAI_API_KEY = \$\{OPENAI_API_KEY\} has no default/);
  const py = write("crlf.py", "import os\r\nfrom openai import OpenAI\r\n\r\nc = OpenAI(api_key=os.getenv('OPENAI_API_KEY', ''))\r\n");
  expectFindings("lint", py, [], 0, [`unchecked-env-key warning ${py}:4`]);
});

test("byte-order marks: read as if absent", () => {
  const env = write("bom.env", "\ufeffOPENAI_API_KEY=changeme\n");
  const [f] = expectFindings("scan", env, [], 1, ["placeholder-key error bom.env:1"]);
  assert.equal(f.location.env, "OPENAI_API_KEY");
  assert.equal(f.location.column, 1);
  const json = write("bom.json", '\ufeff[{"model": "gpt-4o", "api_key": ""}]');
  expectFindings("scan", json, ["--kind", "oai-config-list"], 0, [`empty-key info ${json}:1`]);
  const ts = write("bom.ts", "\ufeffimport { fork } from 'node:child_process';\nfork('w.js', [], { env: {} });\n");
  expectFindings("lint", ts, [], 1, [`env-not-propagated error ${ts}:2`]);
  const envRun = run(["env", "--dotenv", "bom.env", "--format", "json", "-p", "openai"]);
  assert.equal(envRun.status, 1);
  assert.deepEqual(JSON.parse(envRun.stdout).findings.map((x) => `${x.rule} ${x.severity} ${x.location.env} ${x.location.file}:${x.location.line}`), ["placeholder-key error OPENAI_API_KEY bom.env:1"]);
});
