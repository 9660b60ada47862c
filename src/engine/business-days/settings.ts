import type { FirelineConfig } from "../../schema/fireline-config.js";
import type { CalendarSettings } from "./business-calendar.js";

/** fireline.yaml's business_calendar as calendar settings (weekends only when there is none). */
export function calendarSettings(config: FirelineConfig | undefined): CalendarSettings {
  const settings = config?.business_calendar;
  if (!settings) return {};
  return {
    country: settings.country,
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.working_days === undefined ? {} : { workingDays: settings.working_days }),
    ...(settings.closed_days === undefined ? {} : { closedDays: settings.closed_days }),
  };
}
