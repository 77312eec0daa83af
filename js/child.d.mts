// Types for the ESM entry of credcheck/child.
export * from "./child.js";
