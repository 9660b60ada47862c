import { epochMs } from "../../src/model/instant.js";
import type { ComponentState, PublicIncident, PublicMaintenance, PublicUpdate } from "../../src/engine/status/public-records.js";
import type { ComponentStatus, IncidentStatus } from "../../src/schema/common.js";

/** Epoch ms of an RFC 3339 instant, so tests read like the YAML they stand for. */
export const t = (text: string): number => epochMs(text);

export function update(at: string, status: IncidentStatus, components: Record<string, ComponentStatus> = {}): PublicUpdate {
  return { id: `u-${at}`, at: t(at), status, message: "An update.", components: states(components) };
}

export function incident(fields: {
  id?: string;
  impacts: Record<string, ComponentStatus>;
  started: string;
  mitigated?: string;
  resolved?: string;
  updates?: PublicUpdate[];
}): PublicIncident {
  const updates = fields.updates ?? [update(fields.started, fields.resolved === undefined ? "investigating" : "resolved")];
  return {
    id: fields.id ?? "2026-03-03-test",
    title: "Test incident",
    severityLabel: "Partial outage",
    status: fields.resolved === undefined ? (updates.at(-1)?.status ?? "investigating") : "resolved",
    startedAt: t(fields.started),
    mitigatedAt: fields.mitigated === undefined ? undefined : t(fields.mitigated),
    resolvedAt: fields.resolved === undefined ? undefined : t(fields.resolved),
    impacts: states(fields.impacts),
    updates,
    postmortem: undefined,
  };
}

export function maintenance(fields: { id?: string; impacts: Record<string, ComponentStatus>; starts: string; ends: string }): PublicMaintenance {
  return {
    id: fields.id ?? "2026-04-01-window",
    title: "Window",
    description: "Planned work.",
    startsAt: t(fields.starts),
    endsAt: t(fields.ends),
    impacts: states(fields.impacts),
    notes: [],
  };
}

function states(map: Record<string, ComponentStatus>): ComponentState[] {
  return Object.entries(map).map(([component, status]) => ({ component, status }));
}

/** Segments as "component status from..to" lines in UTC, for readable assertions. */
export function describeSegments(segments: readonly { component: string; status: string; from: number; to: number; ongoing?: boolean }[]): string[] {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  return segments.map((s) => `${s.component} ${s.status} ${iso(s.from)}..${iso(s.to)}${s.ongoing === true ? " ongoing" : ""}`);
}
