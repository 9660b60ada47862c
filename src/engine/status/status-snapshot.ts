import { currentStatuses, overallStatus, type CurrentStatus } from "./current-status.js";
import { impactSegments, type ImpactSegment } from "./impact-segments.js";
import { maintenancePhase, type MaintenancePhase } from "./maintenance-phase.js";
import type { PublicRecords } from "./public-records.js";
import { mergeIntervals, worstSpans } from "./timeline.js";
import { componentUptime, type ComponentUptime } from "./uptime.js";
import { calendarDaysEnding, startOfDate } from "./uptime-days.js";

export interface SnapshotOptions {
  timeZone: string;
  partialWeight: number;
  uptimeDays: number;
}

/** Everything the status page computes from the public records at one instant. */
export interface StatusSnapshot {
  now: number;
  records: PublicRecords;
  /** Impact segments of each incident, by incident id. */
  impact: Map<string, ImpactSegment[]>;
  current: Map<string, CurrentStatus>;
  overall: CurrentStatus;
  uptime: Map<string, ComponentUptime>;
  phase: Map<string, MaintenancePhase>;
}

/** Computes statuses, maintenance phases and uptime once, for every page and feed to read. */
export function statusSnapshot(records: PublicRecords, now: number, options: SnapshotOptions): StatusSnapshot {
  const impact = new Map(records.incidents.map((incident) => [incident.id, impactSegments(incident, now)]));
  const segments = [...impact.values()].flat();
  const componentIds = records.components.map((component) => component.id);
  const current = currentStatuses(componentIds, segments, records.maintenance, now);
  const phase = new Map(records.maintenance.map((window) => [window.id, maintenancePhase(window, now)]));
  return { now, records, impact, current, overall: overallStatus(current.values()), uptime: uptimes(records, segments, now, options), phase };
}

function uptimes(records: PublicRecords, segments: readonly ImpactSegment[], now: number, options: SnapshotOptions): Map<string, ComponentUptime> {
  const days = calendarDaysEnding(now, options.uptimeDays, options.timeZone);
  const rangeStart = days[0]?.start ?? now;
  // Only what overlaps the bar's range matters; this keeps large histories cheap.
  const inRange = segments.filter((segment) => segment.to > rangeStart && segment.from < now);
  return new Map(
    records.components.map((component) => {
      const spans = worstSpans(inRange.filter((segment) => segment.component === component.id));
      const maintenance = mergeIntervals(
        records.maintenance
          .filter((window) => window.impacts.some((impact) => impact.component === component.id && impact.status !== "operational"))
          .map((window) => ({ from: window.startsAt, to: window.endsAt })),
      );
      const liveFrom = component.since === undefined ? undefined : startOfDate(component.since, options.timeZone);
      return [component.id, componentUptime({ spans, maintenance, days, now, liveFrom, partialWeight: options.partialWeight })];
    }),
  );
}
