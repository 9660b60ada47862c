import type { RecurrenceSettings } from "../../engine/metrics/recurrence.js";

/** What the metrics renderers need beyond the numbers: names for ids, and the settings used. */
export interface MetricsContext {
  organization: string;
  severityNames: ReadonlyMap<string, string>;
  serviceNames: ReadonlyMap<string, string>;
  recurrence: RecurrenceSettings;
  /** The recurrence window as given (180d). */
  recurrenceWindow: string;
}
