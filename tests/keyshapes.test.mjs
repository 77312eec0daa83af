// Key shapes from independent sources. Every other test builds its keys from the catalog's own
// templates (credcheck.sampleKeys), the same data the validator checks against, so a wrong
// length or alphabet in providers.json passes them all and raises malformed-key on real keys.
// Here keys are built to other sources' documented formats (tests/fixtures/keys/independent.json,
// each with its source: gitleaks, secretlint, betterleaks, microsoft/security-utilities, AWS's
// docs) and must be accepted as the right provider's key. Only synthetic keys; none is copied.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { assertNoLeak, credcheck, root } from "./helpers.mjs";

const { formats } = JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "keys", "independent.json"), "utf8"));
const KEYS_PER_FORMAT = 8;

/** The characters of an alphabet written as in a regex class: A-Z a-z 0-9 ranges and literals. */
function alphabet(spec) {
  let out = "";
  for (let i = 0; i < spec.length; i++) {
    if (spec[i + 1] === "-" && i + 2 < spec.length) {
      for (let c = spec.charCodeAt(i); c <= spec.charCodeAt(i + 2); c++) out += String.fromCharCode(c);
      i += 2;
    } else out += spec[i];
  }
  return out;
}

/** A deterministic key built to `parts` (mulberry32 from `seed`): lengths vary over the range. */
function build(parts, seed) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return parts
    .map((p) => {
      if (typeof p === "string") return p;
      const [spec, min, max] = p;
      const chars = alphabet(spec);
      const n = seed === 0 ? min : seed === 1 ? max : min + Math.floor(rand() * (max - min + 1));
      return Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join("");
    })
    .join("");
}

/** What is wrong with `key` as `f` describes it, in credcheck's eyes; [] when nothing. */
function problems(f, key) {
  const out = [];
  const summary = credcheck.inspectSecret(key);
  if (summary.malformed) out.push(`inspectSecret: malformed ${JSON.stringify(summary.malformed)}`);
  const report = credcheck.checkEnv({ env: { [f.var]: key }, providers: [f.provider] });
  for (const x of report.findings) {
    if (x.location.env === f.var && x.severity !== "info") out.push(`${x.severity} ${x.rule}`);
  }
  assertNoLeak(JSON.stringify({ summary, report }), key, `${f.shape} from ${f.source.split(" ")[0]}`);
  return out;
}

test("the independent key formats cover the strong and weak shapes they can", () => {
  // Floor: 19 formats agree with the catalog today over 13 shapes; Mistral, DeepSeek, OpenRouter,
  // xAI, Together, Bedrock API keys and the Anthropic unknown-version shape have no second source
  // here yet (see tests/README.md).
  const agree = formats.filter((f) => f.status === "agree");
  assert.ok(agree.length >= 19, `${agree.length} formats`);
  assert.ok(new Set(agree.map((f) => f.shape)).size >= 13);
  for (const f of formats) assert.ok(f.source && /[a-z]/.test(f.source), `${f.shape}: no source`);
});

for (const f of formats) {
  const name = `${f.shape} as ${f.source.split(/[,:(]/)[0].trim()} documents it (${f.parts.map((p) => (typeof p === "string" ? p : `[${p[0]}]{${p[1]}${p[2] !== p[1] ? `,${p[2]}` : ""}}`)).join("")})`;
  if (f.status === "rejected") {
    // A format the merged sources contradict (see its source): such a key is cut short or padded,
    // and fails at the provider, so credcheck must say so; a catalog widened to it fails here.
    test(`rejected as malformed: ${name}`, () => {
      for (let seed = 0; seed < KEYS_PER_FORMAT; seed++) {
        const key = build(f.parts, seed);
        const { malformed } = credcheck.inspectSecret(key);
        assert.deepEqual(malformed?.providers, [f.provider], `${f.shape}, key ${seed}: ${JSON.stringify(malformed)}`);
        assert.equal(malformed.certain, true, "a key shorter than every known length is certainly cut");
        assert.match(malformed.reason, new RegExp(`^is ${key.length} characters long; a .+ is \\d+ characters \\(truncated\\?\\)$`));
        assert.deepEqual(problems(f, key), [`inspectSecret: malformed ${JSON.stringify(malformed)}`, "error malformed-key"], `${f.shape}, key ${seed} (${key.length} chars)`);
      }
    });
    continue;
  }
  assert.equal(f.status, "agree", `${f.shape}: unknown status ${f.status}`);
  test(`accepted: ${name}`, () => {
    for (let seed = 0; seed < KEYS_PER_FORMAT; seed++) {
      const key = build(f.parts, seed);
      assert.deepEqual(problems(f, key), [], `${f.shape}, key ${seed} (${key.length} chars)`);
    }
  });
}
