#!/usr/bin/env node
// Precision on real code: scans every excerpt under tests/realworld/<half>/<repo>/ as its own
// project (the way a user runs `credcheck scan .` at a repository's root), matches each error and
// warning with the verdict a person gave it in tests/realworld/<half>/judgments.tsv, and prints
// precision per rule, per severity, and the repositories that exit 1 without a true error.
//
//   node scripts/realworld.mjs [--half tuned|blind|blind2|blind3|blind4|blind5|blind6|blind7|all] [--list unjudged|false|lost|all] [--check] [--json]
//
// --check exits 1 when a gate in GATES is missed, when a finding has no verdict, or when a true
// positive judged before is no longer reported. Verdicts: TP (true), DEB (debatable: an intended
// placeholder in a sample, a style choice), FP (false). Precision counts only TP as right.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.join(root, "tests", "realworld");
// CREDCHECK_CLI points at another build (say, a copy of an older one, to compare).
const cli = process.env.CREDCHECK_CLI ? path.resolve(process.env.CREDCHECK_CLI) : path.join(root, "dist", "cli.js");

/**
 * Issue 13's targets, per half. They are promises to users, not today's measurements: an error
 * must be right 19 times in 20, a warning or error 17 times in 20, and no repository may fail a
 * CI build (exit 1) without a true error in it. `--check` enforces the ones in ENFORCED; a target
 * not met yet is printed as a shortfall and reported, never moved onto the day's value.
 */
export const GATES = { errorPrecision: 0.95, errorWarningPrecision: 0.85, reposExit1WithoutTrueError: 0 };
/**
 * Enforced by `--check` (and so by `npm test`): all of them. errorWarningPrecision joined once it
 * held on the tuned half (6 of 6 with the fourth blind half moved in; it stood at 5 of 7 before
 * a docs service and a documented key fallback were fixed as classes).
 */
const ENFORCED = new Set(["errorPrecision", "errorWarningPrecision", "reposExit1WithoutTrueError"]);

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const half = opt("--half", "all");
const list = opt("--list", "");
const check = args.includes("--check");
const asJson = args.includes("--json");

// Halves: tuned (rules were changed while reading it), and blind ones nobody who changes rules
// reads (blind2 is the second, collected after the first was opened; see tests/realworld/README.md).
const HALVES = ["tuned", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"];
const halves = half === "all" ? HALVES.filter((h) => existsSync(path.join(corpus, h))) : [half];
for (const h of halves) {
  if (!HALVES.includes(h)) {
    console.error(`realworld: unknown half ${h}; use ${HALVES.join(", ")} or all`);
    process.exit(2);
  }
}
if (!existsSync(cli)) {
  console.error(`realworld: ${path.relative(process.cwd(), cli)} is missing; run npm run build first`);
  process.exit(2);
}

/** Reads judgments.tsv: `repo file line rule verdict note`, tab-separated, # comments. */
function readJudgments(file) {
  const map = new Map();
  if (!existsSync(file)) return map;
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const cols = line.split("\t");
    const [repo, f, ln, rule, verdict, ...note] = cols;
    if (cols.length < 5 || !["TP", "DEB", "FP"].includes(verdict) || !/^\d+$/.test(ln)) {
      console.error(`${path.relative(process.cwd(), file)}:${i + 1}: want repo<TAB>file<TAB>line<TAB>rule<TAB>TP|DEB|FP<TAB>note`);
      process.exit(2);
    }
    map.set(key(repo, f, Number(ln), rule), { repo, file: f, line: Number(ln), rule, verdict, note: note.join("\t"), at: i + 1 });
  });
  return map;
}

const key = (repo, file, line, rule) => `${repo}\0${file}\0${line}\0${rule}`;

/** Scans one excerpt from its own root, with an environment that holds no provider settings. */
function scan(dir) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" };
  const r = spawnSync(process.execPath, [cli, "scan", ".", "--format", "json"], { cwd: dir, env, encoding: "utf8", maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`realworld: credcheck scan crashed in ${dir} (exit ${r.status}):\n${r.stderr}`);
    process.exit(2);
  }
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    console.error(`realworld: no JSON report from ${dir}:\n${r.stderr}`);
    process.exit(2);
  }
  return { exit: r.status, report };
}

const pct = (n, d) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

function runHalf(h) {
  const dir = path.join(corpus, h);
  const repos = existsSync(dir) ? readdirSync(dir).filter((d) => statSync(path.join(dir, d)).isDirectory()).sort() : [];
  const judgments = readJudgments(path.join(dir, "judgments.tsv"));
  const seen = new Set();
  const rows = [];
  const repoExit = [];
  const lowered = [];
  let files = 0;
  for (const repo of repos) {
    const { exit, report } = scan(path.join(dir, repo));
    files += report.files ?? 0;
    let trueError = false;
    for (const f of report.findings) {
      const file = f.location?.file ?? "";
      const line = f.location?.line ?? 0;
      const k = key(repo, file.replace(/^\.\//, ""), line, f.rule);
      const j = judgments.get(k);
      // A finding still reported as info is still found (a true positive lowered to info is
      // not lost), but only errors and warnings count for precision.
      if (j) seen.add(k);
      if (f.severity === "info") {
        if (j?.verdict === "TP") lowered.push({ repo, file, line, rule: f.rule });
        continue;
      }
      const verdict = j?.verdict ?? "unjudged";
      if (verdict === "TP" && f.severity === "error") trueError = true;
      rows.push({ repo, file: file.replace(/^\.\//, ""), line, rule: f.rule, severity: f.severity, verdict, message: f.message, note: j?.note ?? "" });
    }
    repoExit.push({ repo, exit, trueError });
  }
  const accepted = new Set(
    existsSync(path.join(dir, "accepted-losses.tsv"))
      ? readFileSync(path.join(dir, "accepted-losses.tsv"), "utf8")
          .split("\n")
          .filter((l) => l.trim() && !l.startsWith("#"))
          .map((l) => {
            const [repo, f, ln, rule] = l.split("\t");
            return key(repo, f, Number(ln), rule);
          })
      : [],
  );
  // A true positive no longer reported fails the check unless accepted-losses.tsv names it with
  // the reason the rule changed.
  const lost = [...judgments.values()].filter(
    (j) => j.verdict === "TP" && !seen.has(key(j.repo, j.file, j.line, j.rule)) && !accepted.has(key(j.repo, j.file, j.line, j.rule)),
  );
  const stale = [...judgments.values()].filter((j) => j.verdict !== "TP" && !seen.has(key(j.repo, j.file, j.line, j.rule)));
  const perRule = new Map();
  for (const r of rows) {
    const c = perRule.get(r.rule) ?? { rule: r.rule, error: 0, warning: 0, TP: 0, DEB: 0, FP: 0, unjudged: 0 };
    c[r.severity] += 1;
    c[r.verdict] += 1;
    perRule.set(r.rule, c);
  }
  const tally = (pred) => {
    const sel = rows.filter(pred);
    return { n: sel.length, tp: sel.filter((r) => r.verdict === "TP").length, unjudged: sel.filter((r) => r.verdict === "unjudged").length };
  };
  const errors = tally((r) => r.severity === "error");
  const both = tally(() => true);
  const badExit = repoExit.filter((r) => r.exit === 1 && !r.trueError);
  return { half: h, lowered, repos: repos.length, exit1: repoExit.filter((x) => x.exit === 1).length, files, rows, perRule: [...perRule.values()].sort((a, b) => a.rule.localeCompare(b.rule)), errors, both, badExit, lost, stale };
}

let failed = false;
const results = halves.map(runHalf);
if (asJson) {
  console.log(JSON.stringify(results.map(({ rows, ...r }) => ({ ...r, findings: rows.length })), null, 2));
}
for (const r of results) {
  if (!asJson) {
    console.log(`\n## ${r.half} half: ${r.repos} repositories, ${r.files} files checked, ${r.both.n} errors and warnings`);
    console.log("| rule | errors | warnings | TP | DEB | FP | unjudged | precision |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const c of r.perRule) console.log(`| ${c.rule} | ${c.error} | ${c.warning} | ${c.TP} | ${c.DEB} | ${c.FP} | ${c.unjudged} | ${pct(c.TP, c.TP + c.DEB + c.FP)} |`);
    console.log(`error precision: ${pct(r.errors.tp, r.errors.n - r.errors.unjudged)} (${r.errors.tp} of ${r.errors.n - r.errors.unjudged}; floor ${GATES.errorPrecision * 100}%)`);
    console.log(`error+warning precision: ${pct(r.both.tp, r.both.n - r.both.unjudged)} (${r.both.tp} of ${r.both.n - r.both.unjudged}; floor ${GATES.errorWarningPrecision * 100}%)`);
    console.log(`repositories exiting 1: ${r.exit1}, of them without a true error: ${r.badExit.length} (floor 0)`);
    console.log(`true positives judged before and no longer reported: ${r.lost.length}; reported as info now: ${r.lowered.length}; findings without a verdict: ${r.both.unjudged}`);
  }
  const show = (label, items, fmt) => {
    if (!items.length) return;
    console.log(`\n${label} (${r.half}):`);
    for (const it of items) console.log(fmt(it));
  };
  const row = (x) => `${x.repo}\t${x.file}\t${x.line}\t${x.rule}\t${x.severity}\t${x.verdict}\t${x.message}${x.note ? `\t# ${x.note}` : ""}`;
  if (list === "unjudged" || list === "all") show("without a verdict", r.rows.filter((x) => x.verdict === "unjudged"), row);
  if (list === "false" || list === "all") show("false or debatable", r.rows.filter((x) => x.verdict === "FP" || x.verdict === "DEB"), row);
  if (list === "all") show("true", r.rows.filter((x) => x.verdict === "TP"), row);
  if (list === "lost" || list === "all" || check) show("true positives no longer reported", r.lost, (j) => `${j.repo}\t${j.file}\t${j.line}\t${j.rule}\t(judgments.tsv line ${j.at})`);
  if (list === "all") show("judgments that match nothing now", r.stale, (j) => `${j.repo}\t${j.file}\t${j.line}\t${j.rule}\t${j.verdict}`);
  if (check) {
    const ep = r.errors.n - r.errors.unjudged === 0 ? 1 : r.errors.tp / (r.errors.n - r.errors.unjudged);
    const bp = r.both.n - r.both.unjudged === 0 ? 1 : r.both.tp / (r.both.n - r.both.unjudged);
    const misses = [];
    if (r.repos === 0) misses.push("no repositories");
    if (ep < GATES.errorPrecision) misses.push(`error precision ${pct(r.errors.tp, r.errors.n - r.errors.unjudged)} < ${GATES.errorPrecision * 100}%`);
    if (bp < GATES.errorWarningPrecision) {
      const m = `error+warning precision ${pct(r.both.tp, r.both.n - r.both.unjudged)} < ${GATES.errorWarningPrecision * 100}%`;
      if (ENFORCED.has("errorWarningPrecision")) misses.push(m);
      else console.log(`realworld ${r.half}: target not met yet (reported, not enforced): ${m}`);
    }
    if (r.badExit.length > GATES.reposExit1WithoutTrueError) misses.push(`${r.badExit.length} repositories exit 1 without a true error: ${r.badExit.map((b) => b.repo).join(", ")}`);
    if (r.lost.length) misses.push(`${r.lost.length} true positives no longer reported`);
    if (r.both.unjudged) misses.push(`${r.both.unjudged} findings without a verdict (judge them in tests/realworld/${r.half}/judgments.tsv)`);
    for (const m of misses) console.error(`realworld ${r.half}: ${m}`);
    if (misses.length) failed = true;
  }
}
process.exit(failed ? 1 : 0);
