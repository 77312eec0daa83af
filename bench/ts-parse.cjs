// The lint benchmark's baseline: TypeScript's own parser (ts.createSourceFile, no type checking,
// no rules) over every JavaScript and TypeScript file under a directory. Python files are not
// read: npm has no Python parser of comparable standing. Prints "files bytes" of what it parsed.
// Usage: node bench/ts-parse.cjs DIR
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const kinds = { ".js": ts.ScriptKind.JS, ".mjs": ts.ScriptKind.JS, ".cjs": ts.ScriptKind.JS, ".jsx": ts.ScriptKind.JSX, ".ts": ts.ScriptKind.TS, ".mts": ts.ScriptKind.TS, ".cts": ts.ScriptKind.TS, ".tsx": ts.ScriptKind.TSX };
let files = 0;
let bytes = 0;
let nodes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (kinds[path.extname(e.name)] !== undefined) {
      const text = readFileSync(full, "utf8");
      const sf = ts.createSourceFile(full, text, ts.ScriptTarget.Latest, false, kinds[path.extname(e.name)]);
      nodes += sf.statements.length; // keep the tree alive until here
      files++;
      bytes += Buffer.byteLength(text);
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${files} ${bytes} ${nodes}\n`);
