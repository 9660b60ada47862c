import type { Temporal } from "temporal-polyfill";
import { loadWorkspace, type LoadOptions } from "../load/load-workspace.js";
import type { CalendarProblem } from "../engine/business-days/business-calendar.js";
import { buildDeadlines, type DeadlinesReport } from "../engine/postmortem/deadlines.js";
import { preparePostmortemFacts } from "../engine/postmortem/prepare.js";
import type { Workspace } from "../model/workspace.js";
import type { FileSource } from "../ports.js";

export interface DeadlinesOptions extends LoadOptions {
  /** The instant to judge at, or how to find it once the organisation's time zone is known (for a --now without offset). */
  now: Temporal.Instant | ((timeZone: string) => Temporal.Instant);
}

export type DeadlinesResult =
  | {
      ok: true;
      report: DeadlinesReport;
      /** Errors `fireline validate` would report: files that could not be read are missing from the report. */
      errors: number;
      calendarProblems: readonly CalendarProblem[];
    }
  | { ok: false; reason: "not-a-workspace" };

/** `fireline deadlines`: postmortems and action items due or overdue, in business days. */
export async function deadlines(files: FileSource, options: DeadlinesOptions): Promise<DeadlinesResult> {
  const loaded = await loadWorkspace(files, options);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    ...(await deadlinesOf(loaded.workspace, options.now)),
    errors: loaded.diagnostics.filter((d) => d.severity === "error").length,
  };
}

/** The deadlines report of a loaded workspace (shared with `fireline deadlines --enforce`). */
export async function deadlinesOf(
  workspace: Workspace,
  at: DeadlinesOptions["now"],
): Promise<{ report: DeadlinesReport; calendarProblems: readonly CalendarProblem[] }> {
  const timeZone = workspace.config?.data.organization.time_zone ?? "UTC";
  const now = typeof at === "function" ? at(timeZone) : at;
  const facts = await preparePostmortemFacts(workspace, { now, calendar: true });
  const calendar = facts.calendar;
  if (!calendar) throw new Error("the business calendar was not prepared");
  return { report: buildDeadlines(workspace, facts, calendar, now), calendarProblems: facts.calendarProblems };
}
