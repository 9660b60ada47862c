/**
 * Summary statistics of a list of numbers (durations in milliseconds, days, ...).
 *
 * - **median**: the middle value of the sorted list, or the mean of the two middle values when
 *   the list has an even length.
 * - **p90** (and any percentile): the *nearest-rank* percentile, the smallest value such that at
 *   least 90% of the values are at or below it: the value at position ⌈0.9 × n⌉ of the sorted
 *   list, counting from 1. It is always one of the values, never an interpolation, so it can be
 *   checked by hand; with fewer than 10 values it is the maximum.
 * - **mean**: the arithmetic mean.
 *
 * Medians lead in every report: a few very long incidents move the mean a lot and the median little.
 */
export interface Summary {
  n: number;
  min: number;
  max: number;
  median: number;
  p90: number;
  mean: number;
}

/** Undefined for an empty list. Does not modify `values`. */
export function summarize(values: ArrayLike<number>): Summary | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    n,
    min: sorted[0] ?? 0,
    max: sorted[n - 1] ?? 0,
    median: medianOfSorted(sorted),
    p90: nearestRank(sorted, 90),
    mean: total / n,
  };
}

/** The median of an ascending list (see {@link Summary}). */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("the median of no values");
  const middle = n >> 1;
  const upper = sorted[middle] ?? 0;
  return n % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** The nearest-rank p-th percentile (0 < p ≤ 100) of an ascending list: the value at rank ⌈p/100 × n⌉. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("a percentile of no values");
  if (!(p > 0 && p <= 100)) throw new RangeError(`a percentile must be in (0, 100], got ${p}`);
  // Integer arithmetic for the rank, so 90% of 10 is exactly rank 9 (0.9 * 10 is 9.000000000000002).
  const rank = Math.ceil((Math.round(p * 1000) * n) / 100_000);
  return sorted[Math.min(n, Math.max(1, rank)) - 1] ?? 0;
}
