import type { CurrentStatus } from "../../engine/status/current-status.js";
import { PATHS, publicUrl } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import type { SpIndicator, SpPage, SpStatus } from "./statuspage-types.js";
import { isoUtc } from "./zone-time.js";

/** status.json's indicator and Statuspage's own descriptions for it. */
const INDICATOR: Record<CurrentStatus, SpStatus> = {
  operational: { indicator: "none", description: "All Systems Operational" },
  degraded_performance: { indicator: "minor", description: "Minor Service Outage" },
  partial_outage: { indicator: "major", description: "Partial System Outage" },
  major_outage: { indicator: "critical", description: "Major System Outage" },
  under_maintenance: { indicator: "maintenance" satisfies SpIndicator, description: "Service Under Maintenance" },
};

export function spStatus(context: SiteContext): SpStatus {
  return INDICATOR[context.snapshot.overall];
}

/**
 * The page's updated_at is the last thing that happened by "now" (an update, a resolution, a window
 * opening or closing), not the build time, so rebuilding an unchanged workspace changes nothing.
 */
export function spPage(context: SiteContext): SpPage {
  const { settings, snapshot } = context;
  const { incidents, maintenance } = snapshot.records;
  const events = [
    ...incidents.flatMap((incident) => [incident.startedAt, incident.resolvedAt ?? 0, ...incident.updates.map((update) => update.at)]),
    ...maintenance.flatMap((window) => [window.startsAt, window.endsAt, ...window.notes.map((note) => note.at)]),
  ].filter((at) => at <= snapshot.now);
  return {
    id: settings.pageId,
    name: settings.organization,
    url: publicUrl(settings.baseUrl, PATHS.home),
    time_zone: settings.timeZone,
    updated_at: isoUtc(latest(events) ?? snapshot.now),
  };
}

/** The largest value, without spreading a long list into Math.max's arguments. */
export function latest(values: readonly number[]): number | undefined {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max;
}
