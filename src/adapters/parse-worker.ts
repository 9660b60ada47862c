/**
 * The worker thread's entry: receives batches of files, answers with plain results. Started by
 * worker-parser.ts; bundles ship it as a separate file beside the main one (see parse-worker-url.ts).
 */
import { parentPort } from "node:worker_threads";
import type { ParseBatch } from "../load/parse-batch.js";
import { runParseBatch } from "../load/run-parse-batch.js";

export interface BatchRequest {
  id: number;
  batch: ParseBatch;
}

export type BatchReply = { id: number; results: unknown[] } | { id: number; error: string };

const port = parentPort;
port?.on("message", (request: BatchRequest) => {
  runParseBatch(request.batch).then(
    (results) => port.postMessage({ id: request.id, results } satisfies BatchReply),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BatchReply),
  );
});
