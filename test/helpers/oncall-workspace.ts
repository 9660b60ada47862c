import { Temporal } from "temporal-polyfill";
import { validateWorkspace } from "../../src/commands/validate.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { MINIMAL_WORKSPACE, workspaceWith } from "./minimal-workspace.js";

/** people.yaml of the minimal workspace plus carol (Berlin) and dan (Singapore). */
export const MORE_PEOPLE = `${MINIMAL_WORKSPACE["people.yaml"] ?? ""}  carol:
    name: Carol Example
    time_zone: Europe/Berlin
    team: core
  dan:
    name: Dan Example
    time_zone: Asia/Singapore
    team: core
`;

/** Validates the minimal workspace with changes, judged at `now` (clock rules are skipped without it). */
export async function diagnosticsAt(changes: Record<string, string | null>, now?: string): Promise<Diagnostic[]> {
  const result = await validateWorkspace(workspaceWith(changes), now === undefined ? {} : { now: Temporal.Instant.from(now) });
  if (!result.ok) throw new Error("the test workspace has no fireline.yaml");
  return result.diagnostics;
}

/** Only the diagnostics of the given codes, as "FL-510 file:line:col message" lines. */
export function only(codes: readonly string[], diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => codes.includes(d.code)).map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`);
}
