// Builds the ESM entries (dist/index.mjs, dist/child.mjs) from the TypeScript with esbuild.
// They used to re-export the CommonJS build; a bundler's ESM output then turns that code's
// require("node:fs") into a call that throws (`Dynamic require of "node:fs" is not supported`).
// Real ES modules import what they need; the pieces that must stay one copy for both formats
// are imported, not bundled: the startup wasm module (one instance per process) and errors.js
// (`instanceof CredentialError` holds whichever entry threw it).
import { build } from "esbuild";

/** Imports the ESM build leaves to the CommonJS files it shares with the require() build. */
const shared = {
  name: "credcheck-shared",
  setup(b) {
    b.onResolve({ filter: /^\.\/wasm$/ }, () => ({ path: "../pkg-startup/credcheck_startup.js", external: true }));
    b.onResolve({ filter: /^\.\/errors$/ }, () => ({ path: "./errors.js", external: true }));
    // The CLI's large modules stay files loaded on first use (see wasm-full.ts, lint.ts).
    b.onResolve({ filter: /^\.\.\/pkg(-lint)?\// }, (a) => ({ path: a.path, external: true }));
  },
};

/** The few require() calls left (lazy node builtins, the CLI's large modules) need a require in an ES module. */
const requireBanner = 'import { createRequire as __credcheckCreateRequire } from "node:module";\nconst require = __credcheckCreateRequire(import.meta.url);';
/** credcheck/child starts dist/probe-child.js by path. */
const dirnameBanner = 'import { fileURLToPath as __credcheckFileURLToPath } from "node:url";\nconst __dirname = __credcheckFileURLToPath(new URL(".", import.meta.url));';

/** Writes dist/index.mjs and dist/child.mjs; throws on any esbuild error or warning. */
export async function buildEsm() {
  await buildOne("index", requireBanner);
  await buildOne("child", `${requireBanner}\n${dirnameBanner}`);
}

async function buildOne(name, banner) {
  const result = await build({
    // The API as named exports, and as the default export too (as the old CommonJS wrapper had).
    stdin: { contents: `export * from "./${name}";\nimport * as api from "./${name}";\nexport default api;\n`, resolveDir: "js", sourcefile: `${name}.esm.ts`, loader: "ts" },
    outfile: `dist/${name}.mjs`,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node18",
    banner: { js: banner },
    plugins: [shared],
    logLevel: "silent",
  });
  if (result.errors.length || result.warnings.length) {
    throw new Error(`build-esm: ${[...result.errors, ...result.warnings].map((m) => m.text).join("; ")}`);
  }
}
