// Writes the seed corpus for every fuzz target into fuzz/corpus/<target>/ (gitignored) from the
// test fixtures: tests/fixtures/scan/** (by kind), tests/fixtures/lint/** (by language), the
// error texts of tests/fixtures/explain/corpus.json (one file per text), and examples/scaled-app.
// The `scanner` target gets each fixture directory as one input: its files, each as
// "<path>\n<content>", separated by NUL bytes. Templates such as {{key:openai}} stay as they
// are; the targets fill them in at run time. Idempotent: files are named by their content hash.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "fuzz", "corpus");
const counts = {};

function seed(target, bytes) {
  const dir = join(out, target);
  mkdirSync(dir, { recursive: true });
  const name = createHash("sha1").update(bytes).digest("hex");
  writeFileSync(join(dir, name), bytes);
  counts[target] = (counts[target] ?? 0) + 1;
}

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** The config targets a scan fixture seeds, from its kind directory and file name. */
function configTargets(kind, path) {
  const name = basename(path);
  if (name === "expected.txt") return [];
  if (name.startsWith(".env") || name.endsWith(".env")) return ["dotenv"];
  const yaml = /\.ya?ml$/.test(name);
  switch (kind) {
    case "compose":
      return ["compose"];
    case "kubernetes":
    case "k8s":
      return ["kubernetes"];
    case "crewai":
    case "crew":
      return ["crewai_yaml"];
    default:
      return yaml ? ["crewai_yaml"] : ["config_json"];
  }
}

// Scan fixtures: each file by kind, each broken/fixed directory as one scanner input.
const scanRoot = join(root, "tests", "fixtures", "scan");
const scanDirs = [];
for (const kind of readdirSync(scanRoot).sort()) {
  for (const path of walk(join(scanRoot, kind))) {
    for (const target of configTargets(kind, path)) seed(target, readFileSync(path));
  }
  for (const variant of ["broken", "fixed"]) scanDirs.push(join(scanRoot, kind, variant));
}
const scaled = join(root, "examples", "scaled-app");
for (const path of walk(scaled)) {
  const kind = relative(scaled, path).split("/")[0];
  const name = basename(path);
  const targets =
    name === "docker-compose.yml" ? ["compose"] : configTargets(kind === name ? "" : kind, path);
  for (const target of targets) seed(target, readFileSync(path));
}
scanDirs.push(scaled, join(scanRoot));
for (const dir of scanDirs) {
  const parts = walk(dir)
    .filter((p) => basename(p) !== "expected.txt")
    .map((p) => Buffer.concat([Buffer.from(`${relative(dir, p)}\n`), readFileSync(p)]));
  if (parts.length) {
    const joined = [];
    parts.forEach((p, i) => joined.push(...(i ? [Buffer.from([0]), p] : [p])));
    seed("scanner", Buffer.concat(joined));
  }
}

// Lint fixtures, by language.
for (const path of walk(join(root, "tests", "fixtures", "lint"))) {
  const ext = extname(path);
  if ([".py", ".pyi"].includes(ext)) seed("lint_python", readFileSync(path));
  else if ([".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"].includes(ext))
    seed("lint_js", readFileSync(path));
}

// Error texts, one file per text.
const corpus = JSON.parse(readFileSync(join(root, "tests", "fixtures", "explain", "corpus.json"), "utf8"));
for (const entry of corpus) seed("explain", Buffer.from(entry.text));

for (const [target, n] of Object.entries(counts).sort()) console.log(`[seed] ${target}: ${n} inputs`);
