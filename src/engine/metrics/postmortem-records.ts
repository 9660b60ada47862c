import { Temporal } from "temporal-polyfill";
import type { PostmortemEntry, Workspace } from "../../model/workspace.js";
import type { PostmortemPolicy } from "../postmortem/policy.js";
import { scanActionItems, type ScannedItem } from "./action-item-scan.js";
import type { ActionItemRecord, PostmortemRecord } from "./postmortems.js";

/** Reads a postmortem body's action items with the full markdown parser (analyzePostmortem). */
export type FullParse = (postmortem: PostmortemEntry) => ScannedItem[];

/**
 * Every postmortem of the workspace as the metrics see it, by incident id. Action items come from
 * {@link scanActionItems}, or from `parse` for the postmortems it cannot read. A postmortem
 * without valid front matter counts as a draft.
 */
export function postmortemRecords(workspace: Workspace, policy: PostmortemPolicy, parse: FullParse): Map<string, PostmortemRecord> {
  const records = new Map<string, PostmortemRecord>();
  const options = { sections: policy.matcher, placeholders: policy.placeholders };
  for (const entry of workspace.incidents) {
    const postmortem = entry.postmortem;
    if (!postmortem) continue;
    const scanned = scanActionItems(postmortem.body, options) ?? parse(postmortem);
    const record: PostmortemRecord = {
      status: postmortem.frontMatter?.status ?? "draft",
      items: scanned.map((item) => actionItemRecord(entry.id, item)),
    };
    const publishedAt = postmortem.frontMatter?.published_at;
    if (publishedAt !== undefined) record.publishedAt = Temporal.Instant.from(publishedAt).epochMilliseconds;
    records.set(entry.id, record);
  }
  return records;
}

/** Which postmortems {@link scanActionItems} cannot read, so the caller loads the parser only when needed. */
export function needsFullParse(workspace: Workspace, policy: PostmortemPolicy): boolean {
  const options = { sections: policy.matcher, placeholders: policy.placeholders };
  return workspace.incidents.some((entry) => entry.postmortem !== undefined && scanActionItems(entry.postmortem.body, options) === undefined);
}

function actionItemRecord(incident: string, item: ScannedItem): ActionItemRecord {
  const record: ActionItemRecord = { incident, text: item.text, done: item.checked === true };
  if (item.owner !== undefined) record.owner = item.owner.replace(/^@/, "");
  if (item.due !== undefined) record.due = item.due;
  return record;
}
