import type { StatusSnapshot } from "../../engine/status/status-snapshot.js";
import type { SiteSettings } from "./site-settings.js";
import { ZoneClock, type TimeView } from "./zone-time.js";

/** What every view reads: settings, the computed snapshot, the clock of the page's time zone. */
export interface SiteContext {
  settings: SiteSettings;
  snapshot: StatusSnapshot;
  clock: ZoneClock;
  componentName: (id: string) => string;
  /** The build's "now" as every page's footer shows it, formatted once. */
  now: { time: TimeView; offset: string };
}

export function siteContext(settings: SiteSettings, snapshot: StatusSnapshot): SiteContext {
  const names = new Map(snapshot.records.components.map((component) => [component.id, component.name]));
  const clock = new ZoneClock(settings.timeZone);
  return {
    settings,
    snapshot,
    clock,
    componentName: (id) => names.get(id) ?? id,
    now: { time: clock.dateTime(snapshot.now), offset: clock.offset(snapshot.now) },
  };
}
