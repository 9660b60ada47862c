import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const POSTMORTEM_TEMPLATE = "templates/postmortem.md.hbs";

/** The postmortem template shipped with fireline, found upwards from this file (build/src/adapters or src/adapters). */
export async function builtInPostmortemTemplate(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, POSTMORTEM_TEMPLATE);
    if (existsSync(candidate)) return readFile(candidate, "utf8");
    dir = dirname(dir);
  }
  throw new Error(`fireline's built-in ${POSTMORTEM_TEMPLATE} is missing from the installation`);
}
