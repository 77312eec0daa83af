// A generated tree of realistic JavaScript, TypeScript and Python sources for the lint benchmark:
// imports, classes, functions, types, loops, comprehensions, decorators; in some files a provider
// client built at import or in a handler, env reads checked or not, a fork or a worker pool.
// File sizes are mixed (log-normal around the mean). The same seed gives the same tree.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A seeded generator of floats in [0, 1) (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["order", "invoice", "user", "session", "document", "chunk", "embedding", "prompt", "summary", "ticket", "report", "batch", "queue", "cache", "vector", "answer"];

function js(rnd, i, size, ts) {
  const w = (k) => WORDS[(i + k) % WORDS.length];
  const t = (type) => (ts ? `: ${type}` : "");
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const kind = i % 10;
  let out = `// ${cap(w(0))} service: ${w(1)} handling for the ${w(2)} pipeline.\n`;
  out += `import path from "node:path";\nimport { readFile } from "node:fs/promises";\nimport { EventEmitter } from "node:events";\n`;
  if (kind < 3) out += `import OpenAI from "openai";\n`;
  if (kind === 3) out += `import Anthropic from "@anthropic-ai/sdk";\n`;
  if (kind === 4) out += `import { AzureOpenAI } from "openai";\n`;
  if (kind === 5) out += `import cluster from "node:cluster";\nimport OpenAI from "openai";\n`;
  if (kind === 6) out += `import { fork } from "node:child_process";\n`;
  out += `import { ${w(3)}Schema, validate${cap(w(4))} } from "./schema${ts ? "" : ".js"}";\n\n`;
  if (ts) out += `export interface ${cap(w(0))}Record {\n  id: string;\n  createdAt: Date;\n  tags: string[];\n  score?: number;\n  meta: Record<string, unknown>;\n}\n\nexport type ${cap(w(1))}Result = { ok: true; value: ${cap(w(0))}Record } | { ok: false; error: string };\n\n`;
  if (kind === 0) out += `const apiKey = process.env.OPENAI_API_KEY;\nif (!apiKey) throw new Error("OPENAI_API_KEY is not set");\nconst client = new OpenAI({ apiKey });\n\n`;
  if (kind === 1) out += `const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n\n`;
  if (kind === 3) out += `const anthropic = new Anthropic();\n\n`;
  if (kind === 4) out += `const azure = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiVersion: "2024-06-01", deployment: "gpt-4o" });\n\n`;
  if (kind === 5) out += `const client = new OpenAI();\nif (cluster.isPrimary) {\n  for (let n = 0; n < 4; n++) cluster.fork();\n}\n\n`;
  if (kind === 6) out += `export function startWorker(script${t("string")}) {\n  return fork(script, [], { env: { ...process.env, ROLE: "worker" } });\n}\n\n`;
  for (let b = 0; out.length < size; b++) {
    const n = `${w(b)}${b}`;
    switch (Math.floor(rnd() * 5)) {
      case 0:
        out += `export class ${cap(n)}Store extends EventEmitter {\n  ${ts ? "private " : "#"}items${ts ? ": Map<string, " + cap(w(0)) + "Record>" : ""} = new Map();\n  constructor(${ts ? "private readonly root: string, private readonly limit = 100" : "root, limit = 100"}) {\n    super();\n${ts ? "" : "    this.root = root;\n    this.limit = limit;\n"}  }\n  async load(id${t("string")})${t(`Promise<${cap(w(0))}Record | undefined>`)} {\n    const file = path.join(this.root, \`\${id}.json\`);\n    const text = await readFile(file, "utf8");\n    const record = JSON.parse(text);\n    this.${ts ? "" : "#"}items.set(id, record);\n    this.emit("load", id);\n    return record;\n  }\n  evict()${t("number")} {\n    let removed = 0;\n    for (const [key] of this.${ts ? "" : "#"}items) {\n      if (this.${ts ? "" : "#"}items.size <= this.limit) break;\n      this.${ts ? "" : "#"}items.delete(key);\n      removed++;\n    }\n    return removed;\n  }\n}\n\n`;
        break;
      case 1:
        out += `export async function process${cap(n)}(items${t("Array<{ id: string; text: string }>")}, opts${t("{ batch?: number; dryRun?: boolean }")} = {}) {\n  const batch = opts.batch ?? ${8 + b};\n  const results = [];\n  for (let start = 0; start < items.length; start += batch) {\n    const slice = items.slice(start, start + batch);\n    const mapped = slice.map((item) => ({ ...item, words: item.text.split(/\\s+/).length }));\n    if (opts.dryRun) continue;\n    results.push(...mapped.filter((m) => m.words > ${b % 7}));\n  }\n  return results;\n}\n\n`;
        break;
      case 2:
        out += `const ${n}Defaults = {\n  retries: ${b % 5},\n  timeoutMs: ${1000 * (b % 9 + 1)},\n  labels: ["${w(b)}", "${w(b + 1)}", "${w(b + 2)}"],\n  nested: { enabled: ${b % 2 === 0}, ratio: 0.${b % 10}${b % 7} },\n};\n\nexport const ${n}Handler = async (req${t("{ body: string; headers: Record<string, string> }")}) => {\n  const body = JSON.parse(req.body);\n  if (!validate${cap(w(4))}(body)) return { status: 400, body: "invalid" };\n  const key = req.headers["x-request-id"] ?? \`req-\${Date.now()}\`;\n  return { status: 200, body: JSON.stringify({ key, ...${n}Defaults, size: body.length }) };\n};\n\n`;
        break;
      case 3:
        out += kind < 3 && kind !== 2
          ? `export async function ask${cap(n)}(question${t("string")})${t("Promise<string>")} {\n  const r = await client.chat.completions.create({\n    model: "gpt-4o-mini",\n    messages: [{ role: "system", content: "Answer about ${w(b)}." }, { role: "user", content: question }],\n  });\n  return r.choices[0]?.message?.content ?? "";\n}\n\n`
          : `function score${cap(n)}(a${t("number[]")}, b${t("number[]")})${t("number")} {\n  let dot = 0, na = 0, nb = 0;\n  for (let k = 0; k < a.length; k++) {\n    dot += a[k] * b[k];\n    na += a[k] ** 2;\n    nb += b[k] ** 2;\n  }\n  return na && nb ? dot / Math.sqrt(na * nb) : 0;\n}\n\n`;
        break;
      default:
        out += `export function format${cap(n)}(rows${t("Array<Record<string, string | number>>")})${t("string")} {\n  const cols = Object.keys(rows[0] ?? {});\n  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));\n  const line = (cells${t("string[]")}) => cells.map((c, k) => c.padEnd(widths[k])).join(" | ");\n  return [line(cols), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join("\\n");\n}\n\n`;
    }
  }
  return out;
}

function py(rnd, i, size) {
  const w = (k) => WORDS[(i + k) % WORDS.length];
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const kind = i % 10;
  let out = `"""${cap(w(0))} tasks: ${w(1)} processing for the ${w(2)} pipeline."""\nfrom __future__ import annotations\n\nimport json\nimport os\nfrom dataclasses import dataclass, field\nfrom pathlib import Path\nfrom typing import Iterable, Optional\n\n`;
  if (kind < 3) out += `from openai import OpenAI\n`;
  if (kind === 3) out += `from celery import Celery\nfrom langchain_openai import ChatOpenAI\n`;
  if (kind === 4) out += `from openai import AzureOpenAI\n`;
  if (kind === 5) out += `import subprocess\n`;
  out += `from .schema import ${w(3)}_schema, validate_${w(4)}\n\n`;
  if (kind === 0) out += `api_key = os.environ.get("OPENAI_API_KEY")\nif not api_key:\n    raise RuntimeError("OPENAI_API_KEY is not set")\nclient = OpenAI(api_key=api_key)\n\n`;
  if (kind === 1) out += `client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\n\n`;
  if (kind === 3) out += `app = Celery("${w(0)}", broker=os.environ["BROKER_URL"])\nllm = ChatOpenAI(model="gpt-4o-mini")\n\n`;
  if (kind === 4) out += `azure = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")\n\n`;
  if (kind === 5) out += `def run_tool(args: list[str]) -> int:\n    return subprocess.run(args, env={**os.environ, "ROLE": "tool"}, check=False).returncode\n\n\n`;
  for (let b = 0; out.length < size; b++) {
    const n = `${w(b)}_${b}`;
    switch (Math.floor(rnd() * 5)) {
      case 0:
        out += `@dataclass\nclass ${cap(w(b))}${b}Record:\n    id: str\n    text: str\n    tags: list[str] = field(default_factory=list)\n    score: Optional[float] = None\n\n    def words(self) -> int:\n        return len(self.text.split())\n\n    def to_json(self) -> str:\n        return json.dumps({"id": self.id, "text": self.text, "tags": self.tags, "score": self.score})\n\n\n`;
        break;
      case 1:
        out += `def process_${n}(items: Iterable[dict], batch: int = ${8 + b}, dry_run: bool = False) -> list[dict]:\n    results: list[dict] = []\n    buffer = []\n    for item in items:\n        buffer.append({**item, "words": len(item.get("text", "").split())})\n        if len(buffer) >= batch:\n            if not dry_run:\n                results.extend(b for b in buffer if b["words"] > ${b % 7})\n            buffer.clear()\n    return results\n\n\n`;
        break;
      case 2:
        out += `class ${cap(w(b))}Store${b}:\n    """Keeps ${w(b)} records on disk under a root folder."""\n\n    def __init__(self, root: Path, limit: int = 100) -> None:\n        self.root = root\n        self.limit = limit\n        self._items: dict[str, dict] = {}\n\n    def load(self, key: str) -> dict:\n        path = self.root / f"{key}.json"\n        try:\n            record = json.loads(path.read_text(encoding="utf-8"))\n        except FileNotFoundError:\n            record = {"id": key, "missing": True}\n        self._items[key] = record\n        return record\n\n    def evict(self) -> int:\n        extra = max(0, len(self._items) - self.limit)\n        for key in list(self._items)[:extra]:\n            del self._items[key]\n        return extra\n\n\n`;
        break;
      case 3:
        out += kind < 2
          ? `def ask_${n}(question: str) -> str:\n    response = client.chat.completions.create(\n        model="gpt-4o-mini",\n        messages=[{"role": "system", "content": "Answer about ${w(b)}."}, {"role": "user", "content": question}],\n    )\n    return response.choices[0].message.content or ""\n\n\n`
          : `def score_${n}(a: list[float], b: list[float]) -> float:\n    dot = sum(x * y for x, y in zip(a, b))\n    na = sum(x * x for x in a) ** 0.5\n    nb = sum(y * y for y in b) ** 0.5\n    return dot / (na * nb) if na and nb else 0.0\n\n\n`;
        break;
      default:
        out += `${n.toUpperCase()}_DEFAULTS = {\n    "retries": ${b % 5},\n    "timeout": ${b % 9 + 1}.5,\n    "labels": ["${w(b)}", "${w(b + 1)}", "${w(b + 2)}"],\n    "nested": {"enabled": ${b % 2 ? "True" : "False"}, "ratio": 0.${b % 10}},\n}\n\n\ndef format_${n}(rows: list[dict]) -> str:\n    cols = list(rows[0]) if rows else []\n    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]\n    lines = [" | ".join(c.ljust(w) for c, w in zip(cols, widths))]\n    lines += [" | ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths)) for r in rows]\n    return "\\n".join(lines)\n\n\n`;
    }
  }
  return out;
}

const KINDS = [
  ["js", (r, i, s) => js(r, i, s, false)],
  ["mjs", (r, i, s) => js(r, i, s, false)],
  ["ts", (r, i, s) => js(r, i, s, true)],
  ["tsx", (r, i, s) => js(r, i, s, true)],
  ["py", py],
  ["py", py],
];

/**
 * Writes `files` sources of about `totalMb` MB in all under `dir` (50 per folder), JS, MJS, TS,
 * TSX and Python (a third Python). Returns { files, bytes, byExt: { ext: { files, bytes } } }.
 */
export function writeSources(dir, files, totalMb, seed = 8) {
  const rnd = random(seed);
  const mean = (totalMb * 1024 * 1024) / files;
  const byExt = {};
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    // log-normal, sigma 1, scaled so the mean is `mean`: a few big files, many small ones
    const normal = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const size = Math.max(300, Math.round((mean * Math.exp(normal)) / Math.exp(0.5)));
    const [ext, make] = KINDS[i % KINDS.length];
    const text = make(rnd, i, size);
    const folder = path.join(dir, `pkg${Math.floor(i / 50)}`);
    if (i % 50 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${WORDS[i % WORDS.length]}_${i}.${ext}`), text);
    const n = Buffer.byteLength(text);
    bytes += n;
    byExt[ext] ??= { files: 0, bytes: 0 };
    byExt[ext].files++;
    byExt[ext].bytes += n;
  }
  return { files, bytes, byExt };
}
