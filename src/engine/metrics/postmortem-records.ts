import { Temporal } from "temporal-polyfill";
import type { PostmortemEntry, Workspace } from "../../model/workspace.js";
import type { PostmortemPolicy } from "../postmortem/policy.js";
import { scanActionItems, type ScannedItem } from "./action-item-scan.js";
import type { ActionItemRecord, PostmortemRecord } from "./postmortems.js";

/** Reads a postmortem body's action items with the full markdown parser (analyzePostmortem). */
export type FullParse = (postmortem: PostmortemEntry) => ScannedItem[];

export interface RecordsResult {
  /** Every postmortem of the workspace by incident id; those in `unscanned` still have no items. */
  records: Map<string, PostmortemRecord>;
  /** Postmortems {@link scanActionItems} could not read: give them to {@link addParsedItems}. */
  unscanned: { id: string; postmortem: PostmortemEntry }[];
}

/**
 * Every postmortem of the workspace as the metrics see it, by incident id, with the action items
 * of those the quick scan can read. A postmortem without valid front matter counts as a draft.
 * The caller loads the markdown parser only when `unscanned` is not empty.
 */
export function postmortemRecords(workspace: Workspace, policy: PostmortemPolicy): RecordsResult {
  const result: RecordsResult = { records: new Map(), unscanned: [] };
  const options = { sections: policy.matcher, placeholders: policy.placeholders };
  for (const entry of workspace.incidents) {
    const postmortem = entry.postmortem;
    if (!postmortem) continue;
    const scanned = scanActionItems(postmortem.body, options);
    if (scanned === undefined) result.unscanned.push({ id: entry.id, postmortem });
    const record: PostmortemRecord = { status: postmortem.frontMatter?.status ?? "draft", items: (scanned ?? []).map((item) => actionItemRecord(entry.id, item)) };
    const publishedAt = postmortem.frontMatter?.published_at;
    if (publishedAt !== undefined) record.publishedAt = Temporal.Instant.from(publishedAt).epochMilliseconds;
    result.records.set(entry.id, record);
  }
  return result;
}

/** Fills in the action items of the postmortems the scan left out, with the full parser. */
export function addParsedItems(result: RecordsResult, parse: FullParse): void {
  for (const { id, postmortem } of result.unscanned) {
    const record = result.records.get(id);
    if (record) record.items = parse(postmortem).map((item) => actionItemRecord(id, item));
  }
}

function actionItemRecord(incident: string, item: ScannedItem): ActionItemRecord {
  const record: ActionItemRecord = { incident, text: item.text, done: item.checked === true };
  if (item.owner !== undefined) record.owner = item.owner.replace(/^@/, "");
  if (item.due !== undefined) record.due = item.due;
  return record;
}
