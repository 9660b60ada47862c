import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A template's text and where it came from, for error messages. */
export interface TemplateText {
  text: string;
  origin: string;
}

/**
 * Reads templates by file name: the workspace's templates/<name> when there is one, else the
 * copy shipped in fireline's own templates/ folder. Any template can be overridden this way.
 */
export function templateReader(workspaceDir: string): (name: string) => Promise<TemplateText> {
  return async (name) => {
    const own = await readIfPresent(join(workspaceDir, "templates", name));
    if (own !== undefined) return { text: own, origin: `templates/${name}` };
    return { text: await readFile(builtInTemplate(name), "utf8"), origin: `built-in templates/${name}` };
  };
}

/** The package's templates/<name>, found upwards from this file (build/src/adapters or src/adapters). */
export function builtInTemplate(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, "templates", name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`fireline's built-in templates/${name} is missing from the installation`);
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Reads only fireline's own templates, for files that exist before any workspace does (`fireline init`). */
export function builtInTemplateReader(): (name: string) => Promise<TemplateText> {
  return async (name) => ({ text: await readFile(builtInTemplate(name), "utf8"), origin: `built-in templates/${name}` });
}
