import type { Position } from "../model/diagnostic.js";

/** A list item's start, then its `[ ]`: `- [ ]`, `* [ ]`, `1. [ ]`. */
const OPEN_TASK = /(?:[-*+]|\d{1,9}[.)])[ \t]+\[ \]/y;

/**
 * Ticks the task-list boxes of the items starting at `places` (the parser's line and column of
 * each list item), changing exactly one character each, ` ` to `x`, and no other byte. An item
 * whose line no longer has an open box there is returned in `missed`, untouched.
 */
export function tickCheckboxes(text: string, places: readonly Position[]): { text: string; ticked: Position[]; missed: Position[] } {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const ticked: Position[] = [];
  const missed: Position[] = [];
  const offsets: number[] = [];
  for (const place of places) {
    const start = lineStarts[place.line - 1];
    OPEN_TASK.lastIndex = start === undefined ? -1 : start + place.column - 1;
    const match = start === undefined ? null : OPEN_TASK.exec(text);
    if (!match) {
      missed.push(place);
      continue;
    }
    offsets.push(match.index + match[0].length - 2);
    ticked.push(place);
  }
  let edited = text;
  for (const offset of offsets) edited = `${edited.slice(0, offset)}x${edited.slice(offset + 1)}`;
  return { text: edited, ticked, missed };
}
