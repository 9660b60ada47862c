import type { Temporal } from "temporal-polyfill";
import { calendarSettings } from "../business-days/settings.js";
import type { Workspace } from "../../model/workspace.js";
import type { BusinessCalendar, CalendarProblem } from "../business-days/business-calendar.js";
import type { PostmortemModel } from "./model.js";
import { resolvePostmortemPolicy, type PostmortemPolicy } from "./policy.js";
import { defaultParser } from "../../load/default-parser.js";
import type { BatchParser, PostmortemContext } from "../../load/parse-batch.js";
import { postmortemRequirement, requirementPolicy } from "./requirement.js";

/**
 * Everything the postmortem rules and the deadlines report need beyond the loaded files: the
 * policy with defaults, every postmortem's parsed markdown, and the business calendar.
 */
export interface PostmortemFacts {
  policy: PostmortemPolicy;
  /** Parsed postmortem.md by incident id. */
  models: ReadonlyMap<string, PostmortemModel>;
  /** The organisation's time zone: deadlines and "today" are dates there. */
  timeZone: string;
  /** Present when something needed business days (a deadline to judge, a longest due date). */
  calendar?: BusinessCalendar;
  calendarProblems: readonly CalendarProblem[];
}

export interface PrepareOptions {
  now?: Temporal.Instant;
  /** Load the calendar whatever the workspace holds (the deadlines report always needs it). */
  calendar?: boolean;
  /** Reads the postmortems' markdown (worker threads, a cache); default: defaultParser(). */
  parser?: BatchParser;
}

/**
 * Parses every postmortem and sets up the business calendar, loading remark and date-holidays
 * (about 100 ms each to import) only when the workspace needs them: a workspace without
 * postmortems never loads remark, one without deadlines never loads the holiday tables.
 */
export async function preparePostmortemFacts(workspace: Workspace, options: PrepareOptions = {}): Promise<PostmortemFacts> {
  const policy = resolvePostmortemPolicy(workspace.postmortemPolicy?.data);
  const timeZone = workspace.config?.data.organization.time_zone ?? "UTC";
  const models = new Map<string, PostmortemModel>();
  const withPostmortem = workspace.incidents.filter((entry) => entry.postmortem !== undefined);
  if (withPostmortem.length > 0) {
    const people = Object.entries(workspace.people?.data.people ?? {}).map(([handle, person]) => ({ handle, name: person.name }));
    const context: PostmortemContext = { people, ...(workspace.postmortemPolicy ? { policy: workspace.postmortemPolicy.data } : {}) };
    const jobs = withPostmortem.map(({ postmortem }) => ({ body: postmortem?.body ?? "", lineOffset: (postmortem?.bodyLine ?? 1) - 1 }));
    const analysed = await (options.parser ?? defaultParser()).postmortems(jobs, context);
    withPostmortem.forEach((entry, i) => {
      const model = analysed[i];
      if (model) models.set(entry.id, model);
    });
  }
  const facts: PostmortemFacts = { policy, models, timeZone, calendarProblems: [] };
  if (options.calendar === true || needsCalendar(workspace, policy, models, options.now)) {
    const { createBusinessCalendar } = await import("../business-days/business-calendar.js");
    const created = createBusinessCalendar(calendarSettings(workspace.config?.data));
    facts.calendar = created.calendar;
    facts.calendarProblems = created.problems;
  }
  return facts;
}

/** Business days are needed to judge a missing postmortem's deadline, or an action item against the longest due date. */
function needsCalendar(workspace: Workspace, policy: PostmortemPolicy, models: ReadonlyMap<string, PostmortemModel>, now: Temporal.Instant | undefined): boolean {
  if (now !== undefined && workspace.severity) {
    const requirements = requirementPolicy(workspace.severity.data);
    const missing = workspace.incidents.some(({ incident, postmortem }) => {
      if (!incident || postmortem || incident.data.resolved_at === undefined) return false;
      const requirement = postmortemRequirement(incident.data, requirements);
      return requirement.required && requirement.due !== undefined;
    });
    if (missing) return true;
  }
  return policy.longestDue !== undefined && [...models.values()].some((model) => model.actionItems.some((item) => item.due !== undefined));
}
