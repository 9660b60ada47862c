import type { IncidentFacts } from "./incident-facts.js";
import { bucketIndex, monthBuckets, quarterBuckets, type Bucket, type Period } from "./period.js";

import type { GroupBy } from "./group-by.js";

export { GROUP_BY, type GroupBy } from "./group-by.js";

export interface Group {
  key: string;
  label: string;
  incidents: IncidentFacts[];
}

export interface GroupingContext {
  period: Period;
  timeZone: string;
  /** Severity ids in policy order (most severe first). */
  severityOrder: readonly string[];
  /** Display names of severities and services by id. */
  severityNames: ReadonlyMap<string, string>;
  serviceNames: ReadonlyMap<string, string>;
}

/**
 * Splits incidents into groups:
 *
 * - **severity**: one group per severity of the policy, most severe first, empty ones included;
 *   severities the policy does not know follow, by id;
 * - **month**, **quarter**: by the calendar month or quarter started_at falls in, in the
 *   organisation's time zone; every month or quarter of the period is listed, empty ones included;
 * - **service**: an incident counts once for *every* service it affected, so these groups add up
 *   to more than the total when incidents hit several services. Largest group first.
 *
 * Severity, month and quarter partition the incidents: their counts add up to the total.
 */
export function groupIncidents(incidents: readonly IncidentFacts[], by: GroupBy, context: GroupingContext): Group[] {
  switch (by) {
    case "severity":
      return bySeverity(incidents, context);
    case "service":
      return byService(incidents, context);
    case "month":
      return byBucket(incidents, monthBuckets(context.period, context.timeZone));
    case "quarter":
      return byBucket(incidents, quarterBuckets(context.period, context.timeZone));
  }
}

function bySeverity(incidents: readonly IncidentFacts[], context: GroupingContext): Group[] {
  const groups = new Map<string, Group>();
  const group = (id: string) => {
    let found = groups.get(id);
    if (!found) groups.set(id, (found = { key: id, label: context.severityNames.get(id) ?? id, incidents: [] }));
    return found;
  };
  for (const id of context.severityOrder) group(id);
  for (const incident of incidents) group(incident.severity).incidents.push(incident);
  const known = new Set(context.severityOrder);
  const unknown = [...groups.values()].filter((g) => !known.has(g.key)).sort((a, b) => compareText(a.key, b.key));
  return [...context.severityOrder.map((id) => group(id)), ...unknown];
}

function byService(incidents: readonly IncidentFacts[], context: GroupingContext): Group[] {
  const groups = new Map<string, Group>();
  for (const incident of incidents) {
    for (const service of incident.services) {
      let found = groups.get(service);
      if (!found) groups.set(service, (found = { key: service, label: context.serviceNames.get(service) ?? service, incidents: [] }));
      found.incidents.push(incident);
    }
  }
  return [...groups.values()].sort((a, b) => b.incidents.length - a.incidents.length || compareText(a.key, b.key));
}

function byBucket(incidents: readonly IncidentFacts[], buckets: readonly Bucket[]): Group[] {
  const groups = buckets.map((bucket): Group => ({ key: bucket.key, label: bucket.label, incidents: [] }));
  for (const incident of incidents) groups[bucketIndex(buckets, incident.at.started)]?.incidents.push(incident);
  return groups;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
