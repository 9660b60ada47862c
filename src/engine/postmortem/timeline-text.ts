/** Pure string helpers for the timeline section: "All times UTC." and "- 09:45 — … Status page: Identified." */

const TIME_ZONE_LINE = /^all times(?:\s+are)?(?:\s+in)?\s+(.+?)\.?$/i;
const DATE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:to|until|–|—)\s*\d{4}-\d{2}-\d{2})?/;
const TIME = /^(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/i;
const STATUS = /\bstatus(?:\s+page)?\s*:\s*(investigating|identified|monitoring|resolved)\b/gi;

/** "UTC" from "All times UTC.", "Berlin (CET)" from "All times Berlin (CET)." */
export function timeZoneDeclaration(paragraph: string): string | undefined {
  const match = TIME_ZONE_LINE.exec(paragraph.trim());
  return match?.[1]?.trim();
}

export interface EntryHead {
  date?: string;
  time?: string;
}

/** The date and time an entry starts with: "2026-01-14 06:12 — …", "06:19 — …", "2025-11-20 — …". */
export function entryHead(text: string): EntryHead {
  let rest = text.trim();
  const head: EntryHead = {};
  const date = DATE.exec(rest);
  if (date) {
    head.date = date[1];
    rest = rest.slice(date[0].length).replace(/^[\s,]+/, "");
  }
  const time = TIME.exec(rest);
  if (time) head.time = `${(time[1] ?? "").padStart(2, "0")}:${time[2] ?? ""}`;
  return head;
}

/** Every "Status: X" / "Status page: X" in an entry, with its offset, lower-cased. */
export function statusClaims(text: string): { status: string; index: number }[] {
  return [...text.matchAll(STATUS)].map((match) => ({ status: (match[1] ?? "").toLowerCase(), index: match.index }));
}
