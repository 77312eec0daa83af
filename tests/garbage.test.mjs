// No panic crosses into JavaScript: every export of the wasm core, called with wrong types and
// garbage, returns or throws an Error with a message, and the module keeps working afterwards.
// What each export does with the garbage is pinned in fixtures/garbage/outcomes.json: how many
// calls return, and how many throw each kind of message (the message with the garbage's own text
// cut out). A garbage input that starts to pass silently, or an error that loses its "credcheck:"
// reason, fails; rewrite the file with CREDCHECK_UPDATE_SNAPSHOTS=1 after a deliberate change.
import test from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const core = require("../pkg/credcheck.js");
// Every wasm module the package ships: the full core, the startup check's, the env core's, the
// lint's, and the web build (instantiated from its bytes, as a browser page does).
const modules = {
  "pkg/credcheck": core,
  "pkg-startup/credcheck_startup": require("../pkg-startup/credcheck_startup.js"),
  "pkg-core/credcheck_core": require("../pkg-core/credcheck_core.js"),
  "pkg-lint/credcheck_lint": require("../pkg-lint/credcheck_lint.js"),
};

const garbage = [
  undefined, null, 0, -1, 1e308, NaN, true, "", "x", "\u0000\uffff\ud800", "é".repeat(70_000),
  {}, [], [[]], [["a"]], [["a", 1]], { a: 1 }, { findings: "no" }, { env: {} }, () => 1, 10n,
  { launch: "fork" }, "fork", "worker", "openai", "text", "json", Object.create(null),
  new Proxy({}, { get() { throw new Error("hostile getter"); }, ownKeys() { throw new Error("hostile keys"); } }),
];

const SNAPSHOT = new URL("fixtures/garbage/outcomes.json", import.meta.url);

test("every export of every wasm module survives garbage, with its pinned outcomes", async () => {
  const web = await import("../pkg-web/credcheck.js");
  web.initSync({ module: readFileSync(new URL("../pkg-web/credcheck_bg.wasm", import.meta.url)) });
  modules["pkg-web/credcheck"] = web;
  let calls = 0;
  for (const [mod, exportsOf] of Object.entries(modules)) {
    const exports = Object.entries(exportsOf).filter(([name, f]) => typeof f === "function" && !name.startsWith("__") && name !== "initSync" && name !== "default");
    // The startup module holds checkEnvWire alone (feature startup-only).
    assert.ok(exports.length >= (mod.includes("lint") ? 2 : mod.includes("startup") ? 1 : 15), `${mod}: ${exports.map(([n]) => n).join(", ")}`);
    for (const [name, fn] of exports) {
      for (const a of garbage) {
        for (const b of [undefined, a, garbage[3], garbage[11]]) {
          calls++;
          record(`${mod}.${name}`, expectErrorOrValue(`${mod}.${name}(${describe(a)}, ${describe(b)})`, () => fn(a, b, a, false, b)));
          // Classes: construct, then call every method with garbage too.
          if (/^[A-Z]/.test(name) && a === garbage[0]) {
            let obj;
            record(`new ${mod}.${name}`, expectErrorOrValue(`new ${mod}.${name}()`, () => (obj = new fn())));
            for (const m of Object.getOwnPropertyNames(fn.prototype).filter((m) => m !== "constructor" && m !== "free" && !m.startsWith("__"))) {
              for (const g of garbage) record(`${mod}.${name}#${m}`, expectErrorOrValue(`${mod}.${name}#${m}(${describe(g)})`, () => obj?.[m](g, g, b)));
            }
          }
        }
      }
    }
  }
  assert.ok(calls > 2000, String(calls));
  if (process.env.CREDCHECK_UPDATE_SNAPSHOTS) writeFileSync(SNAPSHOT, JSON.stringify(outcomes, null, 1) + "\n");
  const pinned = JSON.parse(readFileSync(SNAPSHOT, "utf8"));
  assert.deepEqual(Object.keys(outcomes).sort(), Object.keys(pinned).sort(), "the exports changed: pin their outcomes");
  for (const [call, outcome] of Object.entries(outcomes)) assert.deepEqual(outcome, pinned[call], call);
  // Still working.
  assert.equal(core.mask("sk-proj-abcdefghijklmnopqrstuvwxyz"), "sk-proj-…wxyz");
  assert.equal(core.checkEnv({ OPENAI_API_KEY: "" }, { providers: ["openai"] }).findings[0].rule, "empty-key");
  assert.equal(modules["pkg-core/credcheck_core"].checkEnv({ OPENAI_API_KEY: "" }, { providers: ["openai"] }).findings[0].rule, "empty-key");
  const wire = (parts) => new TextEncoder().encode(parts.join("\0"));
  assert.equal(JSON.parse(modules["pkg-startup/credcheck_startup"].checkEnvWire(wire(["OPENAI_API_KEY", "s"]), wire(["provider", "openai"]))).findings[0].rule, "empty-key");
  assert.equal(modules["pkg-lint/credcheck_lint"].lintFiles([{ path: "a.py", text: "import os\nos.fork()\n" }]).summary.ok, true);
  assert.equal(web.explain("Incorrect API key provided: xxx").causes[0].cause, "missing-key");
});

/** Calls `f`: a return is fine; a throw must be an Error with a message, and never a wasm trap. Returns the kind of outcome (see `kind`). */
function expectErrorOrValue(what, f) {
  try {
    f();
    return "returned";
  } catch (err) {
    assert.ok(err instanceof Error, `${what} threw a non-Error: ${String(err)}`);
    assert.ok(!(err instanceof WebAssembly.RuntimeError), `${what} trapped: ${err.message}`);
    assert.ok(typeof err.message === "string" && err.message.length > 0, `${what}: empty message`);
    return kind(err.message);
  }
}

/** Outcome counts per export: "returned", or the kind of each message thrown. */
const outcomes = {};
function record(call, outcome) {
  const o = (outcomes[call] ??= {});
  o[outcome] = (o[outcome] ?? 0) + 1;
}

/**
 * The kind of an error message, without the garbage it quotes: the reason up to a nested
 * `Error:` from the decoder (whose wording is serde's), quoted text and numbers cut out.
 */
function kind(message) {
  return message
    .replace(/: (\w*Error): .*$/s, ": $1")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/`[^`]*`/g, "`…`")
    .replace(/\d+/g, "N");
}

function describe(v) {
  if (v !== null && typeof v === "object" && garbage.indexOf(v) === garbage.length - 1) return "hostile proxy";
  if (typeof v === "string") return v.length > 20 ? `string(${v.length})` : JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "function") return "function";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
