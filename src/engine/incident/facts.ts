import type { Temporal } from "temporal-polyfill";
import type { Workspace } from "../../model/workspace.js";
import type { IncidentFile } from "../../schema/incident.js";
import type { PeopleFile } from "../../schema/people.js";
import type { ServicesFile } from "../../schema/services.js";
import type { SeverityPolicyFile } from "../../schema/severity-policy.js";
import { buildIndex, type WorkspaceIndex } from "../../validate/workspace-index.js";

/** What the planners know about the workspace: names to check input against, and the policies. */
export interface WorkspaceFacts {
  index: WorkspaceIndex;
  people?: PeopleFile["people"];
  services?: ServicesFile["services"];
  severities?: SeverityPolicyFile["severities"];
  /** The organisation's zone: incident folders are named by the day the incident started there. */
  timeZone: string;
  now: Temporal.Instant;
}

/** One incident as it is in its file, with the workspace around it. */
export interface IncidentFacts extends WorkspaceFacts {
  id: string;
  incident: IncidentFile;
}

export function workspaceFacts(workspace: Workspace, now: Temporal.Instant): WorkspaceFacts {
  const facts: WorkspaceFacts = { index: buildIndex(workspace), timeZone: workspace.config?.data.organization.time_zone ?? "UTC", now };
  if (workspace.people) facts.people = workspace.people.data.people;
  if (workspace.services) facts.services = workspace.services.data.services;
  if (workspace.severity) facts.severities = workspace.severity.data.severities;
  return facts;
}

/** "Alice Moreau (alice)", or the bare handle when people.yaml does not name them. */
export function personLabel(facts: WorkspaceFacts, handle: string): string {
  const name = facts.people?.[handle]?.name;
  return name === undefined ? handle : `${name} (${handle})`;
}
