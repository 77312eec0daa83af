// Explain throughput: `explainError` over every text of the explain corpus
// (tests/fixtures/explain/corpus.json, real error texts from public issue threads), in this
// process after one warm-up pass. One run is one pass over the corpus; texts/s is its median.
// A second row: one 64 KiB paste (a log with a Python stack trace and the auth error at the
// end, the size explain reads at most), median time per call; issue 18's bar is under 50 ms.
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
  const paste = largePaste(64 * 1024);
  credcheck.explainError(paste);
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    credcheck.explainError(paste);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  return {
    rows: [
      row("explain throughput: `explainError` over the corpus", rateCell(texts.length, seconds, "texts/s", 0), "—", "—", "—", runs),
      row("explain on a 64 KiB log with a stack trace (median per call; bar 50 ms)", `${median.toFixed(1)} ms`, "—", "—", "—", runs),
    ],
    details: `Explain corpus: ${texts.length} error texts, ${kib.toFixed(1)} KiB; large paste: ${(Buffer.byteLength(paste) / 1024).toFixed(0)} KiB.`,
  };
}

/** About `bytes` of log: Python traceback frames repeated, then a real auth error at the end. */
export function largePaste(bytes) {
  const frame = '  File "/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1020, in _request\n    raise self._make_status_error_from_response(err.response) from None\n';
  const tail = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************MxYA.', 'code': 'invalid_api_key'}}\n";
  return `Traceback (most recent call last):\n${frame.repeat(Math.ceil((bytes - tail.length) / frame.length))}`.slice(0, bytes - tail.length) + tail;
}

if (isMain(import.meta.url)) {
  const { rows, details } = explainRows(Number(process.argv[2] ?? 20));
  console.log(`${details}\n\n${table(rows)}`);
}
