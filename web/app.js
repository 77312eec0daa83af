// The browser page: UI glue around the credcheck WebAssembly core. Every rule, every kind
// recognition and all masking happen in the core; this file keeps the list of files, calls the
// core and renders what it returns. User text reaches the DOM only through textContent and
// form values, never as HTML.
import init, * as core from "./credcheck.js";
import { wasmBase64 } from "./credcheck_bg.wasm.js";

/** Kinds the page offers, with the names shown for them. */
const KIND_NAMES = {
  dotenv: ".env file",
  "oai-config-list": "OAI_CONFIG_LIST",
  "autogen-component": "AutoGen component",
  crewai: "CrewAI YAML",
  "client-params": "client parameters",
  compose: "Docker Compose",
  kubernetes: "Kubernetes",
  "error-text": "error message",
};

/** File names given to unnamed texts of each kind, so the core reads them as that kind. */
const DEFAULT_NAMES = {
  dotenv: ".env",
  "oai-config-list": "OAI_CONFIG_LIST",
  "autogen-component": "model_client.json",
  crewai: "agents.yaml",
  "client-params": "llm.yaml",
  compose: "docker-compose.yml",
  kubernetes: "manifests.yaml",
  "error-text": "error.txt",
};

const MAX_BYTES = 16 * 1024 * 1024;
const $ = (id) => document.getElementById(id);

const state = { files: [], current: 0, nextId: 1, report: null, explanations: [] };
let timer = 0;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function newFile(name = "", text = "", kind = "auto") {
  return { id: state.nextId++, name, text, kind };
}

/** Lines of KEY=value (optionally `export`), comments and blanks only: a pasted .env. */
function looksLikeDotenv(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith("#"));
  return lines.length > 0 && lines.every((l) => /^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=/.test(l));
}

/**
 * The kind a file is read as and the path it is given: the chosen kind, or what the core
 * recognises from the name and content; an unnamed text is tried as YAML and JSON, then as a
 * .env, then as an error message the core can explain. `kind` is null when nothing fits.
 */
function resolve(file) {
  const name = file.name.trim();
  const text = file.text;
  let kind = file.kind === "auto" ? null : file.kind;
  let detected = false;
  if (!kind && text.trim()) {
    detected = true;
    kind = (name && core.detectKind(name, text)) || null;
    const json = /^\s*[[{]/.test(text);
    for (const guess of json ? ["pasted.json", "pasted.yaml"] : ["pasted.yaml", "pasted.json"]) {
      kind = kind || core.detectKind(guess, text) || null;
    }
    if (!kind && looksLikeDotenv(text)) kind = "dotenv";
    if (!kind && core.explain(text).causes.length > 0) kind = "error-text";
  }
  let path = name;
  if (!path && kind) {
    path = DEFAULT_NAMES[kind];
    if (kind === "client-params" && /^\s*[[{]/.test(text)) path = "llm.json";
  }
  return { kind, path: path || "untitled", detected };
}

/** Paths made unique (`.env`, `.env.2`; `a.yaml`, `a-2.yaml`) so findings group by file. */
function uniquePaths(resolved) {
  const seen = new Map();
  return resolved.map((r) => {
    const n = (seen.get(r.path) ?? 0) + 1;
    seen.set(r.path, n);
    if (n === 1) return r.path;
    const slash = r.path.lastIndexOf("/") + 1;
    const base = r.path.slice(slash);
    const dot = base.lastIndexOf(".");
    return dot > 0 ? `${r.path.slice(0, slash)}${base.slice(0, dot)}-${n}${base.slice(dot)}` : `${r.path}.${n}`;
  });
}

// ---------------------------------------------------------------- the editor

function current() {
  return state.files[state.current];
}

function renderFileList() {
  const list = $("file-list");
  list.replaceChildren();
  state.files.forEach((f, i) => {
    const r = resolve(f);
    const label = f.name.trim() || (r.kind ? DEFAULT_NAMES[r.kind] : "untitled");
    const button = el(
      "button",
      {
        type: "button",
        class: "file-tab",
        "aria-current": i === state.current ? "true" : undefined,
        "aria-label": `Edit ${label}${r.kind ? `, ${KIND_NAMES[r.kind]}` : ""}`,
        onclick: () => select(i),
      },
      el("span", { text: label }),
    );
    list.append(el("li", {}, button));
  });
  $("remove-file").disabled = state.files.length < 2 && !current().text && !current().name;
}

function showDetected() {
  const f = current();
  const r = resolve(f);
  const out = $("detected");
  if (!f.text.trim()) out.textContent = "";
  else if (!r.kind) out.textContent = "Not recognised: choose a kind";
  else if (r.detected) out.textContent = `Detected: ${KIND_NAMES[r.kind]}`;
  else out.textContent = `Read as: ${KIND_NAMES[r.kind]}`;
  $("file-name").placeholder = r.kind && !f.name ? DEFAULT_NAMES[r.kind] : "e.g. docker-compose.yml, .env";
}

function loadEditor() {
  const f = current();
  $("file-name").value = f.name;
  $("kind").value = f.kind;
  $("text").value = f.text;
  showDetected();
  renderFileList();
}

function select(i) {
  state.current = i;
  loadEditor();
  $("text").focus();
}

function edited() {
  showDetected();
  renderFileList();
  if ($("auto-check").checked) {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  }
}

async function addFiles(fileList) {
  const skipped = [];
  const added = [];
  for (const file of fileList) {
    if (file.size > MAX_BYTES) {
      skipped.push(`${file.name} (over 16 MiB)`);
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    added.push(newFile(file.name, new TextDecoder().decode(bytes)));
  }
  if (!added.length) {
    if (skipped.length) setStatus(`Not read: ${skipped.join(", ")}`);
    return;
  }
  const blank = state.files.length === 1 && !state.files[0].text && !state.files[0].name;
  if (blank) state.files = [];
  state.files.push(...added);
  state.current = state.files.length - added.length;
  loadEditor();
  check();
  if (skipped.length) setStatus(`${$("status").textContent} Not read: ${skipped.join(", ")}.`);
}

// ---------------------------------------------------------------- checking

function setStatus(text) {
  $("status").textContent = text;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function check() {
  clearTimeout(timer);
  const resolved = state.files.map(resolve);
  const paths = uniquePaths(resolved);
  const entries = [];
  const scanner = new core.ConfigScanner();
  let configs = 0;
  try {
    state.files.forEach((f, i) => {
      const entry = { file: f, path: paths[i], kind: resolved[i].kind, detected: resolved[i].detected, problem: null, explanation: null };
      entries.push(entry);
      if (!f.text.trim()) entry.problem = "Empty.";
      else if (!entry.kind) entry.problem = "Not recognised as a config credcheck reads or an error it can explain: choose its kind.";
      else if (entry.kind === "error-text") entry.explanation = core.explain(f.text);
      else {
        try {
          if (scanner.add(entry.path, f.text, entry.kind) === undefined) entry.problem = "Not read.";
          else configs++;
        } catch (err) {
          entry.problem = String(err.message ?? err);
        }
      }
    });
    state.report = configs ? scanner.finish() : null;
  } finally {
    scanner.free();
  }
  state.entries = entries;
  state.explanations = entries.filter((e) => e.explanation);
  renderReport(entries);
}

function renderReport(entries) {
  const report = state.report;
  const root = $("report");
  root.replaceChildren();
  const findings = report ? report.findings : [];
  const byFile = new Map(entries.map((e) => [e.path, []]));
  const other = [];
  for (const f of findings) (byFile.get(f.location.file) ?? other).push(f);

  entries.forEach((entry, index) => {
    if (!entry.file.text.trim() && entries.length > 1) return;
    root.append(entry.explanation ? explanationSection(entry, index) : fileSection(entry, index, byFile.get(entry.path)));
  });
  if (other.length) {
    const section = el("section", { class: "file", "aria-label": "Other findings" }, el("h3", { text: "Other findings" }));
    section.append(findingList(other, null));
    root.append(section);
  }

  $("download-json").disabled = !report && !state.explanations.length;
  $("download-sarif").disabled = !report;
  const s = report?.summary;
  const parts = [];
  if (report) parts.push(`${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "note")} in ${plural(entries.filter((e) => !e.explanation && !e.problem).length, "file")}`);
  for (const e of state.explanations) parts.push(`${e.path}: ${e.explanation.causes.length ? plural(e.explanation.causes.length, "likely cause") : "no credential cause recognised"}`);
  const unread = entries.filter((e) => e.problem && e.file.text.trim()).length;
  if (unread) parts.push(`${plural(unread, "file")} not read`);
  setStatus(parts.length ? `${parts.join("; ")}.` : "Nothing to check yet: paste a config or drop files.");
}

function heading(entry) {
  const kind = entry.kind ? ` · ${KIND_NAMES[entry.kind]}${entry.detected ? " (detected)" : ""}` : "";
  return el("h3", {}, el("span", { class: "path", text: entry.path }), el("span", { class: "kind", text: kind }));
}

function fileSection(entry, index, findings = []) {
  const section = el("section", { class: "file", "aria-label": `Findings in ${entry.path}`, "data-path": entry.path });
  section.append(heading(entry));
  if (entry.problem) {
    section.append(el("p", { class: "problem", text: entry.problem }));
  } else if (!findings.length) {
    section.append(el("p", { class: "ok", text: "No problems found." }));
  } else {
    const counts = ["error", "warning", "info"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n);
    section.append(el("p", { class: "counts", text: counts.map(([s, n]) => plural(n, s === "info" ? "note" : s)).join(", ") }));
    section.append(findingList(findings, index));
  }
  if (entry.file.text.trim()) section.append(echo(entry, index));
  return section;
}

function findingList(findings, index) {
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity] || (a.location.line ?? 0) - (b.location.line ?? 0));
  const list = el("ol", { class: "findings" });
  for (const f of sorted) {
    const where = f.location.line ? `line ${f.location.line}${f.location.column ? `:${f.location.column}` : ""}` : f.location.env ?? f.location.file ?? "";
    const body = [
      el("span", { class: "head" },
        el("span", { class: `badge ${f.severity}`, text: f.severity }),
        el("code", { class: "rule", text: f.rule }),
        el("span", { class: "where", text: where }),
      ),
      el("span", { class: "message", text: f.message }),
      el("span", { class: "fix" }, el("strong", { text: "Fix: " }), f.fix),
    ];
    if (f.secret) {
      const s = f.secret;
      body.push(el("span", { class: "secret" }, el("strong", { text: "Key: " }), el("code", { text: s.masked }), ` · ${s.provider ?? "unknown provider"} · `, el("code", { text: s.fingerprint })));
    }
    const item = el("li", { class: `finding ${f.severity}` });
    if (index !== null && f.location.line) {
      item.append(el("button", { type: "button", class: "goto", "data-line": f.location.line, "aria-label": `${f.severity} ${f.rule} at ${where}: ${f.message} Show the line.`, onclick: () => highlight(index, f.location.line) }, ...body));
    } else {
      item.append(el("div", { class: "goto" }, ...body));
    }
    list.append(item);
  }
  return list;
}

function explanationSection(entry, index) {
  const e = entry.explanation;
  const section = el("section", { class: "file explanation", "aria-label": `Explanation of ${entry.path}`, "data-path": entry.path });
  section.append(heading(entry));
  const facts = [["provider", e.provider], ["framework", e.framework], ["HTTP status", e.status]].filter(([, v]) => v !== null && v !== undefined);
  if (facts.length) section.append(el("p", { class: "facts", text: facts.map(([k, v]) => `${k}: ${v}`).join(" · ") }));
  if (!e.causes.length) {
    section.append(el("p", { class: "ok", text: "No known credential cause recognised in this text." }));
  } else {
    const list = el("ol", { class: "causes" });
    for (const c of e.causes) {
      const item = el("li", { class: "cause" },
        el("span", { class: "head" }, el("span", { class: `badge ${c.confidence}`, text: c.confidence }), el("code", { class: "rule", text: c.cause })),
        el("span", { class: "message", text: c.summary }),
      );
      if (c.evidence.length) item.append(el("ul", { class: "evidence", "aria-label": "Evidence" }, ...c.evidence.map((t) => el("li", { text: t }))));
      item.append(el("ol", { class: "steps", "aria-label": "Fix" }, ...c.fix.map((t) => el("li", { text: t }))));
      if (c.confirm) item.append(el("p", { class: "confirm" }, el("strong", { text: "Confirm: " }), el("code", { text: c.confirm })));
      list.append(item);
    }
    section.append(list);
  }
  section.append(echo(entry, index));
  return section;
}

/** The file's text with its secrets masked by the core, one numbered line per row. */
function echo(entry, index) {
  const lines = core.maskText(entry.file.text).split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const pre = el("pre", { class: "echo", id: `echo-${index}`, "aria-label": `${entry.path}, secrets masked` });
  lines.forEach((line, i) => {
    pre.append(el("span", { class: "line", id: `echo-${index}-L${i + 1}`, "data-line": i + 1 }, el("span", { class: "ln", "aria-hidden": "true", text: String(i + 1) }), el("span", { class: "code", text: line || " " })));
  });
  return el("details", { class: "echo-box", open: true }, el("summary", { text: "Text (secrets masked)" }), pre);
}

function highlight(index, line) {
  for (const old of document.querySelectorAll(".line.hl")) {
    old.classList.remove("hl");
    old.removeAttribute("aria-current");
  }
  const target = $(`echo-${index}-L${line}`);
  if (!target) return;
  target.closest("details").open = true;
  target.classList.add("hl");
  target.setAttribute("aria-current", "location");
  target.scrollIntoView({ block: "center", behavior: "instant" });
}

// ---------------------------------------------------------------- downloads

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function downloadJson() {
  if (state.report) {
    download("credcheck-report.json", core.formatReport(state.report, "json"), "application/json");
  } else if (state.explanations.length) {
    const texts = state.explanations.map((e) => core.formatExplanation(e.explanation, "json"));
    download("credcheck-explanation.json", texts.length === 1 ? texts[0] : `[\n${texts.join(",\n")}\n]\n`, "application/json");
  }
}

function downloadSarif() {
  if (state.report) download("credcheck-report.sarif", core.formatReport(state.report, "sarif"), "application/sarif+json");
}

// ---------------------------------------------------------------- wiring

function wire() {
  $("text").addEventListener("input", (e) => {
    current().text = e.target.value;
    edited();
  });
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      check();
    }
  });
  $("file-name").addEventListener("input", (e) => {
    current().name = e.target.value;
    edited();
  });
  $("kind").addEventListener("change", (e) => {
    current().kind = e.target.value;
    edited();
  });
  $("check").addEventListener("click", check);
  $("add-file").addEventListener("click", () => {
    state.files.push(newFile());
    select(state.files.length - 1);
  });
  $("remove-file").addEventListener("click", () => {
    state.files.splice(state.current, 1);
    if (!state.files.length) state.files.push(newFile());
    state.current = Math.min(state.current, state.files.length - 1);
    loadEditor();
    check();
    $("text").focus();
  });
  $("clear").addEventListener("click", () => {
    state.files = [newFile()];
    state.current = 0;
    loadEditor();
    check();
    $("text").focus();
  });
  $("file-input").addEventListener("change", async (e) => {
    await addFiles([...e.target.files]);
    e.target.value = "";
  });
  $("download-json").addEventListener("click", downloadJson);
  $("download-sarif").addEventListener("click", downloadSarif);

  const drop = $("drop");
  // A file dropped outside the box must not make the browser open it in place of the page.
  for (const type of ["dragover", "drop"]) document.addEventListener(type, (e) => e.preventDefault());
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer?.files?.length) await addFiles([...e.dataTransfer.files]);
  });
}

async function main() {
  const bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
  await init({ module_or_path: bytes });
  state.files = [newFile()];
  wire();
  loadEditor();
  check();
  setStatus("Ready: paste a config or drop files.");
  document.documentElement.dataset.ready = "true";
}

main().catch((err) => {
  setStatus(`Could not start the checker: ${err.message ?? err}`);
  document.documentElement.dataset.ready = "error";
});
