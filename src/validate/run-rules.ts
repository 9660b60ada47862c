import type { Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import { RULES } from "./index.js";
import type { Rule, RuleContext } from "./rule.js";
import { buildIndex } from "./workspace-index.js";

/** Runs the cross-file rules over a loaded workspace. Pure: no I/O; the clock, if any, comes in `extra.now`. */
export function runRules(workspace: Workspace, rules: readonly Rule[] = RULES, extra: Omit<RuleContext, "workspace" | "index"> = {}): Diagnostic[] {
  const context: RuleContext = { ...extra, workspace, index: buildIndex(workspace) };
  return rules.flatMap((rule) => rule.check(context));
}
