// No panic crosses into JavaScript: every export of the wasm core, called with wrong types and
// garbage, returns or throws an Error with a message, and the module keeps working afterwards.
import test from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const core = require("../pkg/credcheck.js");

const garbage = [
  undefined, null, 0, -1, 1e308, NaN, true, "", "x", "\u0000\uffff\ud800", "é".repeat(70_000),
  {}, [], [[]], [["a"]], [["a", 1]], { a: 1 }, { findings: "no" }, { env: {} }, () => 1, 10n,
  { launch: "fork" }, "fork", "worker", "openai", "text", "json", Object.create(null),
  new Proxy({}, { get() { throw new Error("hostile getter"); }, ownKeys() { throw new Error("hostile keys"); } }),
];

test("every export survives garbage", () => {
  const exports = Object.entries(core).filter(([name, f]) => typeof f === "function" && !name.startsWith("__") && name !== "initSync");
  assert.ok(exports.length >= 15, exports.map(([n]) => n).join(", "));
  let calls = 0;
  for (const [name, fn] of exports) {
    for (const a of garbage) {
      for (const b of [undefined, a, garbage[3], garbage[11]]) {
        calls++;
        try {
          fn(a, b, a, false, b);
        } catch (err) {
          assert.ok(err instanceof Error, `${name} threw a non-Error: ${String(err)}`);
          assert.ok(!(err instanceof WebAssembly.RuntimeError), `${name}(${describe(a)}, ${describe(b)}) trapped: ${err.message}`);
          assert.ok(typeof err.message === "string" && err.message.length > 0, `${name}: empty message`);
        }
      }
    }
  }
  assert.ok(calls > 500);
  // Still working.
  assert.equal(core.mask("sk-proj-abcdefghijklmnopqrstuvwxyz"), "sk-proj-…wxyz");
  assert.equal(core.checkEnv({ OPENAI_API_KEY: "" }, { providers: ["openai"] }).findings[0].rule, "empty-key");
});

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
