import type { PostmortemModel } from "../engine/postmortem/model.js";
import type { YamlOutcome } from "./load-yaml-file.js";
import type { BatchParser, PostmortemJob, YamlJob } from "./parse-batch.js";
import { hash, type ParseCache } from "./parse-cache.js";

/**
 * Looks every file up in the cache by a hash of its content (and of whatever else its result
 * depends on) and sends only the misses to the parser. Results are the same values either way.
 */
export function cachedParser(parser: BatchParser, cache: ParseCache): BatchParser {
  return {
    yaml: (jobs) => throughCache(jobs, (job) => yamlKey(job), cache, (misses) => parser.yaml(misses)),
    postmortems: (jobs, context) => {
      const contextKey = hash(JSON.stringify(context));
      return throughCache(jobs, (job) => postmortemKey(job, contextKey), cache, (misses) => parser.postmortems(misses, context));
    },
  };
}

// Diagnostics name the file, so its path is part of the key.
const yamlKey = (job: YamlJob) => `y:${hash(`${job.kind}\u0000${job.path}\u0000${String(job.lineOffset)}\u0000${job.text}`)}`;
const postmortemKey = (job: PostmortemJob, contextKey: string) => `p:${hash(`${contextKey}\u0000${String(job.lineOffset)}\u0000${job.body}`)}`;

async function throughCache<J, R extends YamlOutcome | PostmortemModel>(
  jobs: readonly J[],
  keyOf: (job: J) => string,
  cache: ParseCache,
  parse: (misses: J[]) => Promise<R[]>,
): Promise<R[]> {
  const keys = jobs.map(keyOf);
  const results = keys.map((key) => cache.get(key) as R | undefined);
  const missing = results.flatMap((result, index) => (result === undefined ? [index] : []));
  if (missing.length === 0) return results as R[];
  const parsed = await parse(missing.map((index) => jobs[index] as J));
  missing.forEach((index, i) => {
    const result = parsed[i] as R;
    results[index] = result;
    cache.set(keys[index] as string, result);
  });
  return results as R[];
}
