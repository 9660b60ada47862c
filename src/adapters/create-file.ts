import { randomBytes } from "node:crypto";
import { link, mkdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Creates a file that must not exist yet, atomically: the content is written to a temporary file
 * beside it and hard-linked into place, which fails if the target appeared in the meantime. Readers
 * never see half a file, and an existing file is never replaced.
 */
export async function createFileExclusive(path: string, data: string): Promise<"created" | "exists"> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, data, { flag: "wx" });
    try {
      await link(temporary, path);
      return "created";
    } catch (error) {
      if (hasCode(error, "EEXIST")) return "exists";
      // File systems without hard links: an exclusive create is the next best thing.
      if (hasCode(error, "EPERM") || hasCode(error, "ENOTSUP") || hasCode(error, "EXDEV")) {
        try {
          await writeFile(path, data, { flag: "wx" });
          return "created";
        } catch (inner) {
          if (hasCode(inner, "EEXIST")) return "exists";
          throw inner;
        }
      }
      throw error;
    }
  } finally {
    await rm(temporary, { force: true });
  }
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}
