// The browser page (web/ built into web-dist/) in Debian's Chromium, driven by playwright-core:
// pasted and dropped configs give the fixtures' expected findings, no request leaves the page,
// no planted key appears, error texts are explained, keyboard-only use, narrow and dark layouts,
// and a screenshot of a report in tests/artifacts/. A Chromium that cannot start is a failure.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildWeb } from "../scripts/build-web.mjs";
import { serveWeb } from "../scripts/serve-web.mjs";
import { assertNoLeak, credcheck, plantedKeys, root } from "./helpers.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const fixtures = path.join(root, "tests", "fixtures", "scan");
const artifacts = path.join(root, "tests", "artifacts");

// The page as a static host would serve it, built afresh from web/ and pkg-web/.
const dist = mkdtempSync(path.join(tmpdir(), "credcheck-web-"));
buildWeb(dist);
const served = [];
const started = serveWeb({ port: 0, dir: dist }).then((s) => {
  s.server.on("request", (req) => served.push(req.url));
  return s;
});

let browserPromise;
/** One Chromium for the file; a launch failure fails every test that needs it. */
function browser() {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return browserPromise;
}

after(async () => {
  const b = await browserPromise?.catch(() => null);
  await b?.close();
  (await started).server.close();
  rmSync(dist, { recursive: true, force: true });
});

/**
 * A fresh page on the served app, ready to use. Every request the page makes is recorded with
 * whether the app had finished loading; page errors fail the test.
 */
async function open(t, contextOptions = {}) {
  const { url } = await started;
  const context = await (await browser()).newContext({ acceptDownloads: true, ...contextOptions });
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [];
  let loaded = false;
  page.on("request", (r) => requests.push({ url: r.url(), afterLoad: loaded }));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  t.after(() => assert.deepEqual(errors, [], "no script errors on the page"));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 15_000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "true", await page.textContent("#status"));
  loaded = true;
  return { page, requests, url };
}

/** Fixture text with its key templates filled as tests/scan.test.mjs fills them. */
function fixture(kind, name) {
  return readFileSync(path.join(fixtures, kind, "broken", name), "utf8").replace(/\{\{(key|base64key):([a-z-]+)(?::(\d+))?\}\}/g, (_, what, p, seed) => {
    const k = credcheck.sampleKeys(seed ? Number(seed) : 1).find((s) => s.provider === p && s.slot === "api_key").key;
    return what === "key" ? k : Buffer.from(k).toString("base64");
  });
}

/** `rule file:line` of every error and warning a fixture expects. */
/** The case's expected findings for its top-level files (a case may hold subfolders of its own). */
function expected(kind) {
  return readFileSync(path.join(fixtures, kind, "expected.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .filter((l) => !l.split(" ").at(-1).includes("/"))
    .sort();
}

/** What the page shows: per file section, its findings (severity, rule, line). */
function shown(page) {
  return page.$$eval("#report section.file", (sections) =>
    sections.map((s) => ({
      path: s.dataset.path ?? null,
      findings: [...s.querySelectorAll("li.finding")].map((li) => ({
        severity: ["error", "warning", "info"].find((c) => li.classList.contains(c)),
        rule: li.querySelector(".rule").textContent,
        line: Number(li.querySelector("[data-line]")?.dataset.line ?? 0),
      })),
    })),
  );
}

const asExpected = (sections) =>
  [...new Set(sections.flatMap((s) => s.findings.map((f) => `${f.severity === "info" ? "info " : ""}${f.rule} ${s.path}:${f.line}`)))].sort();

async function paste(page, text, { name, kind } = {}) {
  if (name !== undefined) await page.fill("#file-name", name);
  if (kind !== undefined) await page.selectOption("#kind", kind);
  await page.fill("#text", text);
  await page.click("#check");
}

test("web: a pasted broken Compose file gives the fixture's findings under its name; a click highlights the line", async (t) => {
  const { page } = await open(t);
  await paste(page, fixture("compose", "docker-compose.yml"));
  assert.equal(await page.textContent("#detected"), "Detected: Docker Compose");
  const sections = await shown(page);
  assert.deepEqual(sections.map((s) => s.path), ["docker-compose.yml"]);
  assert.deepEqual(asExpected(sections), expected("compose"));
  assert.match(await page.textContent("#status"), /^\d+ errors?, \d+ warnings?/);

  // Each finding, clicked, highlights its own line of the masked echo (and only that line).
  for (const want of [22, 10, 2]) {
    await page.click(`#report button.goto[data-line="${want}"]`);
    const hl = await page.$$eval(".line.hl", (ls) => ls.map((l) => ({ line: Number(l.dataset.line), text: l.textContent })));
    assert.equal(hl.length, 1);
    assert.equal(hl[0].line, want);
    assert.ok(await page.isVisible(".line.hl"));
  }
  // Line 22 holds the literal Anthropic key: the echo shows it masked, as the finding does.
  const hlText = await page.textContent(".line.hl[data-line='2']");
  assert.match(hlText, /OPENAI_API_KEY: \$\{OPENAI_API_KEY\}/);
  const line22 = await page.textContent("#echo-0-L22");
  const key = credcheck.sampleKeys(1).find((s) => s.provider === "anthropic" && s.slot === "api_key").key;
  assert.ok(line22.includes(credcheck.mask(key)), line22);
  assertNoLeak(await page.content(), key, "page");
  const secret = await page.textContent("li.finding .secret");
  assert.ok(secret.includes(credcheck.mask(key)) && secret.includes(credcheck.fingerprint(key)) && secret.includes("anthropic"), secret);

  // The user can override the kind: read as a .env file, the same text is a syntax problem.
  await page.selectOption("#kind", "dotenv");
  await page.click("#check");
  assert.equal(await page.textContent("#detected"), "Read as: .env file");
  assert.notDeepEqual(asExpected(await shown(page)), expected("compose"));
});

test("web: files opened and dropped are checked together (cross-file findings)", async (t) => {
  const { page } = await open(t);
  // Three AutoGen files through the file input: the agents' lists are compared across files.
  const dir = path.join(fixtures, "autogen", "broken");
  const names = readdirSync(dir).sort();
  await page.setInputFiles("#file-input", names.map((n) => ({ name: n, mimeType: "text/plain", buffer: Buffer.from(fixture("autogen", n)) })));
  await page.waitForFunction((n) => document.querySelectorAll("#report section.file").length === n, names.length);
  const sections = await shown(page);
  assert.deepEqual(sections.map((s) => s.path).sort(), names);
  assert.deepEqual(asExpected(sections), expected("autogen"));
  assert.equal(await page.$$eval("#file-list button", (b) => b.length), names.length);

  // A CrewAI agents.yaml and its .env dropped on the box: the model is judged against the .env.
  await page.click("#clear");
  const files = [".env", "agents.yaml"].map((n) => [n, fixture("crewai", n)]);
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const [name, text] of files) dt.items.add(new File([text], name, { type: "text/plain" }));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForFunction(() => document.querySelectorAll("#report section.file").length === 2);
  assert.deepEqual(asExpected(await shown(page)), expected("crewai"));
  // Without the .env beside it, agents.yaml alone gives another answer: the check is cross-file.
  await page.click("#file-list li:first-child button");
  await page.click("#remove-file");
  assert.notDeepEqual(asExpected(await shown(page)), expected("crewai"));
});

test("web: no request leaves the page after it has loaded; fetch is blocked by the CSP", async (t) => {
  const { page, requests, url } = await open(t);
  const origin = new URL(url).origin;
  for (const r of requests) assert.ok(r.url.startsWith(`${origin}/`), `load request to ${r.url}`);
  assert.deepEqual(requests.map((r) => new URL(r.url).pathname).sort(), ["/", "/app.js", "/style.css"]);
  const servedAtLoad = served.length;

  // Use everything, offline: paste, check, explain, download.
  await page.context().setOffline(true);
  await paste(page, fixture("compose", "docker-compose.yml"));
  await page.click("#report button.goto");
  const download = page.waitForEvent("download");
  await page.click("#download-sarif");
  await (await download).path();
  await paste(page, "openai.AuthenticationError: Error code: 401 - Incorrect API key provided");

  // A script that tries to send something out is stopped by connect-src 'none'.
  const attempts = await page.evaluate(async (origin) => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
    const outcomes = [];
    for (const target of [`${origin}/leak?x=1`, "https://example.com/leak"]) {
      try {
        await fetch(target, { method: "POST", body: "x" });
        outcomes.push("sent");
      } catch (e) {
        outcomes.push(e.name);
      }
    }
    try {
      const ws = new WebSocket("ws://127.0.0.1:9/");
      ws.close();
      outcomes.push("socket");
    } catch (e) {
      outcomes.push(e.name);
    }
    navigator.sendBeacon?.(`${origin}/beacon`, "x");
    await new Promise((r) => setTimeout(r, 200));
    return { outcomes, violations };
  }, origin);
  assert.deepEqual(attempts.outcomes.slice(0, 2), ["TypeError", "TypeError"]);
  assert.ok(attempts.violations.filter((d) => d === "connect-src").length >= 3, JSON.stringify(attempts.violations));

  const late = requests.filter((r) => r.afterLoad && !r.url.startsWith("blob:"));
  assert.deepEqual(late, [], "requests after load");
  assert.equal(served.length, servedAtLoad, `the server saw ${served.slice(servedAtLoad).join(", ")}`);
  // The server sends the same policy as a header.
  const head = await fetch(url);
  assert.match(head.headers.get("content-security-policy"), /connect-src 'none'/);
  // And nothing outside web-dist/.
  assert.equal((await fetch(`${url}..%2f..%2fpackage.json`)).status, 404);
});

test("web: no planted key appears in the page, the masked echo, the JSON or the SARIF", async (t) => {
  const { page } = await open(t);
  const keys = plantedKeys(41);
  const catalog = credcheck.catalog();
  const varFor = (provider, slot) => catalog.providers.find((p) => p.id === provider).vars.find((v) => v.slot === slot && !v.fallback).name;
  // Each key in its own slot and in another provider's, quoted, in a URL and after Bearer.
  const env = keys
    .map((k, i) => {
      const own = varFor(k.provider, k.slot);
      return [`${own}=${i % 2 ? `"${k.key}"` : k.key}`, `X_${i}_URL=https://h.example/?key=${k.key}`, `${k.provider === "openai" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"}_${i}=Bearer ${k.key}`].join("\n");
    })
    .join("\n");
  await paste(page, env, { name: ".env" });
  // One service per key: the key in its own variable and in another provider's.
  const compose = `services:\n${keys.map((k, i) => `  s${i}:\n    image: app${i}\n    environment:\n      ${varFor(k.provider, k.slot)}: "${k.key}"\n      ${k.provider === "openai" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"}: ${k.key}\n`).join("")}`;
  await page.click("#add-file");
  await paste(page, compose, { name: "docker-compose.yml" });
  await page.click("#add-file");
  await paste(page, `Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${keys[0].key}. You can find your API key at https://platform.openai.com/account/api-keys.'}}`);

  assert.equal(await page.$$eval("#report section.file", (s) => s.length), 3);
  // Every key was seen: a finding shows it masked, with its fingerprint.
  const secrets = await page.$$eval("li.finding .secret", (l) => l.map((x) => x.textContent).join("\n"));
  for (const k of keys) assert.ok(secrets.includes(credcheck.mask(k.key)) && secrets.includes(credcheck.fingerprint(k.key)), `${k.shape} shown masked`);
  // The page as a document (its textarea holds only what the user typed in the current file).
  const html = await page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true);
    clone.querySelector("#text").remove();
    return `${clone.outerHTML}\n${document.body.innerText}`;
  });
  const json = await downloaded(page, "#download-json");
  const sarif = await downloaded(page, "#download-sarif");
  assert.ok(JSON.parse(json).findings.length === (await page.$$eval("li.finding", (l) => l.filter((x) => !x.closest(".explanation")).length)));
  assert.equal(JSON.parse(sarif).version, "2.1.0");
  for (const k of keys) {
    assertNoLeak(html, k.key, `page ${k.shape}`);
    assertNoLeak(json, k.key, `JSON ${k.shape}`);
    assertNoLeak(sarif, k.key, `SARIF ${k.shape}`);
  }
  // The echo is the text with keys masked, not a redaction of everything.
  const echo = await page.textContent("#echo-0");
  assert.ok(echo.includes(credcheck.mask(keys[0].key)), "the echo shows the masked key");
  assert.ok(echo.includes("https://h.example/?key="), "the echo keeps the rest of the text");
});

/** Clicks a download button and returns the file's text. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return readFileSync(await download.path(), "utf8");
}

test("web: an OpenAI 'Incorrect API key provided' text is explained as the core explains it", async (t) => {
  const { page } = await open(t);
  const key = credcheck.sampleKeys(5).find((s) => s.provider === "anthropic" && s.slot === "api_key").key;
  const text = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;
  await paste(page, text);
  assert.equal(await page.textContent("#detected"), "Detected: error message");
  const want = credcheck.explainError(text);
  assert.ok(want.causes.length > 0);
  const causes = await page.$$eval("li.cause .rule", (c) => c.map((x) => x.textContent));
  assert.deepEqual(causes, want.causes.map((c) => c.cause));
  assert.equal(causes[0], "wrong-provider-key");
  assert.match(await page.textContent("section.explanation .facts"), /provider: openai/);
  assert.match(await page.textContent("#status"), /likely cause/);
  assertNoLeak(await page.textContent("#report"), key, "explanation");
  const json = JSON.parse(await downloaded(page, "#download-json"));
  assert.deepEqual(json.causes.map((c) => c.cause), causes);
  assert.ok(await page.isDisabled("#download-sarif"), "no SARIF for an explanation alone");
});

test("web: keyboard only: tab to the text, type, check, tab to a finding, Enter shows its line", async (t) => {
  const { page } = await open(t);
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName);
  const tabTo = async (want) => {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((w) => document.activeElement?.matches(w), want)) return;
      await page.keyboard.press("Tab");
    }
    assert.fail(`Tab never reached ${want} (at ${await focused()})`);
  };
  await tabTo("#file-name");
  await page.keyboard.type(".env");
  await tabTo("#text");
  await page.keyboard.type("OPENAI_API_KEY=your-openai-api-key\nOPENAI_API_KEY=\n");
  await page.keyboard.press("Control+Enter");
  assert.match(await page.textContent("#status"), /error/);
  await tabTo("#report button.goto");
  // The focused finding shows a visible focus ring.
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.ok(ring.style !== "none" && ring.width >= 2, JSON.stringify(ring));
  const line = Number(await page.evaluate(() => document.activeElement.dataset.line));
  await page.keyboard.press("Enter");
  assert.equal(Number(await page.getAttribute(".line.hl", "data-line")), line);
  assert.equal(await page.getAttribute(".line.hl", "aria-current"), "location");
  // Every control has a name a screen reader can read.
  const unnamed = await page.$$eval("button, input, select, textarea", (els) =>
    els.filter((e) => !(e.labels?.length || e.getAttribute("aria-label") || e.textContent.trim())).map((e) => e.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, []);
  assert.equal(await page.getAttribute("#status", "aria-live"), "polite");
});

test("web: readable at 360 px without horizontal overflow; wide screens use two columns; dark scheme", async (t) => {
  const { page } = await open(t, { viewport: { width: 360, height: 740 } });
  await paste(page, fixture("kubernetes", "app.yaml"));
  assert.ok((await page.$$eval("li.finding", (l) => l.length)) >= 4);
  const overflow = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
  assert.ok(overflow.doc <= overflow.view && overflow.body <= overflow.view, JSON.stringify(overflow));
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
  assert.notEqual(dark.bg, light);
  const lum = (c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
  assert.ok(lum(dark.bg) < lum(dark.fg), JSON.stringify(dark));

  await page.setViewportSize({ width: 1440, height: 900 });
  const columns = await page.evaluate(() => [document.getElementById("input"), document.getElementById("results")].map((e) => e.getBoundingClientRect().left));
  assert.ok(columns[1] > columns[0] + 300, `results beside the input on a wide screen: ${columns}`);
});

test("web: a screenshot of a report is saved to tests/artifacts/web-report.png", async (t) => {
  const { page } = await open(t, { viewport: { width: 1280, height: 900 } });
  // No literal key in the text area: the screenshot shows what the user pasted.
  await paste(page, fixture("compose", "docker-compose.yml").replace(/"sk-ant-[^"]+"/, '"your-anthropic-api-key"'));
  await page.click('#report button.goto[data-line="10"]');
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, "web-report.png");
  rmSync(file, { force: true });
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(existsSync(file) && statSync(file).size > 20_000, "a real screenshot");
  assert.ok(readFileSync(file).subarray(1, 4).toString() === "PNG");
});

test("web: npm run web serves the page on 127.0.0.1 and prints the address", async (t) => {
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve-web.mjs")], { env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  t.after(() => child.kill());
  let out = "";
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    child.on("exit", (code) => reject(new Error(`serve-web exited with ${code}: ${out}`)));
  });
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-security-policy"), /connect-src 'none'/);
  assert.match(await page.text(), /<textarea id="text"/);
  const app = await fetch(`${url}app.js`);
  assert.equal(app.headers.get("content-type"), "text/javascript; charset=utf-8");
});

test("web: npm run web:build writes a folder whose index.html works opened from disk (file://), with no request outside it", async (t) => {
  const out = mkdtempSync(path.join(tmpdir(), "credcheck-web-build-"));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const built = await new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "web:build", "--", out], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    child.on("exit", (code) => resolve({ code, text }));
  });
  assert.equal(built.code, 0, built.text);
  assert.deepEqual(readdirSync(out).sort(), ["app.js", "index.html", "style.css"]);
  const context = await (await browser()).newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const index = `file://${path.join(out, "index.html")}`;
  await page.goto(index);
  await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 15_000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "true", await page.textContent("#status"));
  // It checks as the served page does: the Compose fixture's findings.
  await paste(page, fixture("compose", "docker-compose.yml"));
  await page.waitForSelector("#report li.finding");
  assert.deepEqual(asExpected(await shown(page)), expected("compose"));
  assert.deepEqual(errors, []);
  for (const r of requests) assert.ok(r.startsWith(`file://${out}/`) || r.startsWith("data:"), `request to ${r}`);
});
