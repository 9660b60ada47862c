import type { StatusSnapshot } from "../../engine/status/status-snapshot.js";
import type { SiteSettings } from "./site-settings.js";
import { ZoneClock } from "./zone-time.js";

/** What every view reads: settings, the computed snapshot, the clock of the page's time zone. */
export interface SiteContext {
  settings: SiteSettings;
  snapshot: StatusSnapshot;
  clock: ZoneClock;
  componentName: (id: string) => string;
}

export function siteContext(settings: SiteSettings, snapshot: StatusSnapshot): SiteContext {
  const names = new Map(snapshot.records.components.map((component) => [component.id, component.name]));
  return { settings, snapshot, clock: new ZoneClock(settings.timeZone), componentName: (id) => names.get(id) ?? id };
}
