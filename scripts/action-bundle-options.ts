import { join } from "node:path";
import type { BuildOptions, Plugin } from "esbuild";

/** The committed bundle, relative to the repository root: the entry point, and the parse worker it starts. */
export const ACTION_BUNDLE = "dist/index.js";
export const ACTION_BUNDLE_FILES = ["dist/index.js", "dist/parse-worker.js"];

/**
 * How dist/index.js is built, shared by `npm run bundle` and the test that fails when dist/ is
 * stale. One ESM file for Node 20+: CommonJS dependencies (handlebars, date-holidays, ...) call
 * `require`, which ESM lacks, so a banner makes one with createRequire. No timestamps, no absolute
 * paths, no source map: the same sources give the same bytes on every machine.
 */
export function actionBundleOptions(root: string): BuildOptions & { write: boolean } {
  return {
    absWorkingDir: root,
    // The parse worker is its own file beside index.js, where parse-worker-url.ts looks for it.
    entryPoints: { index: join(root, "src/action/index.ts"), "parse-worker": join(root, "src/adapters/parse-worker.ts") },
    outdir: join(root, "dist"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    banner: { js: 'import { createRequire as __firelineCreateRequire } from "node:module";\nconst require = __firelineCreateRequire(import.meta.url);' },
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "eof",
    charset: "utf8",
    sourcemap: false,
    metafile: true,
    plugins: [withoutUndici],
    logLevel: "warning",
    write: true,
  };
}

/**
 * @actions/http-client imports undici (half a megabyte) only for ProxyAgent, which only the OIDC
 * token request (core.getIDToken) reaches. The Action never asks for an OIDC token, so undici is
 * replaced by a module whose ProxyAgent says so instead of being bundled.
 */
const withoutUndici: Plugin = {
  name: "without-undici",
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, () => ({ path: "undici", namespace: "fireline-stub" }));
    build.onLoad({ filter: /.*/, namespace: "fireline-stub" }, () => ({
      contents: 'export class ProxyAgent { constructor() { throw new Error("undici is not bundled with the fireline Action: OIDC tokens through a proxy are not supported"); } }',
      loader: "js",
    }));
  },
};
