// Loads modules the way Cloudflare's workerd does for a Worker bundle: a `.wasm` import gives a
// compiled WebAssembly.Module as its default export. Used with `node --conditions=workerd`.
import { register } from "node:module";

register("./workerd-hooks.mjs", import.meta.url);
