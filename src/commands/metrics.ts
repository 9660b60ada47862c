import type { LoadOptions } from "../load/load-workspace.js";
import { loadWorkspace } from "../load/load-workspace.js";
import type { Workspace } from "../model/workspace.js";
import { computeMetrics, type MetricsResult } from "../engine/metrics/compute.js";
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
    postmortems: await postmortemInput(workspace, severities.some((severity) => severity.postmortemRequired)),
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
  const { createBusinessCalendar } = await import("../engine/business-days/business-calendar.js");
  const settings = workspace.config?.data.business_calendar;
  const { calendar } = createBusinessCalendar(
    settings
      ? {
          country: settings.country,
          ...(settings.region === undefined ? {} : { region: settings.region }),
          ...(settings.working_days === undefined ? {} : { workingDays: settings.working_days }),
          ...(settings.closed_days === undefined ? {} : { closedDays: settings.closed_days }),
        }
      : {},
  );
  return { records: records.records, calendar };
}
