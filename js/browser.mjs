// Entry for browsers (the `browser` export condition: esbuild --platform=browser, Vite, webpack,
// Bun's browser target). The core's bytes come from a JavaScript module (base64, written by
// scripts/build.mjs), so every bundler follows the import with no loader configuration and the
// API is synchronous like the Node one; pass `env` explicitly.
import { initSync } from "../pkg-web/credcheck.js";
import wasmBase64 from "../pkg-web/credcheck_bg.wasm.base64.js";

initSync({ module: decodeBase64(wasmBase64) });

/** Bytes from base64, with the native decoder where the browser has one. */
function decodeBase64(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export * from "./web-api.mjs";
