import type { TriageOption, TriagePolicy } from "../../schema/triage-policy.js";

/**
 * The triage a workspace gets without a triage: section. Seed 004 classifies by impact (total
 * outage or security breach: the most severe level; significant degradation or revenue impact:
 * the second; minor degradation: the third; else the least severe) and seed 002 declares when
 * customers or the customer SLA are affected. Levels are taken by rank from the severity table,
 * so a table with other ids still gets sensible defaults.
 */
export function defaultTriage(severityIds: readonly string[]): TriagePolicy {
  const rank = (index: number) => severityIds[Math.min(index, severityIds.length - 1)];
  const option = (id: string, label: string, severity: string | undefined, declare?: boolean): TriageOption => ({
    id,
    label,
    ...(severity === undefined ? {} : { severity }),
    ...(declare === true ? { declare } : {}),
  });
  const yesNo = (yes: string | undefined, declare?: boolean) => [option("yes", "Yes", yes, declare), option("no", "No", undefined)];
  return {
    questions: [
      {
        id: "impact",
        question: "What is the impact on users?",
        options: [
          option("total_outage", "Total outage: the service is down for most users", rank(0), true),
          option("significant_degradation", "Significant degradation: many requests fail or key features do not work", rank(1), true),
          option("minor_degradation", "Minor degradation: some requests are slower or a workaround exists", rank(2), true),
          option("none", "No user impact", rank(3)),
        ],
      },
      { id: "security_breach", question: "Is there a security breach (user data exposed)?", options: yesNo(rank(0), true) },
      { id: "revenue_impact", question: "Is revenue affected (payments, orders, sign-ups)?", options: yesNo(rank(1), true) },
      { id: "customers_affected", question: "Does it affect customers?", options: yesNo(undefined, true) },
      { id: "customer_sla_affected", question: "Does it affect the customer SLA?", options: yesNo(undefined, true) },
    ],
    ...(severityIds.length > 0 ? { default_severity: rank(severityIds.length - 1) } : {}),
  };
}
