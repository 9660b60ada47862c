import { planAssign, type AssignRequest } from "../engine/incident/plan-assign.js";
import { editIncident, type EditIo, type EditResult } from "./incident-edit.js";
import type { EditTarget } from "./incident-update.js";

/** `fireline incident assign`: a role changes hands, and the timeline says so. */
export function assignRole(io: EditIo, target: EditTarget, request: AssignRequest): Promise<EditResult> {
  return editIncident(io, { ...target, plan: (facts) => planAssign(facts, request) });
}
