import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ParseCache } from "../load/parse-cache.js";
import { writeFileAtomic } from "./atomic-write.js";

export const CACHE_FILE_NAME = "parse-cache.bin";

/** "FLPC" (fireline parse cache) and the layout's version. */
const MAGIC = Buffer.from("FLPC", "latin1");
const FORMAT_VERSION = 1;
const DIGEST_BYTES = 32;
/** magic, format version, body length, salt digest, body checksum. */
const HEADER_BYTES = MAGIC.length + 4 + 4 + DIGEST_BYTES + DIGEST_BYTES;

/**
 * The cache as one pack file: a header (format, salt, checksum) and the entries serialized with
 * v8. It is read whole at the start and, when anything changed, written whole at the end to a
 * temporary file renamed into place, so concurrent runs never leave a mixed file behind (the last
 * one wins). Only entries used by the run are written back, so deleted files drop out. Anything
 * wrong with the file (truncated, corrupt, another version's) reads as an empty cache.
 */
export class ParseCacheFile implements ParseCache {
  readonly #entries: Map<string, unknown>;
  readonly #used = new Map<string, unknown>();
  readonly #requested = new Map<string, number>();
  #changed = false;

  private constructor(
    readonly path: string,
    readonly salt: string,
    entries: Map<string, unknown>,
  ) {
    this.#entries = entries;
  }

  static async open(dir: string, salt: string): Promise<ParseCacheFile> {
    const path = join(dir, CACHE_FILE_NAME);
    let bytes: Buffer | undefined;
    try {
      bytes = await readFile(path);
    } catch {
      bytes = undefined;
    }
    return new ParseCacheFile(path, salt, (bytes && decodePack(bytes, salt)) ?? new Map<string, unknown>());
  }

  get(key: string): unknown {
    const kind = kindOf(key);
    this.#requested.set(kind, (this.#requested.get(kind) ?? 0) + 1);
    const value = this.#entries.get(key);
    if (value !== undefined) this.#used.set(key, value);
    return value;
  }

  set(key: string, value: unknown): void {
    this.#used.set(key, value);
    this.#changed = true;
  }

  /** Writes the cache back when this run added or retired entries. Throws when the folder is not writable. */
  async save(): Promise<void> {
    const kept = this.#kept();
    if (!this.#changed && kept.size === this.#entries.size) return;
    await writeFileAtomic(this.path, packChunks(kept, this.salt));
  }

  /**
   * The used entries, plus unused ones of each kind this run did not cover. A run that looked up
   * at least half as many files of a kind as the cache holds saw the workspace: what it did not use
   * belongs to deleted or changed files. A run over one incident (an edit) retires nothing.
   */
  #kept(): Map<string, unknown> {
    const stored = new Map<string, number>();
    for (const key of this.#entries.keys()) stored.set(kindOf(key), (stored.get(kindOf(key)) ?? 0) + 1);
    const covered = (kind: string) => (this.#requested.get(kind) ?? 0) * 2 >= (stored.get(kind) ?? 0);
    const kept = new Map(this.#used);
    for (const [key, value] of this.#entries) if (!kept.has(key) && !covered(kindOf(key))) kept.set(key, value);
    return kept;
  }
}

/** Keys start with their kind: "y:" for YAML files, "p:" for postmortem bodies. */
function kindOf(key: string): string {
  return key.slice(0, 2);
}

/** The pack as one buffer (for tests); saving writes packChunks without joining them. */
export function encodePack(entries: Map<string, unknown>, salt: string): Buffer {
  return Buffer.concat(packChunks(entries, salt));
}

/** The header and the body, apart: joining them would hold a second copy of a cache of tens of megabytes. */
function packChunks(entries: Map<string, unknown>, salt: string): [Buffer, Buffer] {
  const body = serialize(entries);
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(FORMAT_VERSION, MAGIC.length);
  header.writeUInt32LE(body.length, MAGIC.length + 4);
  digest(salt).copy(header, MAGIC.length + 8);
  digest(body).copy(header, MAGIC.length + 8 + DIGEST_BYTES);
  return [header, body];
}

/** The entries, or undefined when the file is not a complete pack written for this salt. */
export function decodePack(bytes: Buffer, salt: string): Map<string, unknown> | undefined {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (bytes.readUInt32LE(MAGIC.length) !== FORMAT_VERSION) return undefined;
  if (bytes.readUInt32LE(MAGIC.length + 4) !== bytes.length - HEADER_BYTES) return undefined;
  if (!bytes.subarray(MAGIC.length + 8, MAGIC.length + 8 + DIGEST_BYTES).equals(digest(salt))) return undefined;
  const body = bytes.subarray(HEADER_BYTES);
  if (!bytes.subarray(MAGIC.length + 8 + DIGEST_BYTES, HEADER_BYTES).equals(digest(body))) return undefined;
  try {
    const entries: unknown = deserialize(body);
    return entries instanceof Map ? (entries as Map<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function digest(data: string | Uint8Array): Buffer {
  return createHash("sha256").update(data).digest();
}
