import type { Temporal } from "temporal-polyfill";
import { loadWorkspace, type LoadOptions } from "../load/load-workspace.js";
import type { CalendarProblem } from "../engine/business-days/business-calendar.js";
import { buildDeadlines, type DeadlinesReport } from "../engine/postmortem/deadlines.js";
import { preparePostmortemFacts } from "../engine/postmortem/prepare.js";
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
  const workspace = loaded.workspace;
  const timeZone = workspace.config?.data.organization.time_zone ?? "UTC";
  const now = typeof options.now === "function" ? options.now(timeZone) : options.now;
  const facts = await preparePostmortemFacts(workspace, { now, calendar: true });
  const calendar = facts.calendar;
  if (!calendar) throw new Error("the business calendar was not prepared");
  return {
    ok: true,
    report: buildDeadlines(workspace, facts, calendar, now),
    errors: loaded.diagnostics.filter((d) => d.severity === "error").length,
    calendarProblems: facts.calendarProblems,
  };
}
