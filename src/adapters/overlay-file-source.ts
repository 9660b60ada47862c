import type { DirEntry, FileSource, ReadResult } from "../ports.js";

/**
 * A workspace as it would be after an edit, read without writing anything: `files` replace or
 * add texts, and with `onlyIncidents` the incidents/ folder shows just those incidents, so
 * checking one edited incident does not load ten thousand others.
 */
export class OverlayFileSource implements FileSource {
  readonly #files: Map<string, Uint8Array>;

  constructor(
    private readonly base: FileSource,
    files: Readonly<Record<string, string>>,
    private readonly onlyIncidents?: ReadonlySet<string>,
  ) {
    this.#files = new Map(Object.entries(files).map(([path, text]) => [path, new TextEncoder().encode(text)]));
  }

  async list(dir: string): Promise<DirEntry[]> {
    const entries = new Map((await this.base.list(dir)).map((entry) => [entry.name, entry]));
    const prefix = dir === "" ? "" : `${dir}/`;
    for (const path of this.#files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const [name = "", ...rest] = path.slice(prefix.length).split("/");
      entries.set(name, { name, kind: rest.length > 0 ? "directory" : "file" });
    }
    const listed = [...entries.values()];
    if (dir !== "incidents" || !this.onlyIncidents) return listed;
    const only = this.onlyIncidents;
    return listed.filter((entry) => entry.kind === "directory" && only.has(entry.name));
  }

  read(path: string, maxBytes: number): Promise<ReadResult> {
    const bytes = this.#files.get(path);
    if (bytes === undefined) return this.base.read(path, maxBytes);
    if (bytes.length > maxBytes) return Promise.resolve({ ok: false, reason: "too-large", size: bytes.length });
    return Promise.resolve({ ok: true, bytes });
  }
}
