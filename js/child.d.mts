// Types for the ESM entry of credcheck/child: the same API as the CommonJS build (dist/child.mjs is
// built from the same TypeScript), as named exports and as the default export.
export * from "./child.js";
import * as api from "./child.js";
export default api;
