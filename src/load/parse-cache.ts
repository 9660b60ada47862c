import { createHash } from "node:crypto";
import { FILE_KINDS } from "../schema/index.js";
import { VERSION } from "../version.js";
import { MAX_ALIAS_COUNT, YAML_OPTIONS } from "./yaml-options.js";

/**
 * Parse results by key. A key is a hash of everything a result depends on within one fireline
 * version and schema set; those two are the cache's `salt`, and a cache with another salt is empty.
 */
export interface ParseCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Bump when what the cache stores changes shape. */
const RESULT_FORMAT = 1;

/** fireline's version, the schemas and the parser options: a cache written under other ones is not used. */
export function parseCacheSalt(): string {
  const schemas = Object.entries(FILE_KINDS).map(([kind, { schema }]) => [kind, schema]);
  return hash(JSON.stringify({ VERSION, RESULT_FORMAT, schemas, YAML_OPTIONS, MAX_ALIAS_COUNT }));
}

export function hash(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
