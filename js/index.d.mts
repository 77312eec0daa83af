// Types for the ESM entry of credcheck: the same API as the CommonJS build (dist/index.mjs is
// built from the same TypeScript), as named exports and as the default export.
export * from "./index.js";
import * as api from "./index.js";
export default api;
