import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replaces outDir with a fully written staging folder: the old folder moves aside, the new one
 * in, then the old one is deleted; if the move fails the old one is put back. Readers see the
 * old output or the new, never a half-written mix.
 */
export async function swapDirectoryIn(staging: string, outDir: string): Promise<void> {
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${randomBytes(4).toString("hex")}`);
  const hadPrevious = await rename(outDir, previous).then(
    () => true,
    (error: unknown) => {
      if (error instanceof Error && (error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** A relative POSIX path that stays inside its folder: no absolute path, backslash, empty part, `.` or `..`. */
export function isSafeRelativePath(path: string): boolean {
  return path !== "" && !path.startsWith("/") && !path.includes("\\") && path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
