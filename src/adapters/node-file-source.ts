import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { DirEntry, FileSource, ReadResult } from "../ports.js";

/** Reads a workspace from the local disk. */
export class NodeFileSource implements FileSource {
  constructor(private readonly root: string) {}

  async list(dir: string): Promise<DirEntry[]> {
    try {
      const entries = await readdir(join(this.root, dir), { withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile() || entry.isDirectory())
        .map((entry) => ({ name: entry.name, kind: entry.isDirectory() ? ("directory" as const) : ("file" as const) }));
    } catch (error) {
      if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR")) return [];
      throw error;
    }
  }

  read(path: string, maxBytes: number): Promise<ReadResult> {
    return Promise.resolve(readCapped(join(this.root, path), maxBytes));
  }
}

/**
 * Synchronous on purpose: a workspace is thousands of small files, and the thread-pool round trip
 * fs.promises makes for each open, stat, read and close cost more CPU than the reads themselves
 * (1.2 s of 5 s in a warm validate of 12,100 files, against about 0.3 s this way).
 * The size is checked on the open descriptor before anything is read.
 */
function readCapped(path: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { ok: false, reason: "too-large", size };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return { ok: false, reason: "unreadable", message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}
