import type { Temporal } from "temporal-polyfill";
import { planUpdate, type UpdateRequest } from "../engine/incident/plan-update.js";
import { editIncident, type EditIo, type EditResult } from "./incident-edit.js";

/** Which incident to edit, when, and whether to write. */
export interface EditTarget {
  id: string;
  now: Temporal.Instant;
  dryRun: boolean;
}

/** `fireline incident update`: a timeline entry, and the status and timestamps it implies. */
export function updateIncident(io: EditIo, target: EditTarget, request: UpdateRequest): Promise<EditResult> {
  return editIncident(io, { ...target, plan: (facts) => planUpdate(facts, request) });
}
