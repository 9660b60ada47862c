import type { Temporal } from "temporal-polyfill";
import type { ComponentStatus } from "../../schema/common.js";
import type { EditOperation } from "./edit-operations.js";
import type { IncidentFacts } from "./facts.js";
import { planUpdate } from "./plan-update.js";
import { usage, type Planned } from "./problem.js";

export interface ResolveRequest {
  message: string;
  /** Defaults to whether the incident is public: customers who saw it start should see it end. */
  public?: boolean;
  components: Readonly<Record<string, ComponentStatus>>;
  author?: string | null;
  /** When it was resolved; defaults to now. */
  at?: Temporal.Instant;
}

/** `fireline incident resolve`: a final update with status resolved, which sets resolved_at (and mitigated_at, if missing). */
export function planResolve(facts: IncidentFacts, request: ResolveRequest): Planned<EditOperation[]> {
  if (facts.incident.status === "resolved") {
    return usage(`${facts.id} is already resolved (at ${facts.incident.resolved_at ?? "an unrecorded time"})`, "Use `fireline incident update` to add to its timeline.");
  }
  return planUpdate(facts, { ...request, status: "resolved", public: request.public ?? facts.incident.public, reopen: false });
}
