/**
 * healthCheck: one cheap authenticated request per provider (the catalog names it), classified by
 * the core. This file only makes the HTTP call; the key never appears in what it returns.
 */
import { envCore } from "./wasm-core";
import type { HealthResult, ProviderId } from "./types";

/** What to check and how long to wait. */
export interface HealthCheckOptions {
  provider: ProviderId;
  /** The env to read the key and base URL from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Give up after this long (default 10 000 ms): outcome `timeout`. */
  timeoutMs?: number;
}

const MAX_BODY = 64 * 1024;

/**
 * Makes the provider's cheap authenticated request (OpenAI `GET /v1/models`, Azure
 * `GET {endpoint}/openai/models?api-version=...` with `api-key`, Anthropic `GET /v1/models` with
 * `x-api-key`, ...) and says what the answer means: ok, invalid key (401), permission (403),
 * wrong endpoint/deployment/version (404), proxy auth (407), rate limit or quota (429), or DNS,
 * TLS, refused, timeout. Never throws for a network or HTTP failure: that is the result.
 */
export async function healthCheck(options: HealthCheckOptions): Promise<HealthResult> {
  const planned = envCore().healthRequest(options.env ?? process.env, options.provider) as {
    request?: PlannedRequest;
    result?: HealthResult;
  };
  if (!planned.request) return planned.result as HealthResult;
  const request = planned.request;
  try {
    const { status, body } = await send(request, options.timeoutMs ?? 10_000);
    return envCore().classifyHealth(request, status, body) as HealthResult;
  } catch (err) {
    const e = err as { name?: string; code?: unknown; message?: string };
    const code = typeof e.code === "string" ? e.code : (e.name ?? "Error");
    return envCore().classifyNetworkError(request, code, String(e.message ?? "")) as HealthResult;
  }
}

interface PlannedRequest {
  method: string;
  url: string;
  headers: [string, string][];
}

/**
 * One request with node:http(s) rather than fetch: fetch turns a 407 into an anonymous network
 * error, and a health check has to tell a proxy's 407 from the provider's 401. The modules are
 * loaded here, not at import, to keep start-up light.
 */
async function send(request: PlannedRequest, timeoutMs: number): Promise<{ status: number; body: string }> {
  // import(), not require(): the ESM build (and a bundler's ESM output) has no require.
  const transport = (request.url.startsWith("https:") ? await import("node:https") : await import("node:http")) as typeof import("node:http");
  return new Promise((resolve, reject) => {
    const req = transport.request(request.url, { method: request.method, headers: Object.fromEntries(request.headers) }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (body.length < MAX_BODY) body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: body.slice(0, MAX_BODY) }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "ETIMEDOUT" }));
    });
    req.on("error", reject);
    req.end();
  });
}
