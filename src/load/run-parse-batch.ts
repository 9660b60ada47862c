import type { PostmortemModel } from "../engine/postmortem/model.js";
import { checkYamlText, type YamlOutcome } from "./load-yaml-file.js";
import type { BatchParser, ParseBatch, PostmortemContext, PostmortemJob, YamlJob } from "./parse-batch.js";

/** Runs one batch in the calling thread: the code a worker runs, and the fallback when there is no worker. */
export async function runParseBatch(batch: ParseBatch): Promise<YamlOutcome[] | PostmortemModel[]> {
  if (batch.task === "yaml") return batch.jobs.map((job) => checkYamlText(job.kind, job.path, job.text, job.lineOffset));
  // remark loads only when there are postmortems to read.
  const { analyzePostmortemBatch } = await import("../engine/postmortem/analyze-batch.js");
  return analyzePostmortemBatch(batch.jobs, batch.context);
}

/** Parses in the calling thread: small workspaces, --jobs 1, and wherever no worker script exists. */
export const inThreadParser: BatchParser = {
  yaml: async (jobs: readonly YamlJob[]) => (await runParseBatch({ task: "yaml", jobs: [...jobs] })) as YamlOutcome[],
  postmortems: async (jobs: readonly PostmortemJob[], context: PostmortemContext) =>
    (await runParseBatch({ task: "postmortem", jobs: [...jobs], context })) as PostmortemModel[],
};
