import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Rule } from "../rule.js";

/** A published postmortem names at least one reviewer: publishing means someone other than the authors read it. */
export const publishedWithoutReviewers: Rule = {
  name: "published-without-reviewers",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const { postmortem } of workspace.incidents) {
      const front = postmortem?.frontMatter;
      if (!postmortem || front?.status !== "published" || (front.reviewers ?? []).length > 0) continue;
      found.push(
        makeDiagnostic(
          "published-without-reviewers",
          postmortem.source.path,
          postmortem.source.locate(front.reviewers ? ["reviewers"] : ["status"], { key: true }),
          "the postmortem is published but names no reviewers",
          "Add reviewers: [handle, …] (senior people from the teams involved), or set status: in-review until they have read it.",
        ),
      );
    }
    return found;
  },
};
