import { LAST_INSTANT_MS, stepFrom } from "./compile.js";
import type { CompiledLayer, LayerShift } from "./types.js";
import { wallClockMs } from "./wall-clock.js";

const MEMO_LIMIT = 200_000;

/** The instant of a layer's hand-off number `slot` (slot 0 is the first), on the wall clock. */
export function handoffAt(layer: CompiledLayer, slot: number): number {
  let ms = layer.handoffs.get(slot);
  if (ms === undefined) {
    try {
      ms = Math.min(wallClockMs(stepFrom(layer.anchor, layer.step, slot), layer.timeZone), LAST_INSTANT_MS);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      ms = LAST_INSTANT_MS;
    }
    if (layer.handoffs.size >= MEMO_LIMIT) layer.handoffs.clear();
    layer.handoffs.set(slot, ms);
  }
  return ms;
}

/** The slot whose turn contains `at`, or -1 before the first hand-off. */
export function slotAt(layer: CompiledLayer, at: number): number {
  if (at < layer.firstHandoff) return -1;
  // A guess from the nominal length, corrected by the real hand-offs (DST moves them by hours).
  let slot = Math.floor((at - layer.firstHandoff) / layer.nominalStepMs);
  while (slot > 0 && handoffAt(layer, slot) > at) slot--;
  while (handoffAt(layer, slot + 1) <= at) slot++;
  return slot;
}

/**
 * Every whole turn of the layer that overlaps [from, to): the member whose turn it is and the
 * hand-off instants around it, cut short only by effective_until. A turn that a DST change
 * reduces to nothing (two hand-offs on the same instant) is dropped.
 */
export function layerShifts(layer: CompiledLayer, from: number, to: number): LayerShift[] {
  const shifts: LayerShift[] = [];
  const count = layer.members.length;
  if (count === 0 || to <= from) return shifts;
  for (let slot = Math.max(0, slotAt(layer, from)); ; slot++) {
    const start = handoffAt(layer, slot);
    if (start >= to || (layer.until !== undefined && start >= layer.until)) break;
    const next = handoffAt(layer, slot + 1);
    const end = layer.until !== undefined && next > layer.until ? layer.until : next;
    if (end > start && end > from) shifts.push({ layer: layer.index, slot, person: layer.members[slot % count] ?? "", start, end });
  }
  return shifts;
}
