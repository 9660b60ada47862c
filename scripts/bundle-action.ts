// Writes dist/index.js, the Action's bundle. Run with `npm run bundle` after changing src/; a test fails when it is stale.
import { statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { ACTION_BUNDLE_FILES, actionBundleOptions } from "./action-bundle-options.js";

const root = process.cwd();
const result = await build(actionBundleOptions(root));
const inputs = Object.entries(result.metafile?.outputs ?? {}).find(([path]) => path.endsWith("index.js"))?.[1].inputs ?? {};
const packages = new Map<string, number>();
for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "fireline";
  packages.set(name, (packages.get(name) ?? 0) + bytesInOutput);
}
for (const file of ACTION_BUNDLE_FILES) console.log(`wrote ${file}: ${(statSync(join(root, file)).size / 1024).toFixed(0)} KiB`);
console.log("largest packages in dist/index.js:");
for (const [name, bytes] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${name}`);
