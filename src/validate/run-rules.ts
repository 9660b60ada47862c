import type { Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import { RULES } from "./index.js";
import type { Rule } from "./rule.js";
import { buildIndex } from "./workspace-index.js";

/** Runs the cross-file rules over a loaded workspace. Pure: no I/O, no clock. */
export function runRules(workspace: Workspace, rules: readonly Rule[] = RULES): Diagnostic[] {
  const context = { workspace, index: buildIndex(workspace) };
  return rules.flatMap((rule) => rule.check(context));
}
