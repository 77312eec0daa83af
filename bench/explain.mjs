// Explain throughput: `explainError` over every text of the explain corpus
// (tests/fixtures/explain/corpus.json, real error texts from public issue threads), in this
// process after one warm-up pass. One run is one pass over the corpus; texts/s is its median.
// Then one 64 KiB paste (a log with a Python stack trace and the auth error at the end, the
// size explain reads at most), median time per call, against issue 18's bar of 50 ms and
// against its own last line alone measured in the same run: the ratio is what the 64 KiB of
// frames add. A third paste of distinct frames (no repeated line) checks the same without the
// help of repeated lines.
// Usage: node bench/explain.mjs [runs]
import { readFileSync } from "node:fs";
import path from "node:path";
import credcheck from "../dist/index.js";
import { isMain, median, msCell, rateCell, ratio, root, row, table } from "./measure.mjs";

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
  const distinct = largePaste(64 * 1024, { distinct: true });
  const line = paste.slice(paste.lastIndexOf("\n", paste.length - 2) + 1);
  const perCall = (text) => {
    credcheck.explainError(text);
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      credcheck.explainError(text);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return ms;
  };
  const pasteMs = perCall(paste);
  const distinctMs = perCall(distinct);
  const lineMs = perCall(line);
  const bar = 50;
  return {
    rows: [
      row("explain throughput: `explainError` over the corpus", rateCell(texts.length, seconds, "texts/s", 0), "—", "—", "—", runs),
      row("explain on a 64 KiB log with a stack trace (median per call)", msCell(pasteMs), "budget (issue 18)", `${bar} ms`, ratio(median(pasteMs), bar), runs),
      row("explain on a 64 KiB log with a stack trace, same", msCell(pasteMs), `its last line alone (${Buffer.byteLength(line)} B)`, msCell(lineMs), ratio(median(pasteMs), median(lineMs)), runs),
      row("explain on 64 KiB of distinct stack frames (no line repeated)", msCell(distinctMs), "budget (issue 18)", `${bar} ms`, ratio(median(distinctMs), bar), runs),
    ],
    details: `Explain corpus: ${texts.length} error texts, ${kib.toFixed(1)} KiB; large pastes: ${(Buffer.byteLength(paste) / 1024).toFixed(0)} KiB each (repeated frames, and distinct frames).`,
  };
}

/**
 * About `bytes` of log: Python traceback frames, then a real auth error at the end. The frames
 * repeat one frame, or with `distinct` each names its own file and line (no line repeats).
 */
export function largePaste(bytes, { distinct = false } = {}) {
  const frame = (i) =>
    distinct
      ? `  File "/app/.venv/lib/python3.12/site-packages/pkg${i}/_base_client.py", line ${i}, in _request\n    raise self._make_status_error_from_response(err.response) from None  # ${i}\n`
      : '  File "/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1020, in _request\n    raise self._make_status_error_from_response(err.response) from None\n';
  const tail = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************MxYA.', 'code': 'invalid_api_key'}}\n";
  let frames = "";
  for (let i = 0; frames.length < bytes - tail.length; i++) frames += frame(i);
  return `Traceback (most recent call last):\n${frames}`.slice(0, bytes - tail.length) + tail;
}

if (isMain(import.meta.url)) {
  const { rows, details } = explainRows(Number(process.argv[2] ?? 20));
  console.log(`${details}\n\n${table(rows)}`);
}
