import type { DocumentOptions, ParseOptions, SchemaOptions } from "yaml";

/**
 * YAML 1.2 core schema: `2026-03-03T09:12:00Z` stays a string and `no` stays a string, unlike
 * YAML 1.1 parsers that turn them into a Date and `false`. Duplicate keys are errors.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
};

/** Aliases may expand to at most this many nodes; more is a "billion laughs" attack. */
export const MAX_ALIAS_COUNT = 100;

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
