// `npm run web`: serves web-dist/ on 127.0.0.1 (PORT, default 8787; PORT=0 picks a free one) and
// prints the address. Rebuilds web-dist/ from web/ and pkg-web/ first (a copy, so edits to web/
// show when it is restarted). Sends the page's Content-Security-Policy as a header too, and
// only files inside web-dist/.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildWeb } from "./build-web.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** The CSP in web/index.html's meta tag, plus what only a header can say. */
export function contentSecurityPolicy(dir) {
  const html = readFileSync(path.join(dir, "index.html"), "utf8");
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!meta) throw new Error("serve-web: index.html has no Content-Security-Policy meta tag");
  return `${meta[1]}; frame-ancestors 'none'`;
}

/** Starts the server; resolves to { server, url }. */
export function serveWeb({ port = 8787, dir = path.join(root, "web-dist") } = {}) {
  if (!existsSync(path.join(dir, "index.html"))) buildWeb(dir);
  const csp = contentSecurityPolicy(dir);
  const server = createServer((req, res) => {
    const headers = {
      "Content-Security-Policy": csp,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
      return;
    }
    let name;
    try {
      name = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (name.endsWith("/")) name += "index.html";
    const file = path.join(dir, path.normalize(name));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT === undefined ? 8787 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve-web: PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  try {
    buildWeb();
  } catch (err) {
    // Without pkg-web/ an earlier web-dist/ still serves; with neither, say what to run.
    if (!existsSync(path.join(root, "web-dist", "index.html"))) {
      console.error(err.message);
      process.exit(1);
    }
  }
  const { url } = await serveWeb({ port });
  console.log(`credcheck page: ${url}  (serving web-dist/; Ctrl+C stops)`);
}
