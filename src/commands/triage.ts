import { loadWorkspace } from "../load/load-workspace.js";
import { triagePolicy } from "../engine/triage/suggest.js";
import type { FileSource } from "../ports.js";
import type { TriagePolicy } from "../schema/triage-policy.js";

export interface TriageContext {
  policy: TriagePolicy;
  /** Severity ids, most severe first, and their names. */
  order: string[];
  names: ReadonlyMap<string, string>;
  /** Whether the questions are policies/severity.yaml's own or the built-in defaults. */
  own: boolean;
}

/** The triage questions of a workspace and its severity table; undefined without a fireline.yaml. */
export async function loadTriage(files: FileSource): Promise<TriageContext | undefined> {
  const loaded = await loadWorkspace(files);
  if (!loaded.ok) return undefined;
  const file = loaded.workspace.severity?.data;
  const severities = Object.entries(file?.severities ?? {});
  return {
    policy: triagePolicy(file),
    order: severities.map(([id]) => id),
    names: new Map(severities.map(([id, severity]) => [id, severity.name])),
    own: file?.triage !== undefined,
  };
}
