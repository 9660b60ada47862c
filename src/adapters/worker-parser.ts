import { Worker } from "node:worker_threads";
import type { PostmortemModel } from "../engine/postmortem/model.js";
import type { YamlOutcome } from "../load/load-yaml-file.js";
import type { BatchParser, ParseBatch, PostmortemContext, PostmortemJob, YamlJob } from "../load/parse-batch.js";
import { inThreadParser, runParseBatch } from "../load/run-parse-batch.js";
import type { BatchReply } from "./parse-worker.js";
import { parseWorkerUrl } from "./parse-worker-url.js";

export interface WorkerParserOptions {
  /** Threads to parse in; 1 parses in the calling thread. */
  workers: number;
  /** Fewer files than this parse in the calling thread: starting threads would cost more than they save. */
  minJobs?: number;
  /** The worker script; by default the one beside this module (parse-worker-url.ts). */
  script?: URL | undefined;
}

export const DEFAULT_MIN_JOBS = 300;

/**
 * Each worker's heap is capped so that the whole process stays small at 100k files: a batch is a
 * few hundred small files, and the results leave the worker as soon as they are made. The young
 * generation is 64 MB: remark and yaml allocate fast, and every scavenge also keeps V8's helper
 * threads busy. At 32 MB a cold validate of 10k incidents with two workers spent about 5 s more CPU
 * (about 26 s against 21 s, most of it in those helper threads) for about 90 MB less peak RSS; at
 * 8 MB the workers spent about 40% more CPU time collecting garbage than at 32 MB.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 64 };
const MIN_BATCH = 16;
const MAX_BATCH = 200;

/**
 * Parses files across worker threads in batches, results in the order of the jobs. A worker that
 * cannot start or dies (a missing script, its heap limit) costs nothing but speed: its batches are
 * parsed in the calling thread. Idle workers do not keep the process alive.
 */
export class WorkerParser implements BatchParser {
  readonly #options: Required<Omit<WorkerParserOptions, "script">> & { script: URL | undefined };
  #workers: PoolWorker[] | undefined;
  #answered = 0;

  constructor(options: WorkerParserOptions) {
    this.#options = { minJobs: DEFAULT_MIN_JOBS, ...options, script: "script" in options ? options.script : parseWorkerUrl() };
  }

  async yaml(jobs: readonly YamlJob[]): Promise<YamlOutcome[]> {
    if (!this.#parallel(jobs.length)) return inThreadParser.yaml(jobs);
    return (await this.#run(jobs, (slice) => ({ task: "yaml", jobs: slice }))) as YamlOutcome[];
  }

  async postmortems(jobs: readonly PostmortemJob[], context: PostmortemContext): Promise<PostmortemModel[]> {
    if (!this.#parallel(jobs.length)) return inThreadParser.postmortems(jobs, context);
    return (await this.#run(jobs, (slice) => ({ task: "postmortem", jobs: slice, context }))) as PostmortemModel[];
  }

  /** Batches a worker thread parsed (the rest were parsed in the calling thread). */
  get batchesInThreads(): number {
    return this.#answered;
  }

  /** Stops the threads; a later call starts new ones. */
  async close(): Promise<void> {
    const workers = this.#workers ?? [];
    this.#workers = undefined;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #parallel(jobs: number): boolean {
    return this.#options.workers > 1 && this.#options.script !== undefined && jobs > 0 && jobs >= this.#options.minJobs;
  }

  async #run<J>(jobs: readonly J[], toBatch: (slice: J[]) => ParseBatch): Promise<unknown[]> {
    const workers = this.#pool(Math.ceil(jobs.length / MIN_BATCH));
    const size = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(jobs.length / (workers.length * 4))));
    const batches: ParseBatch[] = [];
    for (let start = 0; start < jobs.length; start += size) batches.push(toBatch(jobs.slice(start, start + size)));
    const results = new Array<unknown[]>(batches.length);
    let next = 0;
    const drain = async (worker: PoolWorker) => {
      for (let index = next++; index < batches.length; index = next++) {
        const batch = batches[index] as ParseBatch;
        const answer = await worker.run(batch);
        if (answer) this.#answered++;
        results[index] = answer ?? (await runParseBatch(batch));
      }
    };
    await Promise.all(workers.map(drain));
    return results.flat();
  }

  /** The threads, started on first use: no more than there are batches to give them. */
  #pool(batches: number): PoolWorker[] {
    const script = this.#options.script;
    if (!script) return [];
    this.#workers ??= Array.from({ length: Math.min(this.#options.workers, batches) }, () => new PoolWorker(script));
    return this.#workers;
  }
}

/** One thread. run() resolves undefined when the thread failed, so the caller parses the batch itself. */
class PoolWorker {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, (results: unknown[] | undefined) => void>();
  #nextId = 0;

  constructor(script: URL) {
    try {
      this.#worker = new Worker(script, { resourceLimits: RESOURCE_LIMITS });
    } catch {
      return;
    }
    this.#worker.unref();
    this.#worker.on("message", (reply: BatchReply) => this.#settle(reply.id, "results" in reply ? reply.results : undefined));
    this.#worker.on("error", () => this.#fail());
    this.#worker.on("exit", () => this.#fail());
  }

  run(batch: ParseBatch): Promise<unknown[] | undefined> {
    const worker = this.#worker;
    if (!worker) return Promise.resolve(undefined);
    const id = this.#nextId++;
    // Keeps the process alive only while a batch is out.
    if (this.#pending.size === 0) worker.ref();
    const done = new Promise<unknown[] | undefined>((resolve) => this.#pending.set(id, resolve));
    worker.postMessage({ id, batch });
    return done;
  }

  async terminate(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#fail();
    await worker?.terminate();
  }

  #settle(id: number, results: unknown[] | undefined): void {
    const resolve = this.#pending.get(id);
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker?.unref();
    resolve?.(results);
  }

  #fail(): void {
    this.#worker = undefined;
    for (const id of [...this.#pending.keys()]) this.#settle(id, undefined);
  }
}
