import type { LoadOptions } from "../load/load-workspace.js";
import { loadWorkspace } from "../load/load-workspace.js";
import type { Workspace } from "../model/workspace.js";
import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../engine/business-days/business-calendar.js";
import { computeMetrics, type MetricsInput, type MetricsResult } from "../engine/metrics/compute.js";
import { compileRotation } from "../engine/oncall/compile.js";
import { DEFAULT_WORKING_HOURS } from "../engine/oncall/load-report.js";
import type { GroupBy } from "../engine/metrics/grouping.js";
import { fromModel } from "../engine/metrics/action-item-scan.js";
import { incidentFacts } from "../engine/metrics/incident-facts.js";
import type { Period } from "../engine/metrics/period.js";
import { addParsedItems, postmortemRecords } from "../engine/metrics/postmortem-records.js";
import { DEFAULT_MIN_SHARED_TAGS, DEFAULT_MIN_TITLE_SIMILARITY, type RecurrenceSettings } from "../engine/metrics/recurrence.js";
import { severityTargets } from "../engine/metrics/targets.js";
import { resolvePostmortemPolicy } from "../engine/postmortem/policy.js";
import type { FileSource } from "../ports.js";
import type { MetricsContext } from "../render/metrics/context.js";

export interface MetricsOptions extends LoadOptions {
  /**
   * The period, and the instant open incidents and deadlines are judged at (epoch ms), given the
   * organisation's time zone: dates on the command line are read in it.
   */
  at: (timeZone: string) => { period: Period; now: number };
  by?: GroupBy | undefined;
  /** How far apart two incidents may start to count as a recurrence, as written (180d) and in ms. */
  recurrenceWindow: { text: string; ms: number };
}

export type MetricsCommandResult =
  | {
      ok: true;
      metrics: MetricsResult;
      context: MetricsContext;
      /** Incident folders whose incident.yaml is missing or invalid: not counted anywhere. */
      unreadable: string[];
      /** Errors found while loading (schema, YAML): the numbers may be incomplete. */
      loadErrors: number;
    }
  | { ok: false; reason: "not-a-workspace" };

/**
 * `fireline metrics` and the numbers of `fireline report`: loads the workspace (no cross-file
 * rules: files that load are counted, the others are reported), then computes. The markdown
 * parser for postmortems is loaded only when a postmortem's action items need it.
 */
export async function collectMetrics(files: FileSource, options: MetricsOptions): Promise<MetricsCommandResult> {
  const loaded = await loadWorkspace(files, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  if (!loaded.ok) return loaded;
  const { workspace } = loaded;
  const timeZone = workspace.config?.data.organization.time_zone ?? "UTC";
  const { period, now } = options.at(timeZone);
  const severities = severityTargets(workspace.severity?.data);
  const { incidents, unreadable } = incidentFacts(workspace);
  const recurrence: RecurrenceSettings = { windowMs: options.recurrenceWindow.ms, minSharedTags: DEFAULT_MIN_SHARED_TAGS, minTitleSimilarity: DEFAULT_MIN_TITLE_SIMILARITY };
  const serviceNames = new Map(Object.entries(workspace.services?.data.services ?? {}).map(([id, service]) => [id, service.name]));
  const metrics = computeMetrics({
    incidents,
    period,
    now,
    timeZone,
    severities,
    serviceNames,
    by: options.by,
    recurrence,
    postmortems: await postmortemInput(workspace, severities.some((severity) => severity.postmortemRequired) || incidents.some((incident) => incident.postmortem?.required === true)),
    onCall: await onCallInput(workspace, timeZone),
  });
  return {
    ok: true,
    metrics,
    context: {
      organization: workspace.config?.data.organization.name ?? "",
      severityNames: new Map(severities.map((severity) => [severity.id, severity.name])),
      serviceNames,
      recurrence,
      recurrenceWindow: options.recurrenceWindow.text,
    },
    unreadable,
    loadErrors: loaded.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length,
  };
}

/** Rotations compiled, escalation policies, and each person's working hours; absent without rotations and policies. */
async function onCallInput(workspace: Workspace, timeZone: string): Promise<MetricsInput["onCall"]> {
  const policies = workspace.escalation?.data.escalation_policies;
  if (workspace.rotations.length === 0 || !policies) return undefined;
  const calendar = await businessCalendar(workspace);
  const people = workspace.people?.data.people ?? {};
  return {
    rotations: [...workspace.rotations].sort((a, b) => (a.id < b.id ? -1 : 1)).map((file) => compileRotation(file.id, file.data)),
    policies: new Map(Object.entries(policies)),
    servicePolicy: new Map(Object.entries(workspace.services?.data.services ?? {}).map(([id, service]) => [id, service.escalation_policy])),
    workingTime: (handle) => {
      const person = Object.hasOwn(people, handle) ? people[handle] : undefined;
      return {
        timeZone: person?.time_zone ?? timeZone,
        from: person?.working_hours ? Temporal.PlainTime.from(person.working_hours.from) : DEFAULT_WORKING_HOURS.from,
        to: person?.working_hours ? Temporal.PlainTime.from(person.working_hours.to) : DEFAULT_WORKING_HOURS.to,
      };
    },
    isOffDay: (date) => calendar.closedReason(date) !== undefined,
  };
}

const calendars = new WeakMap<Workspace, Promise<BusinessCalendar>>();

/** The business calendar of fireline.yaml, made once per workspace; date-holidays is loaded on first use. */
function businessCalendar(workspace: Workspace): Promise<BusinessCalendar> {
  let calendar = calendars.get(workspace);
  if (!calendar) calendars.set(workspace, (calendar = createCalendar(workspace)));
  return calendar;
}

async function createCalendar(workspace: Workspace): Promise<BusinessCalendar> {
  const { createBusinessCalendar } = await import("../engine/business-days/business-calendar.js");
  const settings = workspace.config?.data.business_calendar;
  return createBusinessCalendar(
    settings
      ? {
          country: settings.country,
          ...(settings.region === undefined ? {} : { region: settings.region }),
          ...(settings.working_days === undefined ? {} : { workingDays: settings.working_days }),
          ...(settings.closed_days === undefined ? {} : { closedDays: settings.closed_days }),
        }
      : {},
  ).calendar;
}

/** Postmortem records and the business calendar, each module loaded only when the workspace needs it. */
async function postmortemInput(workspace: Workspace, anyRequired: boolean) {
  const hasPostmortems = workspace.incidents.some((entry) => entry.postmortem !== undefined);
  if (!hasPostmortems && !anyRequired) return undefined;
  const policy = resolvePostmortemPolicy(workspace.postmortemPolicy?.data);
  const records = postmortemRecords(workspace, policy);
  if (records.unscanned.length > 0) {
    const { analyzePostmortem } = await import("../engine/postmortem/parse-postmortem.js");
    addParsedItems(records, (postmortem) =>
      fromModel(analyzePostmortem(postmortem.body, { lineOffset: postmortem.bodyLine - 1, sections: policy.matcher, placeholders: policy.placeholders }).actionItems),
    );
  }
  const calendar = await businessCalendar(workspace);
  return { records: records.records, calendar };
}
