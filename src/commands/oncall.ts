import { Temporal } from "temporal-polyfill";
import { escalationTimeline, type Page } from "../engine/oncall/escalation.js";
import { whoIsOnCall, type OnCallAnswer } from "../engine/oncall/who-is-on-call.js";
import type { OnCallWorkspace } from "./oncall-workspace.js";

export interface PolicyNow {
  id: string;
  /** The first run through the levels: who would be paged by an alert at the instant. */
  levels: Page[];
}

export interface OnCallNow {
  at: Temporal.Instant;
  rotations: OnCallAnswer[];
  /** Escalation policies that page the rotations shown (all of them without --rotation). */
  policies: PolicyNow[];
}

export type OnCallResult = { ok: true; result: OnCallNow } | { ok: false; reason: "unknown-rotation"; rotation: string; known: string[] };

/** `fireline oncall`: who is on call at an instant, per rotation and per escalation level, until when, and who is next. */
export function onCallAt(oncall: OnCallWorkspace, at: Temporal.Instant, rotationId?: string): OnCallResult {
  const chosen = selectRotations(oncall, rotationId);
  if (!chosen.ok) return chosen;
  const ms = at.epochMilliseconds;
  const rotations = chosen.ids.flatMap((id) => {
    const rotation = oncall.rotations.get(id);
    return rotation ? [whoIsOnCall(rotation, ms)] : [];
  });
  const policies = [...oncall.policies]
    .filter(([, policy]) => rotationId === undefined || policy.levels.some((level) => level.notify.some((target) => target.schedule === rotationId)))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, policy]) => ({ id, levels: escalationTimeline({ ...policy, repeat: 0 }, at, oncall.onCall).pages }));
  return { ok: true, result: { at, rotations, policies } };
}

/** The rotation ids a command works on: one named with --rotation, or all. */
export function selectRotations(oncall: OnCallWorkspace, rotationId: string | undefined): { ok: true; ids: string[] } | { ok: false; reason: "unknown-rotation"; rotation: string; known: string[] } {
  const known = [...oncall.rotations.keys()];
  if (rotationId === undefined) return { ok: true, ids: known };
  if (!oncall.rotations.has(rotationId)) return { ok: false, reason: "unknown-rotation", rotation: rotationId, known };
  return { ok: true, ids: [rotationId] };
}
