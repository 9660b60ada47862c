import type { IncidentFile } from "../../schema/incident.js";

/**
 * Every severity an incident has had, in the order it had them: the first change's `from`
 * (what it was declared with), each change's `to`, and its current severity.
 */
export function severitiesReached(incident: Pick<IncidentFile, "severity" | "updates">): string[] {
  const reached: string[] = [];
  for (const update of incident.updates) {
    const change = update.severity_change;
    if (!change) continue;
    if (reached.length === 0) reached.push(change.from);
    reached.push(change.to);
  }
  reached.push(incident.severity);
  return reached;
}

/**
 * The most severe level an incident reached (severities ordered most severe first): a raised
 * then lowered incident still owes what its worst moment owed (seed 004 lets the IC re-classify).
 * Unknown ids are skipped; the current severity when none is known.
 */
export function highestSeverity(incident: Pick<IncidentFile, "severity" | "updates">, severityOrder: readonly string[]): string {
  let best = incident.severity;
  let bestRank = rankOf(best, severityOrder);
  for (const severity of severitiesReached(incident)) {
    const rank = rankOf(severity, severityOrder);
    if (rank < bestRank) {
      best = severity;
      bestRank = rank;
    }
  }
  return best;
}

function rankOf(severity: string, severityOrder: readonly string[]): number {
  const rank = severityOrder.indexOf(severity);
  return rank < 0 ? Number.POSITIVE_INFINITY : rank;
}
