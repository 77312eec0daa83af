// Builds the ES-module entries with esbuild:
// - dist/index.mjs, dist/child.mjs (Node): they used to re-export the CommonJS build, and a
//   bundler's ESM output turns that code's require("node:fs") into a call that throws
//   (`Dynamic require of "node:fs" is not supported`). Real ES modules import what they need;
//   what must stay one copy for both formats is imported, not bundled: the startup wasm module
//   (one instance per process), errors.js (`instanceof CredentialError` holds whichever entry
//   threw it), wasm-core.js (the env core's other bindings), wasm-full.js (the large modules'
//   loader) and lint-pool.js (which starts lint-worker.js beside it). dist/index.mjs uses no require and no
//   import.meta, so a CommonJS bundle of ESM code (esbuild's default for a TypeScript Lambda) runs it.
// - dist/worker.mjs (workerd), dist/browser.mjs (browsers), dist/edge.mjs (Next.js edge):
//   self-contained but for pkg-web/, so they import no CommonJS (workerd gives CommonJS modules
//   only a default export).
import { build } from "esbuild";

/** Imports the Node ESM build leaves to the CommonJS files it shares with the require() build. */
const shareWithCjs = {
  name: "credcheck-share-with-cjs",
  setup(b) {
    b.onResolve({ filter: /^\.\/wasm$/ }, () => ({ path: "../pkg-startup/credcheck_startup.js", external: true }));
    // The env core's other bindings, loaded on first use: one instance for both formats.
    b.onResolve({ filter: /^\.\/wasm-core$/ }, () => ({ path: "./wasm-core.js", external: true }));
    b.onResolve({ filter: /^\.\/errors$/ }, () => ({ path: "./errors.js", external: true }));
    // The large modules' loader, with CommonJS require() calls that need no require in the ES module.
    b.onResolve({ filter: /^\.\/wasm-full$/ }, () => ({ path: "./wasm-full.js", external: true }));
    // The lint's batches and worker threads: it finds its worker's file beside it by __dirname.
    b.onResolve({ filter: /^\.\/lint-pool$/ }, () => ({ path: "./lint-pool.js", external: true }));
  },
};

/** The wasm-pack outputs stay files of their own (one copy in the package, loaded as their entry needs). */
const pkgExternal = {
  name: "credcheck-pkg-external",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/pkg(-web|-lint)?\/|\.wasm(\?module)?$/ }, (a) => ({ path: a.path, external: true }));
  },
};

/**
 * credcheck/child's require() calls (node builtins only, loaded as the CommonJS build does) need a
 * require in an ES module. Builtins resolve from any base, so none comes from import.meta.url: a
 * bundler that turns this module into CommonJS (esbuild --format=cjs) leaves import.meta empty.
 */
const requireBanner = 'import { createRequire as __credcheckCreateRequire } from "node:module";\nconst require = __credcheckCreateRequire("/");';
/** credcheck/child starts dist/probe-child.js by path: its directory, read only when a probe starts (js/probe.ts). */
const dirnameBanner = 'import { fileURLToPath as __credcheckFileURLToPath } from "node:url";\nconst __credcheckModuleDir = () => __credcheckFileURLToPath(new URL(".", import.meta.url));';

/** Writes dist/{index,child,worker,browser,edge}.mjs; throws on any esbuild error or warning. */
export async function buildEsm() {
  const node = { platform: "node", target: "node18", plugins: [shareWithCjs, pkgExternal] };
  // The API as named exports, and as the default export too (as the old CommonJS wrapper had).
  const withDefault = (name) => ({ contents: `export * from "./${name}";\nimport * as api from "./${name}";\nexport default api;\n`, resolveDir: "js", sourcefile: `${name}.esm.ts`, loader: "ts" });
  // The startup module is evaluated first: after the env core's loader (./wasm-core, imported by
  // modules esbuild places earlier), `import` + assertCredentials took about 30 ms longer on Node 22
  // (measured 129-156 ms against 103-115 ms with this line, 15 runs each).
  await buildOne({ ...node, stdin: withDefault("index"), outfile: "dist/index.mjs", banner: { js: 'import "../pkg-startup/credcheck_startup.js";' } });
  await buildOne({ ...node, stdin: withDefault("child"), outfile: "dist/child.mjs", banner: { js: `${requireBanner}\n${dirnameBanner}` } });
  const web = { platform: "neutral", target: "es2022", plugins: [pkgExternal] };
  await buildOne({ ...web, entryPoints: ["js/worker.mjs"], outfile: "dist/worker.mjs" });
  await buildOne({ ...web, entryPoints: ["js/browser.mjs"], outfile: "dist/browser.mjs" });
  await buildOne({ ...web, entryPoints: ["js/edge.mjs"], outfile: "dist/edge.mjs" });
}

async function buildOne(options) {
  const result = await build({ bundle: true, format: "esm", logLevel: "silent", ...options });
  if (result.errors.length || result.warnings.length) {
    throw new Error(`build-esm: ${options.outfile}: ${[...result.errors, ...result.warnings].map((m) => m.text).join("; ")}`);
  }
}
