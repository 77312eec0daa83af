// Types for the browser entry: the same API as the workerd entry, the env always passed explicitly.
export * from "./worker.mjs";
