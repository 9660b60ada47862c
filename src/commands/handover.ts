import type { Temporal } from "temporal-polyfill";
import { handover, type Handover, type HandoverIncident } from "../engine/oncall/handover.js";
import { instantMs } from "../engine/oncall/wall-clock.js";
import { selectRotations } from "./oncall.js";
import type { OnCallWorkspace } from "./oncall-workspace.js";

export type HandoverOutcome =
  | { ok: true; at: Temporal.Instant; handovers: Handover[] }
  | { ok: false; reason: "unknown-rotation"; rotation: string; known: string[] };

/**
 * `fireline handover`: for each rotation (or one), the current and next on-call person and the
 * incidents still open or resolved during the current shift, among those whose services'
 * escalation policies page the rotation.
 */
export function handoverAt(oncall: OnCallWorkspace, at: Temporal.Instant, rotationId?: string): HandoverOutcome {
  const chosen = selectRotations(oncall, rotationId);
  if (!chosen.ok) return chosen;
  const handovers = chosen.ids.flatMap((id) => {
    const rotation = oncall.rotations.get(id);
    return rotation ? [handover(rotation, at.epochMilliseconds, incidentsPaging(oncall, id))] : [];
  });
  return { ok: true, at, handovers };
}

/** Incidents on services whose escalation policy notifies the rotation at any level. */
export function incidentsPaging(oncall: OnCallWorkspace, rotationId: string): HandoverIncident[] {
  const services = oncall.workspace.services?.data.services ?? {};
  const paging = new Set(
    [...oncall.policies].filter(([, policy]) => policy.levels.some((level) => level.notify.some((target) => target.schedule === rotationId))).map(([id]) => id),
  );
  return oncall.workspace.incidents.flatMap((entry): HandoverIncident[] => {
    const incident = entry.incident?.data;
    if (!incident) return [];
    const concerns = Object.keys(incident.services).some((service) => Object.hasOwn(services, service) && paging.has(services[service]?.escalation_policy ?? ""));
    if (!concerns) return [];
    const item: HandoverIncident = {
      id: entry.id,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      startedAt: instantMs(incident.started_at),
      links: incident.links ?? [],
    };
    if (incident.resolved_at !== undefined) item.resolvedAt = instantMs(incident.resolved_at);
    return [item];
  });
}
