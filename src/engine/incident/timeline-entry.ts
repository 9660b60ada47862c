import type { ComponentStatus, IncidentStatus } from "../../schema/common.js";
import type { IncidentUpdate } from "../../schema/incident.js";

export interface EntryFields {
  at: string;
  status: IncidentStatus;
  public: boolean;
  author: string | undefined;
  message: string;
  components?: Readonly<Record<string, ComponentStatus>>;
  severityChange?: { from: string; to: string };
}

/**
 * A timeline entry with its keys in the order the example incidents use (at, status, public,
 * author, message, components, severity_change); `public` is written only when true, like the hand-written files.
 */
export function timelineEntry(fields: EntryFields): IncidentUpdate {
  const components = fields.components ?? {};
  return {
    at: fields.at,
    status: fields.status,
    ...(fields.public ? { public: true } : {}),
    ...(fields.author === undefined ? {} : { author: fields.author }),
    message: fields.message,
    ...(Object.keys(components).length > 0 ? { components: { ...components } } : {}),
    ...(fields.severityChange === undefined ? {} : { severity_change: { ...fields.severityChange } }),
  };
}
