import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { STATUS_PAGE_TEMPLATE_FILES, type TemplateSet } from "../render/status-page/template-names.js";

/**
 * The status page templates: each file from the workspace's templates/ folder when it has one of
 * that name, else the built-in one shipped in the package's templates/ folder.
 */
export async function loadStatusPageTemplates(workspaceDir: string): Promise<TemplateSet> {
  const builtIn = builtInTemplatesDir();
  const entries = await Promise.all(
    STATUS_PAGE_TEMPLATE_FILES.map(async (name) => {
      const own = await readIfPresent(join(workspaceDir, "templates", name));
      if (own !== undefined) return [name, { text: own, origin: `templates/${name}` }] as const;
      return [name, { text: await readFile(join(builtIn, name), "utf8"), origin: `built-in templates/${name}` }] as const;
    }),
  );
  return Object.fromEntries(entries) as TemplateSet;
}

/** The package's templates/ folder, found upwards from this file (build/src/adapters or src/adapters). */
export function builtInTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, "templates");
    if (existsSync(join(candidate, "layout.hbs"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("fireline's built-in templates folder is missing from the installation");
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR")) return undefined;
    throw error;
  }
}
