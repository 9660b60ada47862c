import { METRIC_DEFINITIONS, type LifecycleMetric } from "../../engine/metrics/durations.js";

/** Short labels of the lifecycle metrics, as tables show them. */
export const METRIC_LABELS: Readonly<Record<LifecycleMetric, string>> = {
  mttd: "Time to detect (MTTD)",
  mtta: "Time to acknowledge (MTTA)",
  mttm: "Time to mitigate (MTTM)",
  mttr: "Time to resolve (MTTR)",
};

/**
 * What every number means, in one place: the report prints these next to the numbers, the
 * markdown summary under its tables; the README's "Metrics and reports" section says the same.
 */
export const DEFINITIONS = {
  period: {
    term: "Period",
    text: "An incident belongs to the period when its started_at lies in it. Months and quarters are calendar months and quarters in the organisation's time zone.",
  },
  incidents: {
    term: "Incidents",
    text: "Incidents that started in the period. Open: status is not resolved. Reopened: the timeline went from resolved back to an open status at least once; a reopened incident counts once and its MTTR runs to the final resolved_at.",
  },
  mttd: { term: METRIC_LABELS.mttd, text: METRIC_DEFINITIONS.mttd.definition },
  mtta: { term: METRIC_LABELS.mtta, text: METRIC_DEFINITIONS.mtta.definition },
  mttm: { term: METRIC_LABELS.mttm, text: METRIC_DEFINITIONS.mttm.definition },
  mttr: { term: METRIC_LABELS.mttr, text: METRIC_DEFINITIONS.mttr.definition },
  statistics: {
    term: "Median, p90, mean",
    text: "Median: the middle value (the mean of the two middle values for an even count). p90: nearest rank, the smallest value that at least 90% of the values do not exceed (the value at position ⌈0.9 × n⌉ in ascending order; the maximum below 10 values). Mean: the average. Left out: incidents without one of the two timestamps, or with them out of order; they are counted, not guessed.",
  },
  targets: {
    term: "Targets",
    text: "Response: acknowledged_at − detected_at against the severity's response_target. Resolution: resolved_at − started_at against its resolution_target. An open incident already past a target counts as a breach, measured to now; one still within it is not judged yet. business_hours is not a duration and is not measured.",
  },
  postmortems: {
    term: "Postmortems",
    text: "Required: incidents that owe a postmortem, because of their severity or a trigger such as data loss. Published: status published with published_at. Due: the n-th business day after the day of resolution (organisation's zone and business calendar). On time: published on or before that day; late: published after it; overdue: unpublished after it; pending: not due yet. On time % = on time ÷ (on time + late + overdue). Days to publish: calendar days from the day of resolution to the day of publication, every published postmortem.",
  },
  actionItems: {
    term: "Action items",
    text: "Items of the action-items sections of the period's postmortems. Done: ticked off (- [x]). Overdue: open with a due date before today (organisation's zone). Completion = done ÷ total.",
  },
  onCall: {
    term: "On-call load",
    text: "Shifts: stretches on call in the period up to now, every rotation (back-to-back shifts of one person in one rotation count once). Pages: the people each incident's alert (detected_at, else started_at) reached through its services' escalation policies, level by level until acknowledged_at (only the first level without it), each person once per incident, as fireline oncall report counts them. After hours: pages outside the person's working hours (people.yaml, default 09:00–18:00) or on a weekend, public holiday or closed day, in the person's own time zone.",
  },
  recurrence: {
    term: "Recurring incidents",
    text: "An incident that started within the window after an earlier one (which may lie before the period) on a service both affected, sharing at least two tags or with similar titles (Jaccard similarity of title words ≥ 0.5). Each names the most recent one it repeats.",
  },
} as const;
