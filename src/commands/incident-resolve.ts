import { planResolve, type ResolveRequest } from "../engine/incident/plan-resolve.js";
import { editIncident, type EditIo, type EditResult } from "./incident-edit.js";
import type { EditTarget } from "./incident-update.js";

/** `fireline incident resolve`: the final update, which sets resolved_at. */
export function resolveIncident(io: EditIo, target: EditTarget, request: ResolveRequest): Promise<EditResult> {
  return editIncident(io, { ...target, plan: (facts) => planResolve(facts, request) });
}
