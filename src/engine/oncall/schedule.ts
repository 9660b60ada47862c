import { intersectIntervals, type Interval } from "./intervals.js";
import { maskLayers } from "./layering.js";
import { layerShifts } from "./layer-shifts.js";
import { applyOverrides } from "./overrides.js";
import { restrictionWindows } from "./restrictions.js";
import type { CompiledLayer, CompiledRotation, ScheduleShift } from "./types.js";

export interface ScheduleOptions {
  /** Apply the overrides (default true); the load report also needs the plain layered schedule. */
  overrides?: boolean;
}

/**
 * The final schedule of a rotation: every stretch that overlaps [from, to), with its true start
 * and end (not cut at the window), sorted by start and never overlapping. Higher layers mask
 * lower ones; overrides are applied last. The answer for a stretch does not depend on the
 * window asked for, so calendar UIDs built from it stay stable.
 */
export function rotationSchedule(rotation: CompiledRotation, from: number, to: number, options: ScheduleOptions = {}): ScheduleShift[] {
  if (to <= from) return [];
  // Whole turns reach outside the window; compute everything that can shape them.
  let start = from;
  let end = to;
  for (const layer of rotation.layers) {
    const turns = layerShifts(layer, from, to);
    start = Math.min(start, turns[0]?.start ?? start);
    end = Math.max(end, turns.at(-1)?.end ?? end);
  }
  const layered = maskLayers(rotation.layers.map((layer) => layerPieces(rotation.id, layer, start, end)));
  const overrides = options.overrides === false ? [] : rotation.overrides.filter((o) => o.to > start && o.from < end);
  return applyOverrides(rotation.id, layered, overrides).filter((shift) => shift.end > from && shift.start < to);
}

/** A layer's turns in [from, to), cut to its restriction windows. */
export function layerPieces(rotation: string, layer: CompiledLayer, from: number, to: number): ScheduleShift[] {
  const turns = layerShifts(layer, from, to);
  const shifts = turns.map(
    (turn): ScheduleShift => ({ rotation, person: turn.person, start: turn.start, end: turn.end, layer: { index: layer.index, name: layer.name } }),
  );
  const first = turns[0];
  const last = turns.at(-1);
  if (!layer.restrictions || !first || !last) return shifts;
  const windows: Interval[] = restrictionWindows(layer.timeZone, layer.restrictions, first.start, last.end);
  return intersectIntervals(shifts, windows);
}
