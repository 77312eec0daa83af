// Types for the ESM entry: the same API as the CommonJS build.
export * from "./index.js";
