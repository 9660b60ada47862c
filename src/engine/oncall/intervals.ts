/** A half-open interval [start, end) of epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export function byStart(a: Interval, b: Interval): number {
  return a.start - b.start || a.end - b.end;
}

/** Sorted, with overlapping and touching intervals joined; empty ones dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort(byStart);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/**
 * The parts of each item outside `cut` (sorted and merged), keeping every other field of the
 * item. Items must be sorted by start; the result is too.
 */
export function subtractIntervals<T extends Interval>(items: readonly T[], cut: readonly Interval[]): T[] {
  const out: T[] = [];
  let c = 0;
  for (const item of items) {
    while (c < cut.length && (cut[c]?.end ?? 0) <= item.start) c++;
    let start = item.start;
    for (let j = c; j < cut.length; j++) {
      const piece = cut[j];
      if (!piece || piece.start >= item.end) break;
      if (piece.start > start) out.push({ ...item, start, end: piece.start });
      start = Math.max(start, piece.end);
      if (start >= item.end) break;
    }
    if (start < item.end) out.push({ ...item, start, end: item.end });
  }
  return out;
}

/** The parts of each item inside `keep` (sorted and merged), keeping every other field of the item. Items sorted by start. */
export function intersectIntervals<T extends Interval>(items: readonly T[], keep: readonly Interval[]): T[] {
  const out: T[] = [];
  let w = 0;
  for (const item of items) {
    while (w < keep.length && (keep[w]?.end ?? 0) <= item.start) w++;
    for (let j = w; j < keep.length; j++) {
      const window = keep[j];
      if (!window || window.start >= item.end) break;
      const start = Math.max(item.start, window.start);
      const end = Math.min(item.end, window.end);
      if (end > start) out.push({ ...item, start, end });
    }
  }
  return out;
}

/** The parts of [from, to) that no interval covers. */
export function complementIntervals(covered: readonly Interval[], from: number, to: number): Interval[] {
  const gaps: Interval[] = [];
  let cursor = from;
  for (const { start, end } of mergeIntervals(covered)) {
    if (end <= cursor) continue;
    if (start >= to) break;
    if (start > cursor) gaps.push({ start: cursor, end: Math.min(start, to) });
    cursor = Math.max(cursor, end);
    if (cursor >= to) break;
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });
  return gaps;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}
