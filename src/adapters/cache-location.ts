import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The default cache folder: node_modules/.cache/fireline in the nearest node_modules at or above
 * the workspace (where build tools keep their caches, and what .gitignore already covers), or in a
 * new node_modules inside the workspace when there is none.
 */
export function defaultCacheDir(workspaceDir: string): string {
  for (let dir = workspaceDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "fireline");
    if (dirname(dir) === dir) return join(workspaceDir, "node_modules", ".cache", "fireline");
  }
}
