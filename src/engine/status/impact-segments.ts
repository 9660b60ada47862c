import type { ComponentStatus } from "../../schema/common.js";
import type { ComponentState, PublicIncident } from "./public-records.js";

export type ImpactStatus = Exclude<ComponentStatus, "operational">;

/** A stretch of time during which an incident held one component at one status. */
export interface ImpactSegment {
  component: string;
  status: ImpactStatus;
  from: number;
  to: number;
  /** Still going at "now" (so the component's current status comes from it). */
  ongoing: boolean;
}

/**
 * When each affected component was at which status during one incident.
 *
 * - Impact begins at started_at. The first status a public update gives a component applies from
 *   then on, because customers were affected before anyone wrote it down; a component no update
 *   mentions keeps the incident's stated impact throughout.
 * - Each later update that lists the component changes its status from that update on.
 * - Impact ends at the first of: an update setting it operational; mitigated_at ("customer impact
 *   stopped"), unless an update at or after mitigated_at still lists it as impaired; resolved_at.
 *   An incident that is still open runs to `now`.
 */
export function impactSegments(incident: PublicIncident, now: number): ImpactSegment[] {
  return incident.impacts.flatMap((impact) => componentSegments(incident, impact, now));
}

function componentSegments(incident: PublicIncident, impact: ComponentState, now: number): ImpactSegment[] {
  const stated = incident.updates.flatMap((update) =>
    update.components.filter((state) => state.component === impact.component).map((state) => ({ at: update.at, status: state.status })),
  );
  const steps = [{ at: incident.startedAt, status: stated[0]?.status ?? impact.status }, ...stated.slice(1)];
  const end = impactEnd(incident, stated);
  const segments: ImpactSegment[] = [];
  steps.forEach((step, i) => {
    const from = Math.max(step.at, incident.startedAt);
    const to = Math.min(steps[i + 1]?.at ?? Infinity, end, now);
    if (step.status === "operational" || to <= from) return;
    segments.push({ component: impact.component, status: step.status, from, to, ongoing: to === now && end > now && steps[i + 1] === undefined });
  });
  return segments;
}

/** When the incident stops affecting a component (Infinity while it is open). */
function impactEnd(incident: PublicIncident, stated: readonly { at: number; status: ComponentStatus }[]): number {
  const resolved = incident.resolvedAt ?? Infinity;
  const mitigated = incident.mitigatedAt;
  if (mitigated === undefined) return resolved;
  const impairedAfterMitigation = stated.some((state) => state.at >= mitigated && state.status !== "operational");
  return impairedAfterMitigation ? resolved : Math.min(mitigated, resolved);
}
