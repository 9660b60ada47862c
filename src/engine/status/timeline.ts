import { statusRank } from "./status-rank.js";
import type { ImpactSegment, ImpactStatus } from "./impact-segments.js";

export interface Interval {
  from: number;
  to: number;
}

export interface StatusSpan extends Interval {
  status: ImpactStatus;
}

const IMPACT_STATUSES: readonly ImpactStatus[] = ["degraded_performance", "partial_outage", "major_outage"];

/**
 * One component's impact as disjoint spans, sorted, each at the worst status any incident gave it
 * at that time: two overlapping incidents never count the same minute twice. A sweep over the
 * segment ends, so thousands of incidents cost n log n.
 */
export function worstSpans(segments: readonly ImpactSegment[]): StatusSpan[] {
  const events = segments
    .filter((segment) => segment.to > segment.from)
    .flatMap((segment) => [
      { at: segment.from, rank: statusRank(segment.status), delta: 1 },
      { at: segment.to, rank: statusRank(segment.status), delta: -1 },
    ])
    .sort((a, b) => a.at - b.at);
  const open = [0, 0, 0, 0];
  const spans: StatusSpan[] = [];
  for (let i = 0; i < events.length; ) {
    const at = events[i]?.at ?? 0;
    for (; i < events.length && events[i]?.at === at; i++) {
      const event = events[i];
      if (event) open[event.rank] = (open[event.rank] ?? 0) + event.delta;
    }
    const next = events[i]?.at;
    const worst = [3, 2, 1].find((rank) => (open[rank] ?? 0) > 0);
    if (next === undefined || worst === undefined) continue;
    const status = IMPACT_STATUSES[worst - 1] ?? "degraded_performance";
    const last = spans.at(-1);
    if (last?.status === status && last.to === at) last.to = next;
    else spans.push({ from: at, to: next, status });
  }
  return spans;
}

/** Sorted, disjoint union of intervals. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const { from, to } of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && from <= last.to) last.to = Math.max(last.to, to);
    else merged.push({ from, to });
  }
  return merged;
}

/** The parts of each span outside every interval in `holes` (sorted and disjoint). */
export function subtract<T extends Interval>(spans: readonly T[], holes: readonly Interval[]): T[] {
  const result: T[] = [];
  for (const span of spans) {
    let from = span.from;
    for (const hole of holes) {
      if (hole.to <= from || hole.from >= span.to) continue;
      if (hole.from > from) result.push({ ...span, from, to: hole.from });
      from = Math.max(from, hole.to);
    }
    if (from < span.to) result.push({ ...span, from });
  }
  return result;
}

/** Total length of the parts of `intervals` that fall inside [from, to). */
export function overlap(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const interval of intervals) total += Math.max(0, Math.min(interval.to, to) - Math.max(interval.from, from));
  return total;
}
