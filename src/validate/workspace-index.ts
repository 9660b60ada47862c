import type { Workspace } from "../model/workspace.js";

/** The names other files may refer to, collected once per run. */
export interface WorkspaceIndex {
  /** Undefined when the defining file failed to load: references are then not checked. */
  people?: Set<string>;
  teams?: Set<string>;
  services?: Set<string>;
  severities?: string[];
  escalationPolicies?: Set<string>;
  schedules: Set<string>;
}

export function buildIndex(workspace: Workspace): WorkspaceIndex {
  // A rotation file that exists but failed to load still defines its id: naming it is not the mistake.
  const brokenRotations = [...workspace.failedFiles].filter((path) => path.startsWith("rotations/")).map((path) => path.slice(10, -5));
  const index: WorkspaceIndex = {
    schedules: new Set([...workspace.rotations.map((rotation) => rotation.id), ...brokenRotations]),
  };
  // A missing escalation.yaml defines no policies; a broken one defines we-don't-know-what.
  if (!workspace.failedFiles.has("policies/escalation.yaml")) {
    index.escalationPolicies = new Set(Object.keys(workspace.escalation?.data.escalation_policies ?? {}));
  }
  if (workspace.people) {
    index.people = new Set(Object.keys(workspace.people.data.people));
    index.teams = new Set(Object.keys(workspace.people.data.teams ?? {}));
  }
  if (workspace.services) index.services = new Set(Object.keys(workspace.services.data.services));
  if (workspace.severity) index.severities = Object.keys(workspace.severity.data.severities);
  return index;
}
