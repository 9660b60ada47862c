import type { ScheduleShift } from "../../engine/oncall/types.js";
import { formatOffset, formatUtc } from "../../engine/oncall/time-text.js";

/** Why a person is on call: their layer, or the override that put them there. */
export function shiftReason(shift: ScheduleShift): string {
  if (shift.override) {
    const covers = shift.override.covers === undefined ? "" : ` for ${shift.override.covers}`;
    const reason = shift.override.reason === undefined ? "" : `: ${shift.override.reason}`;
    return `override${covers}${reason}`;
  }
  return shift.layer?.name ?? "";
}

/** A shift as JSON: UTC instants plus the same instants with the rotation's offset. */
export function shiftJson(shift: ScheduleShift, timeZone: string, nameOf: (handle: string) => string) {
  return {
    person: shift.person,
    name: nameOf(shift.person),
    start: formatUtc(shift.start),
    end: formatUtc(shift.end),
    start_local: formatOffset(shift.start, timeZone),
    end_local: formatOffset(shift.end, timeZone),
    hours: Math.round(((shift.end - shift.start) / 3_600_000) * 100) / 100,
    layer: shift.layer?.name ?? null,
    override: shift.override ? { index: shift.override.index, covers: shift.override.covers ?? null, reason: shift.override.reason ?? null } : null,
  };
}
