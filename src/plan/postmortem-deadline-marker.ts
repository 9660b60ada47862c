/**
 * Hidden markers that let `fireline deadlines --enforce` find its own issues and comments again
 * (through the list endpoint, never search) and know what it already said, so a re-run writes
 * nothing. An HTML comment does not show on GitHub.
 *
 *   <!-- fireline:postmortem-deadline 2026-03-03-checkout step=3 -->   tracking issue body or step comment
 *   <!-- fireline:postmortem-published 2026-03-03-checkout -->   the comment before closing
 *   <!-- fireline:action-item-overdue 2026-03-03-checkout due=2026-03-20 -->   overdue action-item comment
 */
export interface PostmortemDeadlineMarker {
  incident: string;
  /** The overdue step reached when the issue was opened or the comment written; 0 for a reminder. */
  step: number;
}

export interface ActionItemOverdueMarker {
  incident: string;
  due: string;
}

const INCIDENT = "[a-z0-9][a-z0-9_-]*";
const POSTMORTEM = new RegExp(`<!-- fireline:postmortem-deadline (${INCIDENT}) step=(\\d{1,4}) -->`, "g");
const ACTION_ITEM = new RegExp(`<!-- fireline:action-item-overdue (${INCIDENT}) due=(\\d{4}-\\d{2}-\\d{2}) -->`, "g");

export function postmortemPublishedMarker(incident: string): string {
  return `<!-- fireline:postmortem-published ${incident} -->`;
}

export function postmortemDeadlineMarker(marker: PostmortemDeadlineMarker): string {
  return `<!-- fireline:postmortem-deadline ${marker.incident} step=${String(marker.step)} -->`;
}

export function actionItemOverdueMarker(marker: ActionItemOverdueMarker): string {
  return `<!-- fireline:action-item-overdue ${marker.incident} due=${marker.due} -->`;
}

/** Every postmortem-deadline marker in a text, in order. */
export function parsePostmortemDeadlineMarkers(text: string): PostmortemDeadlineMarker[] {
  return [...text.matchAll(POSTMORTEM)].map((match) => ({ incident: match[1] ?? "", step: Number(match[2]) }));
}

/** Every action-item-overdue marker in a text, in order. */
export function parseActionItemOverdueMarkers(text: string): ActionItemOverdueMarker[] {
  return [...text.matchAll(ACTION_ITEM)].map((match) => ({ incident: match[1] ?? "", due: match[2] ?? "" }));
}
