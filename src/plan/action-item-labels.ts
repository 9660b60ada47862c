import type { TrackerLabel } from "../ports.js";

/** The default label of action items' issues; policies/postmortem.yaml `enforcement.labels.action_item` renames it. */
export const ACTION_ITEM_LABEL = "action-item";
export const SERVICE_LABEL_PREFIX = "service:";

/** The labels an action item's issue carries: action-item, the severity, one per affected service. */
export function itemLabels(actionItem: string, severity: string, services: readonly string[]): string[] {
  return [actionItem, severity, ...services.map((service) => `${SERVICE_LABEL_PREFIX}${service}`)];
}

/** Labels fireline sets and may therefore remove; any other label on an issue is left alone. */
export function ownedLabelTest(actionItem: string, severities: readonly string[]): (label: string) => boolean {
  const known = new Set(severities);
  return (label) => label === actionItem || known.has(label) || label.startsWith(SERVICE_LABEL_PREFIX);
}

/** How a label fireline creates looks on GitHub. */
export function labelSpec(name: string, actionItem: string): TrackerLabel {
  if (name === actionItem) return { name, color: "0e8a16", description: "A postmortem action item, kept in sync by fireline" };
  if (name.startsWith(SERVICE_LABEL_PREFIX)) return { name, color: "1d76db", description: `Affects the ${name.slice(SERVICE_LABEL_PREFIX.length)} service` };
  return { name, color: "d93f0b", description: `Severity ${name}` };
}
