import type { Temporal } from "temporal-polyfill";
import type { PostmortemFacts } from "../engine/postmortem/prepare.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import type { WorkspaceIndex } from "./workspace-index.js";

export interface RuleContext {
  workspace: Workspace;
  index: WorkspaceIndex;
  /** The instant to judge deadlines against. Absent in pure checks: rules that need a clock then report nothing. */
  now?: Temporal.Instant;
  /** Parsed postmortems, their policy and the business calendar; prepared by validateWorkspace. */
  postmortems?: PostmortemFacts;
}

/** One cross-file check. Rules see only schema-valid documents, so they can trust the types. */
export interface Rule {
  /** The rule's name, as in the README (a rule may report several codes). */
  name: string;
  check(context: RuleContext): Diagnostic[];
}
