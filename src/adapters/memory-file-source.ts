import type { DirEntry, FileSource, ReadResult } from "../ports.js";

/** A workspace held in memory, for tests and for generated workspaces. Keys are POSIX paths. */
export class MemoryFileSource implements FileSource {
  readonly #files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.set(path, content);
  }

  set(path: string, content: string | Uint8Array): this {
    this.#files.set(path, typeof content === "string" ? new TextEncoder().encode(content) : content);
    return this;
  }

  delete(path: string): this {
    this.#files.delete(path);
    return this;
  }

  list(dir: string): Promise<DirEntry[]> {
    const prefix = dir === "" || dir === "." ? "" : `${dir.replace(/\/$/, "")}/`;
    const entries = new Map<string, DirEntry>();
    for (const path of this.#files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf("/");
      const name = slash === -1 ? rest : rest.slice(0, slash);
      entries.set(name, { name, kind: slash === -1 ? "file" : "directory" });
    }
    return Promise.resolve([...entries.values()]);
  }

  read(path: string, maxBytes: number): Promise<ReadResult> {
    const bytes = this.#files.get(path);
    if (!bytes) return Promise.resolve({ ok: false, reason: "unreadable", message: `no such file: ${path}` });
    if (bytes.length > maxBytes) return Promise.resolve({ ok: false, reason: "too-large", size: bytes.length });
    return Promise.resolve({ ok: true, bytes });
  }
}
