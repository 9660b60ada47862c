import { compileRotation } from "../engine/oncall/compile.js";
import { personOnCall } from "../engine/oncall/who-is-on-call.js";
import type { CompiledRotation } from "../engine/oncall/types.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import { loadWorkspace, type LoadOptions } from "../load/load-workspace.js";
import type { FileSource } from "../ports.js";
import type { EscalationPolicyFile } from "../schema/escalation-policy.js";

export type EscalationPolicy = EscalationPolicyFile["escalation_policies"][string];

/** The workspace as the on-call commands need it: rotations compiled, policies and names at hand. */
export interface OnCallWorkspace {
  workspace: Workspace;
  /** Rotations by id, sorted by id. */
  rotations: Map<string, CompiledRotation>;
  policies: Map<string, EscalationPolicy>;
  /** The organisation's time zone, for times that belong to no rotation. */
  timeZone: string;
  /** "Alice Moreau" for alice; the handle itself for someone not in people.yaml. */
  nameOf: (handle: string) => string;
  /** Who is on call in a rotation at an instant; null for a rotation that does not exist. */
  onCall: (schedule: string, at: number) => string | undefined | null;
}

export type OnCallLoad =
  | { ok: true; oncall: OnCallWorkspace }
  | { ok: false; reason: "not-a-workspace" }
  /** Rotations, policies or people.yaml have errors: answers about who is on call would be wrong. */
  | { ok: false; reason: "invalid"; diagnostics: Diagnostic[] };

/** Files whose errors make on-call answers untrustworthy. */
function concernsOnCall(file: string): boolean {
  return file.startsWith("rotations/") || file === "policies/escalation.yaml" || file === "people.yaml" || file === "fireline.yaml";
}

/** Loads the workspace for the on-call commands. Refuses, with the diagnostics, when a file they read has errors. */
export async function loadOnCall(files: FileSource, options: LoadOptions = {}): Promise<OnCallLoad> {
  const loaded = await loadWorkspace(files, options);
  if (!loaded.ok) return loaded;
  const problems = loaded.diagnostics.filter((d) => d.severity === "error" && concernsOnCall(d.file));
  if (problems.length > 0) return { ok: false, reason: "invalid", diagnostics: problems };
  return { ok: true, oncall: onCallWorkspace(loaded.workspace) };
}

export function onCallWorkspace(workspace: Workspace): OnCallWorkspace {
  const rotations = new Map(
    [...workspace.rotations].sort((a, b) => (a.id < b.id ? -1 : 1)).map((file) => [file.id, compileRotation(file.id, file.data)] as const),
  );
  const people = workspace.people?.data.people ?? {};
  return {
    workspace,
    rotations,
    policies: new Map(Object.entries(workspace.escalation?.data.escalation_policies ?? {})),
    timeZone: workspace.config?.data.organization.time_zone ?? "UTC",
    nameOf: (handle) => (Object.hasOwn(people, handle) ? (people[handle]?.name ?? handle) : handle),
    onCall: (schedule, at) => {
      const rotation = rotations.get(schedule);
      return rotation ? personOnCall(rotation, at) : null;
    },
  };
}
