import { open, readdir } from "node:fs/promises";
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

  async read(path: string, maxBytes: number): Promise<ReadResult> {
    let handle;
    try {
      handle = await open(join(this.root, path), "r");
      const { size } = await handle.stat();
      if (size > maxBytes) return { ok: false, reason: "too-large", size };
      return { ok: true, bytes: await handle.readFile() };
    } catch (error) {
      return { ok: false, reason: "unreadable", message: error instanceof Error ? error.message : String(error) };
    } finally {
      await handle?.close();
    }
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}
