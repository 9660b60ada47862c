import type { Diagnostic } from "../model/diagnostic.js";
import type { IncidentEntry, PostmortemEntry } from "../model/workspace.js";
import type { PostmortemModel } from "../engine/postmortem/model.js";
import type { RuleContext } from "./rule.js";

export interface ParsedPostmortem {
  entry: IncidentEntry;
  postmortem: PostmortemEntry;
  model: PostmortemModel;
  /** postmortem.md's workspace path. */
  file: string;
}

/** Every postmortem validateWorkspace parsed, with its incident. */
export function parsedPostmortems(context: RuleContext): ParsedPostmortem[] {
  const models = context.postmortems?.models;
  if (!models) return [];
  return context.workspace.incidents.flatMap((entry) => {
    const model = models.get(entry.id);
    const postmortem = entry.postmortem;
    return model && postmortem ? [{ entry, postmortem, model, file: postmortem.source.path }] : [];
  });
}

/**
 * Completeness checks are notices while the postmortem is a draft: an unfinished draft is
 * expected, and CI should not block it. Mistakes (a bad date, an unknown owner) stay as they are.
 */
export function softenForDraft(diagnostic: Diagnostic, postmortem: PostmortemEntry): Diagnostic {
  return postmortem.frontMatter?.status === "draft" ? { ...diagnostic, severity: "notice" } : diagnostic;
}
