// The .wasm size, raw and gzipped (the build prints it too).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const wasm = readFileSync(new URL("../pkg/credcheck_bg.wasm", import.meta.url));
const gz = gzipSync(wasm, { level: 9 }).length;
console.log(`| pkg/credcheck_bg.wasm | ${(wasm.length / 1024).toFixed(1)} KiB raw | ${(gz / 1024).toFixed(1)} KiB gzipped | aim < 250 KiB gzipped |`);
