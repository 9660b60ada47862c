import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { defaultCacheDir } from "../adapters/cache-location.js";
import { ParseCacheFile } from "../adapters/parse-cache-file.js";
import { WorkerParser } from "../adapters/worker-parser.js";
import { cachedParser } from "../load/cached-parser.js";
import { setDefaultParser } from "../load/default-parser.js";
import { parseCacheSalt } from "../load/parse-cache.js";
import { UsageError, type CliIo } from "./io.js";
import type { ParsingFlags } from "./parsing-options.js";

/** Sets the loader's parser from the flags; the returned function undoes it and saves the cache. */
export async function startParsing(flags: ParsingFlags, io: CliIo): Promise<() => Promise<void>> {
  const workers = new WorkerParser({ workers: flags.jobs === undefined ? availableParallelism() : parseJobs(flags.jobs) });
  const cacheDir = flags.cache === false ? undefined : resolve(io.cwd, flags.cacheDir ?? defaultCacheDir(resolve(io.cwd, flags.dir ?? ".")));
  const cache = cacheDir === undefined ? undefined : await ParseCacheFile.open(cacheDir, parseCacheSalt());
  setDefaultParser(cache ? cachedParser(workers, cache) : workers);
  return async () => {
    setDefaultParser(undefined);
    await workers.close();
    try {
      await cache?.save();
    } catch (error) {
      // The cache only saves time: a folder that cannot be written never fails the command.
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(`fireline: warning: the cache in ${cacheDir ?? ""} could not be written (${reason}); pass --cache-dir <path> or --no-cache\n`);
    }
  };
}

export function parseJobs(text: string): number {
  const jobs = Number(text.trim());
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs expects a whole number of threads, 1 or more, got '${text}'`, "Pass --jobs 1 to parse in the main thread, or leave it out for one thread per CPU.");
  }
  return jobs;
}
