import type { BatchParser } from "./parse-batch.js";
import { inThreadParser } from "./run-parse-batch.js";

let current: BatchParser = inThreadParser;

/**
 * The parser loadWorkspace and the postmortem analysis use when their options name none. The CLI
 * sets it once per command from --jobs, --cache-dir and --no-cache, so every command that loads the
 * workspace gets the worker threads and the cache without passing them through each use case.
 */
export function defaultParser(): BatchParser {
  return current;
}

/** Undefined restores parsing in the calling thread without a cache. */
export function setDefaultParser(parser: BatchParser | undefined): void {
  current = parser ?? inThreadParser;
}
