import type { ImpactStatus } from "./impact-segments.js";
import { overlap, subtract, type Interval, type StatusSpan } from "./timeline.js";
import type { CalendarDay } from "./uptime-days.js";

/** What a day's square on the uptime bar shows: its worst status, maintenance, or no data. */
export type DayKind = "no_data" | "operational" | ImpactStatus | "under_maintenance";

export interface DayUptime {
  date: string;
  kind: DayKind;
  /** Uptime of the day, 0..1; undefined when nothing was observed (no data, or maintenance all day). */
  ratio: number | undefined;
  /** Time at each impact status, maintenance excluded, in ms. */
  impactMs: Record<ImpactStatus, number>;
}

export interface ComponentUptime {
  days: DayUptime[];
  /** Uptime over all days with data, 0..1; undefined when no day has data. */
  ratio: number | undefined;
}

export interface UptimeInput {
  /** The component's worst-status spans (see worstSpans). */
  spans: readonly StatusSpan[];
  /** Maintenance windows touching the component, merged. Time inside them counts neither way. */
  maintenance: readonly Interval[];
  days: readonly CalendarDay[];
  now: number;
  /** When the component went live; earlier time is "no data". */
  liveFrom: number | undefined;
  /** Share of a partial outage that counts as down (degraded performance counts as up). */
  partialWeight: number;
}

/**
 * Uptime per day and over the whole range: 1 - (major outage + weight * partial outage) / observed
 * time, where observed time is the day up to now, after the component went live, outside maintenance.
 */
export function componentUptime(input: UptimeInput): ComponentUptime {
  const spans = subtract(input.spans, input.maintenance);
  const byStatus = (status: ImpactStatus) => spans.filter((span) => span.status === status);
  const major = byStatus("major_outage");
  const partial = byStatus("partial_outage");
  const degraded = byStatus("degraded_performance");
  let observedTotal = 0;
  let downTotal = 0;

  const days = input.days.map((day): DayUptime => {
    const from = Math.max(day.start, input.liveFrom ?? day.start);
    const to = Math.min(day.end, input.now);
    const impactMs = { major_outage: 0, partial_outage: 0, degraded_performance: 0 };
    if (to <= from) return { date: day.date, kind: "no_data", ratio: undefined, impactMs };
    impactMs.major_outage = overlap(major, from, to);
    impactMs.partial_outage = overlap(partial, from, to);
    impactMs.degraded_performance = overlap(degraded, from, to);
    const maintenanceMs = overlap(input.maintenance, from, to);
    const observed = to - from - maintenanceMs;
    const down = impactMs.major_outage + input.partialWeight * impactMs.partial_outage;
    observedTotal += observed;
    downTotal += down;
    return { date: day.date, kind: dayKind(impactMs, maintenanceMs), ratio: observed > 0 ? 1 - down / observed : undefined, impactMs };
  });
  return { days, ratio: observedTotal > 0 ? 1 - downTotal / observedTotal : undefined };
}

function dayKind(impactMs: Record<ImpactStatus, number>, maintenanceMs: number): DayKind {
  if (impactMs.major_outage > 0) return "major_outage";
  if (impactMs.partial_outage > 0) return "partial_outage";
  if (impactMs.degraded_performance > 0) return "degraded_performance";
  return maintenanceMs > 0 ? "under_maintenance" : "operational";
}
