import { Temporal } from "temporal-polyfill";
import { parseAndCheck } from "../../src/load/load-yaml-file.js";
import { compileRotation } from "../../src/engine/oncall/compile.js";
import type { CompiledRotation, ScheduleShift } from "../../src/engine/oncall/types.js";
import type { RotationFile } from "../../src/schema/rotation.js";

/** Parses and schema-checks rotation YAML, then compiles it; throws with the diagnostics if it is not valid. */
export function rotationFromYaml(yaml: string, id = "test-rotation"): CompiledRotation {
  const result = parseAndCheck<RotationFile>("rotation", `rotations/${id}.yaml`, yaml);
  if (!result.loaded) throw new Error(`invalid rotation:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join("\n")}`);
  return compileRotation(id, result.loaded.data);
}

export const ms = (text: string): number => Temporal.Instant.from(text).epochMilliseconds;

/** An instant as RFC 3339 with the zone's offset at that instant, e.g. 2026-03-08T03:00:00-04:00. */
export function local(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toString({ timeZoneName: "never" });
}

/** A shift as fixtures spell it: who, local start and end, and its length in hours. */
export function describeShift(shift: ScheduleShift, timeZone: string) {
  return { person: shift.person, start: local(shift.start, timeZone), end: local(shift.end, timeZone), hours: (shift.end - shift.start) / 3_600_000 };
}
