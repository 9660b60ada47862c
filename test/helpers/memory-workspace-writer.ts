import { createHash } from "node:crypto";
import type { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import type { VersionedFile, WorkspaceWriter, WriteOutcome } from "../../src/ports.js";

/** A compare-and-swap writer over a MemoryFileSource, so a test can read back what was written. */
export class MemoryWorkspaceWriter implements WorkspaceWriter {
  writes = 0;
  /** Called between the read and the write, to simulate someone editing the file meanwhile. */
  beforeWrite?: (path: string) => void;

  constructor(readonly files: MemoryFileSource) {}

  async read(path: string): Promise<VersionedFile | undefined> {
    const result = await this.files.read(path, Number.MAX_SAFE_INTEGER);
    return result.ok ? { bytes: result.bytes, version: version(result.bytes) } : undefined;
  }

  async write(path: string, text: string, expected: string | undefined): Promise<WriteOutcome> {
    this.beforeWrite?.(path);
    const current = await this.read(path);
    if (current?.version !== expected) return { ok: false, reason: current === undefined ? "missing" : "changed" };
    this.files.set(path, text);
    this.writes += 1;
    return { ok: true };
  }
}

function version(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
