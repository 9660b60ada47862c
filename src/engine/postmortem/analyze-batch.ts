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
  const { policy, blameless } = prepared(context);
  return jobs.map((job) =>
    analyzePostmortem(job.body, {
      lineOffset: job.lineOffset,
      sections: policy.matcher,
      placeholders: policy.placeholders,
      ...(blameless ? { blameless } : {}),
    }),
  );
}

interface Prepared {
  policy: ReturnType<typeof resolvePostmortemPolicy>;
  blameless: BlamelessLinter | undefined;
}

let last: { key: string; prepared: Prepared } | undefined;

/**
 * The resolved policy and linter, kept while the context stays the same: a worker thread gets a
 * fresh copy of one context with every batch, and building the linter's patterns per batch of 200
 * cost about a quarter more CPU than analysing the same postmortems in one batch.
 */
function prepared(context: PostmortemContext): Prepared {
  const key = JSON.stringify(context);
  if (last?.key !== key) {
    const policy = resolvePostmortemPolicy(context.policy);
    const blameless = policy.blameless.enabled ? new BlamelessLinter({ people: context.people, ...policy.blameless }) : undefined;
    last = { key, prepared: { policy, blameless } };
  }
  return last.prepared;
}
