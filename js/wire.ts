// The startup check's inputs as one buffer each (the format is documented in src/wasm/wire.rs):
// a process environment crosses into WebAssembly in one copy instead of one per name and value.

const NUL = "\0";
const encoder = new TextEncoder();

/** A field with any NUL replaced, so it cannot break the framing (no real environment holds one). */
function field(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, "\uFFFD") : text;
}

/** An environment object (`process.env` or a hand-built one) as the core's wire format. */
export function encodeEnv(env: unknown): Uint8Array {
  if (env === null || typeof env !== "object") {
    throw new Error("credcheck: env must be an object mapping variable names to strings");
  }
  const parts: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue; // Node leaves undefined values out of a child's environment.
    parts.push(field(name), typeof value === "string" ? `s${field(value)}` : `t${value === null ? "null" : typeof value}`);
  }
  return encoder.encode(parts.join(NUL));
}

/** The core options (see ./options) as the core's wire format. */
export function encodeOptions(options: Record<string, unknown>): Uint8Array {
  const parts: string[] = [];
  const text = (key: string, value: unknown) => {
    if (typeof value !== "string") throw new Error(`credcheck: invalid options: ${key} must be a string`);
    parts.push(key, field(value));
  };
  const list = (key: string, option: string, values: unknown) => {
    if (!Array.isArray(values)) throw new Error(`credcheck: invalid options: ${option} must be an array of strings`);
    for (const v of values) text(key, v);
  };
  const seconds = (key: string, value: unknown) => {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`credcheck: invalid options: ${key} must be a whole number of seconds`);
    parts.push(key, String(value));
  };
  list("provider", "providers", options.providers ?? []);
  list("model", "models", options.models ?? []);
  list("required", "required", options.required ?? []);
  if (options.framework != null) text("framework", options.framework);
  if (options.deployment != null) text("deployment", options.deployment);
  if (options.now != null) seconds("now", options.now);
  if (options.tokenWindowSeconds != null) seconds("tokenWindowSeconds", options.tokenWindowSeconds);
  if (options.assert === true) parts.push("assert", "1");
  return encoder.encode(parts.join(NUL));
}
