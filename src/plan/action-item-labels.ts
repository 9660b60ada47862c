import type { TrackerLabel } from "../ports.js";

export const ACTION_ITEM_LABEL = "action-item";
export const SERVICE_LABEL_PREFIX = "service:";

/** The labels an action item's issue carries: action-item, the severity, one per affected service. */
export function itemLabels(severity: string, services: readonly string[]): string[] {
  return [ACTION_ITEM_LABEL, severity, ...services.map((service) => `${SERVICE_LABEL_PREFIX}${service}`)];
}

/** Labels fireline sets and may therefore remove; any other label on an issue is left alone. */
export function ownedLabelTest(severities: readonly string[]): (label: string) => boolean {
  const known = new Set(severities);
  return (label) => label === ACTION_ITEM_LABEL || known.has(label) || label.startsWith(SERVICE_LABEL_PREFIX);
}

/** How a label fireline creates looks on GitHub. */
export function labelSpec(name: string): TrackerLabel {
  if (name === ACTION_ITEM_LABEL) return { name, color: "0e8a16", description: "A postmortem action item, kept in sync by fireline" };
  if (name.startsWith(SERVICE_LABEL_PREFIX)) return { name, color: "1d76db", description: `Affects the ${name.slice(SERVICE_LABEL_PREFIX.length)} service` };
  return { name, color: "d93f0b", description: `Severity ${name}` };
}
