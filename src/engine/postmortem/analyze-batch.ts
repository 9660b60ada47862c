import type { PostmortemContext, PostmortemJob } from "../../load/parse-batch.js";
import { BlamelessLinter } from "./blameless.js";
import type { PostmortemModel } from "./model.js";
import { analyzePostmortem } from "./parse-postmortem.js";
import { resolvePostmortemPolicy } from "./policy.js";

/**
 * Analyses many postmortem bodies under one policy. The policy is resolved here from its plain
 * file, so a worker thread given the same context reaches the same models as the main thread.
 */
export function analyzePostmortemBatch(jobs: readonly PostmortemJob[], context: PostmortemContext): PostmortemModel[] {
  const policy = resolvePostmortemPolicy(context.policy);
  const blameless = policy.blameless.enabled ? new BlamelessLinter({ people: context.people, ...policy.blameless }) : undefined;
  return jobs.map((job) =>
    analyzePostmortem(job.body, {
      lineOffset: job.lineOffset,
      sections: policy.matcher,
      placeholders: policy.placeholders,
      ...(blameless ? { blameless } : {}),
    }),
  );
}
