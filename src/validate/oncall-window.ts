import { Temporal } from "temporal-polyfill";
import { compileRotation } from "../engine/oncall/compile.js";
import { rotationSchedule } from "../engine/oncall/schedule.js";
import type { CompiledRotation, ScheduleShift } from "../engine/oncall/types.js";
import type { Named, Workspace } from "../model/workspace.js";
import type { RotationFile } from "../schema/rotation.js";

/** How far ahead validate looks for coverage gaps, double bookings and long stretches. */
export const LOOK_AHEAD_DAYS = 90;

export interface RotationWindow {
  file: Named<RotationFile>;
  compiled: CompiledRotation;
  /** The final schedule overlapping [from, to). */
  shifts: ScheduleShift[];
}

export interface OnCallWindow {
  from: number;
  to: number;
  rotations: RotationWindow[];
}

const compiled = new WeakMap<Named<RotationFile>, CompiledRotation>();
const windows = new WeakMap<Workspace, { now: number; window: OnCallWindow }>();

/** A rotation file compiled once per run, however many rules ask. */
export function compiledRotation(file: Named<RotationFile>): CompiledRotation {
  let rotation = compiled.get(file);
  if (!rotation) {
    rotation = compileRotation(file.id, file.data);
    compiled.set(file, rotation);
  }
  return rotation;
}

/** Every rotation's schedule for the next 90 days from `now`, computed once per run. */
export function onCallWindow(workspace: Workspace, now: Temporal.Instant): OnCallWindow {
  const cached = windows.get(workspace);
  if (cached?.now === now.epochMilliseconds) return cached.window;
  const from = now.epochMilliseconds;
  const to = now.add({ hours: LOOK_AHEAD_DAYS * 24 }).epochMilliseconds;
  const window: OnCallWindow = {
    from,
    to,
    rotations: workspace.rotations.map((file) => {
      const rotation = compiledRotation(file);
      return { file, compiled: rotation, shifts: rotationSchedule(rotation, from, to) };
    }),
  };
  windows.set(workspace, { now: from, window });
  return window;
}

/** Where in the rotation file a shift comes from: the override, or the member's place in the layer. */
export function shiftSource(file: Named<RotationFile>, shift: ScheduleShift): (string | number)[] {
  if (shift.override) return ["overrides", shift.override.index, "person"];
  const layer = shift.layer?.index ?? 0;
  const member = file.data.layers[layer]?.members.indexOf(shift.person) ?? -1;
  return member >= 0 ? ["layers", layer, "members", member] : ["layers", layer];
}
