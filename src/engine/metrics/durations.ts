import type { IncidentFacts, Stamp } from "./incident-facts.js";

/** The four lifecycle metrics: each the time between two timestamps of one incident. */
export const LIFECYCLE_METRICS = ["mttd", "mtta", "mttm", "mttr"] as const;
export type LifecycleMetric = (typeof LIFECYCLE_METRICS)[number];

export interface MetricDefinition {
  from: Stamp;
  to: Stamp;
  name: string;
  /** One line for the README, the report and --help. */
  definition: string;
}

export const METRIC_DEFINITIONS: Readonly<Record<LifecycleMetric, MetricDefinition>> = {
  mttd: { from: "started", to: "detected", name: "Time to detect", definition: "detected_at − started_at: how long impact went unnoticed." },
  mtta: { from: "detected", to: "acknowledged", name: "Time to acknowledge", definition: "acknowledged_at − detected_at: how long an alert waited for a responder." },
  mttm: { from: "started", to: "mitigated", name: "Time to mitigate", definition: "mitigated_at − started_at: how long customers felt the impact." },
  mttr: { from: "started", to: "resolved", name: "Time to resolve", definition: "resolved_at − started_at: from the start of impact to the (final) resolution." },
};

/**
 * One incident's value for a metric, in milliseconds; or why it has none: a timestamp is missing
 * (not yet acknowledged, still open, never recorded), or the two are out of order (fireline
 * validate reports that as FL-403). Either way the incident is left out of that metric and counted.
 */
export type DurationOutcome = number | "missing" | "out-of-order";

export function lifecycleDuration(incident: IncidentFacts, metric: LifecycleMetric): DurationOutcome {
  const { from, to } = METRIC_DEFINITIONS[metric];
  const start = incident.at[from];
  const end = incident.at[to];
  if (start === undefined || end === undefined) return "missing";
  return end < start ? "out-of-order" : end - start;
}
