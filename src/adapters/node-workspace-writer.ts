import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { VersionedFile, WorkspaceWriter, WriteOutcome } from "../ports.js";
import { writeFileAtomic } from "./atomic-write.js";
import { LockBusy, withFileLock, type LockOptions } from "./file-lock.js";

/**
 * Writes workspace files with compare-and-swap: a write names the version (content hash) the
 * change was planned from, and lands only if the file still has it. The check and the rename
 * happen under a lock file, so two fireline processes editing one incident never lose an edit.
 */
export class NodeWorkspaceWriter implements WorkspaceWriter {
  constructor(
    private readonly root: string,
    private readonly lock: LockOptions = {},
  ) {}

  async read(path: string): Promise<VersionedFile | undefined> {
    const bytes = await readIfPresent(join(this.root, path));
    return bytes === undefined ? undefined : { bytes, version: versionOf(bytes) };
  }

  async write(path: string, text: string, expected: string | undefined): Promise<WriteOutcome> {
    const absolute = join(this.root, path);
    // A new incident's folder must exist before its lock file can be created in it.
    if (expected === undefined) await mkdir(dirname(absolute), { recursive: true });
    try {
      return await withFileLock(
        absolute,
        async (): Promise<WriteOutcome> => {
          const current = await readIfPresent(absolute);
          const version = current === undefined ? undefined : versionOf(current);
          if (version !== expected) return { ok: false, reason: current === undefined ? "missing" : "changed" };
          await writeFileAtomic(absolute, text);
          return { ok: true };
        },
        this.lock,
      );
    } catch (error) {
      if (error instanceof LockBusy) return { ok: false, reason: "busy", holder: error.holder };
      throw error;
    }
  }
}

export function versionOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}
