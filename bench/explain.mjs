// Explain throughput: `explainError` over every text of the explain corpus
// (tests/fixtures/explain/corpus.json, real error texts from public issue threads), in this
// process after one warm-up pass. One run is one pass over the corpus; texts/s is its median.
// Usage: node bench/explain.mjs [runs]
import { readFileSync } from "node:fs";
import path from "node:path";
import credcheck from "../dist/index.js";
import { isMain, rateCell, root, row, table } from "./measure.mjs";

/** The explain row of the results table, and a details line naming the corpus. */
export function explainRows(runs) {
  const corpus = JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "explain", "corpus.json"), "utf8"));
  const texts = corpus.map((c) => c.text);
  const kib = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
  for (const t of texts) credcheck.explainError(t);
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) credcheck.explainError(t);
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return {
    rows: [row("explain throughput: `explainError` over the corpus", rateCell(texts.length, seconds, "texts/s", 0), "—", "—", "—", runs)],
    details: `Explain corpus: ${texts.length} error texts, ${kib.toFixed(1)} KiB.`,
  };
}

if (isMain(import.meta.url)) {
  const { rows, details } = explainRows(Number(process.argv[2] ?? 20));
  console.log(`${details}\n\n${table(rows)}`);
}
