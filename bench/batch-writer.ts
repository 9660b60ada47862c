import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Collects files and writes them a batch at a time: one mkdir per folder, then every write at once. */
export class BatchWriter {
  #pending: { path: string; text: string }[] = [];
  files = 0;
  bytes = 0;

  constructor(
    private readonly root: string,
    private readonly batchSize = 1000,
  ) {}

  async add(path: string, text: string): Promise<void> {
    this.#pending.push({ path: join(this.root, path), text });
    this.files++;
    this.bytes += Buffer.byteLength(text);
    if (this.#pending.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    const folders = new Set(batch.map((file) => dirname(file.path)));
    await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
    await Promise.all(batch.map((file) => writeFile(file.path, file.text)));
  }
}
