import type { SeverityPolicyFile } from "../../schema/severity-policy.js";
import { parseBusinessDays } from "../business-days/deadline.js";
import { exactDuration, parseDuration } from "../oncall/duration.js";
import type { IncidentFacts } from "./incident-facts.js";

/** What a severity promises, parsed: targets as milliseconds (absent when not a duration, such as business_hours). */
export interface SeverityTargets {
  id: string;
  name: string;
  /** As written in policies/severity.yaml: 5m, business_hours. */
  response: string;
  resolution: string;
  responseMs?: number;
  resolutionMs?: number;
  postmortemRequired: boolean;
  /** Business days after resolution a required postmortem is due. */
  postmortemDueDays?: number;
}

/** The severity table in file order (most severe first). */
export function severityTargets(policy: SeverityPolicyFile | undefined): SeverityTargets[] {
  return Object.entries(policy?.severities ?? {}).map(([id, severity]) => {
    const targets: SeverityTargets = {
      id,
      name: severity.name,
      response: severity.response_target,
      resolution: severity.resolution_target,
      postmortemRequired: severity.postmortem.required,
    };
    const response = durationMs(severity.response_target);
    if (response !== undefined) targets.responseMs = response;
    const resolution = durationMs(severity.resolution_target);
    if (resolution !== undefined) targets.resolutionMs = resolution;
    if (severity.postmortem.due !== undefined) targets.postmortemDueDays = parseBusinessDays(severity.postmortem.due);
    return targets;
  });
}

/** 5m, 4h, 2d (48 hours), 1w; undefined for anything else (business_hours). */
function durationMs(text: string): number | undefined {
  if (!/^[1-9][0-9]*[mhdw]$/.test(text)) return undefined;
  return exactDuration(parseDuration(text)).total({ unit: "milliseconds" });
}

/**
 * - **response**: acknowledged_at − detected_at against the severity's response_target;
 * - **resolution**: resolved_at − started_at against its resolution_target.
 */
export const TARGET_KINDS = ["response", "resolution"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Breach {
  incident: string;
  title: string;
  severity: string;
  kind: TargetKind;
  /** The target as policies/severity.yaml writes it (15m, 24h). */
  target: string;
  targetMs: number;
  /** The time taken; for an incident still open, the time so far (at `now`). */
  actualMs: number;
  /** actualMs − targetMs: by how much the target was missed. */
  overMs: number;
  /** True when the clock is still running: not yet acknowledged, or not yet resolved. */
  open: boolean;
}

export interface TargetSummary {
  /** Incidents the target could be judged for: finished, or still running and already over. */
  measured: number;
  met: number;
  breached: number;
  /** No numeric target (business_hours), an unknown severity, a missing or out-of-order timestamp, or still running within the target. */
  notMeasured: number;
}

export interface TargetsResult {
  response: TargetSummary;
  resolution: TargetSummary;
  /** Sorted by incident id (so by start date), response before resolution. */
  breaches: Breach[];
}

const SPANS = {
  response: { from: "detected", to: "acknowledged", target: "responseMs", text: "response" },
  resolution: { from: "started", to: "resolved", target: "resolutionMs", text: "resolution" },
} as const;

/** Judges every incident against its severity's targets at `now`. */
export function checkTargets(incidents: readonly IncidentFacts[], severities: ReadonlyMap<string, SeverityTargets>, now: number): TargetsResult {
  const result: TargetsResult = { response: emptySummary(), resolution: emptySummary(), breaches: [] };
  for (const incident of incidents) {
    for (const kind of TARGET_KINDS) {
      const summary = result[kind];
      const span = SPANS[kind];
      const severity = severities.get(incident.severity);
      const target = severity?.[span.target];
      const start = incident.at[span.from];
      if (target === undefined || start === undefined) {
        summary.notMeasured++;
        continue;
      }
      const end = incident.at[span.to];
      const open = end === undefined;
      // An open clock is judged only once it has passed the target: until then the outcome is unknown.
      const actual = (end ?? Math.max(now, start)) - start;
      if (actual < 0 || (open && (incident.status === "resolved" || actual <= target))) {
        summary.notMeasured++;
        continue;
      }
      summary.measured++;
      if (actual <= target) {
        summary.met++;
        continue;
      }
      summary.breached++;
      result.breaches.push({
        incident: incident.id,
        title: incident.title,
        severity: incident.severity,
        kind,
        target: severity?.[span.text] ?? "",
        targetMs: target,
        actualMs: actual,
        overMs: actual - target,
        open,
      });
    }
  }
  result.breaches.sort((a, b) => (a.incident < b.incident ? -1 : a.incident > b.incident ? 1 : TARGET_KINDS.indexOf(a.kind) - TARGET_KINDS.indexOf(b.kind)));
  return result;
}

function emptySummary(): TargetSummary {
  return { measured: 0, met: 0, breached: 0, notMeasured: 0 };
}
