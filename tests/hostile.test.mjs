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

/** The findings of `credcheck <cmd> --format json file`, with the exit status. */
function findings(cmd, file, extra = []) {
  const r = run([cmd, "--format", "json", ...extra, file]);
  assert.ok(r.status === 0 || r.status === 1, `${cmd} ${file}: status ${r.status}\n${r.stderr}`);
  return { ...JSON.parse(r.stdout), status: r.status };
}

function expectFinding(report, rule, file, line, message) {
  const f = report.findings.find((x) => x.rule === rule && x.location.file === file);
  assert.ok(f, `no ${rule} for ${file}: ${JSON.stringify(report.findings.map((x) => [x.rule, x.location]))}`);
  if (line !== undefined) assert.equal(f.location.line, line, `${rule} ${file}`);
  if (message) assert.match(f.message, message);
  return f;
}

const bomb = () => {
  let y = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 1; i < 12; i++) y += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
  return y;
};

test("alias bomb in Compose, Kubernetes and CrewAI YAML: config-syntax naming the alias bomb", () => {
  const compose = write("docker-compose.yml", `services:\n  api:\n    image: x\nx-bomb:\n${bomb().replace(/^/gm, "  ")}`);
  const k8s = write("bomb-deploy.yaml", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n  labels:\n${bomb().replace(/^/gm, "    ")}`);
  const crew = write("agents.yaml", `researcher:\n  llm: gpt-4o\n  role: r\n  extra:\n${bomb().replace(/^/gm, "    ")}`);
  for (const [file, kind] of [[compose, "compose"], [k8s, "kubernetes"], [crew, "crewai"]]) {
    const r = findings("scan", file, ["--kind", kind]);
    expectFinding(r, "config-syntax", file, undefined, /alias/i);
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
  assert.match(scan.stderr, /skipped big\.env: 100\.0 MiB, over the 16\.0 MiB limit/);
  const lint = run(["lint", "big.py"]);
  assert.match(lint.stderr, /skipped big\.py: 100\.0 MiB/);
  // Forced past the walker's limit, the core's own limit reports it as a finding at line 1.
  const forced = findings("scan", "big.json", ["--max-size", "200", "--kind", "oai-config-list"]);
  expectFinding(forced, "config-syntax", "big.json", 1, /large|MiB|bytes/i);
  const forcedLint = findings("lint", "big.py", ["--max-size", "200"]);
  expectFinding(forcedLint, "source-syntax", "big.py", 1, /MiB limit/);
  const explain = run(["explain", "--file", "big.txt"]);
  assert.equal(explain.status, 0, explain.stderr);
  const env = run(["env", "--dotenv", "big.env"]);
  assert.equal(env.status, 2);
  assert.match(env.stderr, /env file big\.env is 100\.0 MiB/);
});

test("10,000-level nesting in JSON, YAML, JavaScript and Python: one syntax finding with its line", () => {
  const json = write("OAI_CONFIG_LIST", "[".repeat(10_000) + "]".repeat(10_000));
  expectFinding(findings("scan", json), "config-syntax", json, 1, /nest|deep|recursion/i);
  const yaml = write("deep.yaml", "services:\n  a:\n    x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
  expectFinding(findings("scan", yaml, ["--kind", "compose"]), "config-syntax", yaml, 3, /nest|deep|recursion/i);
  const js = write("deep.js", "// deep\nconst x = " + "[".repeat(10_000) + "]".repeat(10_000) + ";\n");
  expectFinding(findings("lint", js), "source-syntax", js, 2, /deep/);
  const py = write("deep.py", "x = 1\ny = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
  expectFinding(findings("lint", py), "source-syntax", py, 2, /deep/);
  const text = run(["explain", "{".repeat(10_000) + "401 Incorrect API key provided: xxx" + "}".repeat(10_000)]);
  assert.equal(text.status, 1, text.stderr);
});

test("invalid UTF-8: the file and line are named and the rest of the run goes on", () => {
  const bad = Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x80]);
  const env = write(".env", Buffer.concat([Buffer.from("A=1\nB="), bad, Buffer.from("\nOPENAI_API_KEY=\n")]));
  const r = findings("scan", env);
  expectFinding(r, "config-syntax", ".env", 2, /UTF-8/);
  const yaml = write("k8s-bad.yaml", Buffer.concat([Buffer.from("apiVersion: v1\nkind: Pod\nmetadata:\n  name: "), bad, Buffer.from("\n")]));
  expectFinding(findings("scan", yaml, ["--kind", "kubernetes"]), "config-syntax", yaml, 4, /UTF-8/);
  const py = write("bad.py", Buffer.concat([Buffer.from("import os\nx = '"), bad, Buffer.from("'\nclient = OpenAI(api_key=os.getenv('OPENAI_API_KEY', ''))\n")]));
  expectFinding(findings("lint", py), "unchecked-env-key", py, 3);
  const txt = write("bad.txt", Buffer.concat([bad, Buffer.from(" Incorrect API key provided: xxx")]));
  assert.equal(run(["explain", "--file", txt]).status, 1);
});

test("NUL bytes: reported, not read as the end of the text", () => {
  const env = write("nul.env", "A=1\nB=x\u0000y\nOPENAI_API_KEY=your-api-key\n");
  const r = findings("scan", env);
  expectFinding(r, "placeholder-key", "nul.env", 3);
  const json = write("nul.json", '[{"model": "gpt-4o", "api_key": "a\u0000b"}]');
  const j = findings("scan", json, ["--kind", "oai-config-list"]);
  assert.ok(j.findings.length > 0);
  const py = write("nul.py", "import os\n\u0000\nkey = os.getenv('X')\n");
  expectFinding(findings("lint", py), "source-syntax", py, 2);
  const e = run(["explain", "401\u0000Incorrect API key provided: xxx".replace("\u0000", " \u0000 ")]);
  assert.ok(e.status === 0 || e.status === 1);
});

test("CRLF line ends: lines are counted right and no \\r reaches a value", () => {
  const env = write("crlf.env", "A=1\r\nB=2\r\nOPENAI_API_KEY=sk-...\r\n");
  expectFinding(findings("scan", env), "placeholder-key", "crlf.env", 3);
  const compose = write("compose.yaml", "services:\r\n  api:\r\n    image: app\r\n    environment:\r\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\r\n");
  expectFinding(findings("scan", compose), "unguarded-interpolation", "compose.yaml", 5);
  const py = write("crlf.py", "import os\r\nfrom openai import OpenAI\r\n\r\nc = OpenAI(api_key=os.getenv('OPENAI_API_KEY', ''))\r\n");
  expectFinding(findings("lint", py), "unchecked-env-key", py, 4);
});

test("byte-order marks: read as if absent", () => {
  const env = write("bom.env", "\ufeffOPENAI_API_KEY=changeme\n");
  const r = findings("scan", env);
  const f = expectFinding(r, "placeholder-key", "bom.env", 1);
  assert.equal(f.location.env, "OPENAI_API_KEY");
  const json = write("bom.json", '\ufeff[{"model": "gpt-4o", "api_key": ""}]');
  expectFinding(findings("scan", json, ["--kind", "oai-config-list"]), "empty-key", json, 1);
  const ts = write("bom.ts", "\ufeffimport { fork } from 'node:child_process';\nfork('w.js', [], { env: {} });\n");
  expectFinding(findings("lint", ts), "env-not-propagated", ts, 2);
  const envRun = run(["env", "--dotenv", "bom.env", "--format", "json", "-p", "openai"]);
  assert.equal(JSON.parse(envRun.stdout).findings.find((x) => x.rule === "placeholder-key").location.env, "OPENAI_API_KEY");
});
