import type { RuleName } from "../model/codes.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";
import { didYouMean, listWords } from "../load/did-you-mean.js";
import type { SourceFile } from "../load/source-file.js";
import { formatPath, type DataPath } from "../load/yaml-path.js";

export interface ReferenceKind {
  rule: RuleName;
  /** "person", "service", ... for the message. */
  noun: string;
  /** Where the known names are defined, for the hint. */
  definedIn: string;
}

/**
 * Reports `value` when it is not among `known`. `known` undefined means the defining file did not
 * load; that failure is already reported, so nothing is added here.
 */
export function checkReference(
  kind: ReferenceKind,
  known: ReadonlySet<string> | readonly string[] | undefined,
  value: string,
  source: SourceFile,
  path: DataPath,
  options: { key?: boolean } = {},
): Diagnostic[] {
  if (!known) return [];
  const names = [...known];
  if (names.includes(value)) return [];
  const guess = didYouMean(value, names);
  const listed = names.length > 0 && names.length <= 8 ? `; known: ${listWords(names)}` : "";
  return [
    makeDiagnostic(
      kind.rule,
      source.path,
      source.locate(path, options),
      `${formatPath(path)}: unknown ${kind.noun} '${value}'${guess ? `; did you mean '${guess}'?` : listed}`,
      `Add '${value}' to ${kind.definedIn}, or use one that is there.`,
    ),
  ];
}

export const PERSON: ReferenceKind = { rule: "unknown-person", noun: "person", definedIn: "people.yaml" };
export const SERVICE: ReferenceKind = { rule: "unknown-service", noun: "service", definedIn: "services.yaml" };
export const TEAM: ReferenceKind = { rule: "unknown-team", noun: "team", definedIn: "the teams in people.yaml" };
export const ESCALATION_POLICY: ReferenceKind = { rule: "unknown-escalation-policy", noun: "escalation policy", definedIn: "policies/escalation.yaml" };
export const SCHEDULE: ReferenceKind = { rule: "unknown-schedule", noun: "rotation", definedIn: "rotations/ (as <name>.yaml)" };
