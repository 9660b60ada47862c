import type { TemplateText } from "../adapters/template-files.js";
import { preparePostmortemFacts } from "../engine/postmortem/prepare.js";
import { loadWorkspace, type LoadOptions } from "../load/load-workspace.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import type { FileSource, IssueTracker, WorkspaceWriter } from "../ports.js";
import { ACTION_ITEM_LABEL } from "../plan/action-item-labels.js";
import type { ActionItemIssueView, RepositoryLinks } from "../plan/action-item-issue-view.js";
import { planActionItemSync, type PostmortemForSync } from "../plan/plan-action-item-sync.js";
import type { ItemPlace, SyncPlan } from "../plan/sync-plan.js";
import { compileTextTemplate } from "../render/text-template.js";
import { applySyncPlan, trackerFailure, type AppliedSync, type TrackerFailure } from "./apply-sync-plan.js";
import { writeBackCheckboxes, type LoadedBody } from "./write-back-checkboxes.js";

export const ACTION_ITEM_TEMPLATE = "action-item-issue.md.hbs";

export interface SyncOptions extends LoadOptions {
  links: RepositoryLinks;
  readTemplate: (name: string) => Promise<TemplateText>;
  /** Plan only: read GitHub, write nothing. */
  dryRun?: boolean;
  /** Stop after this many write requests (default: no limit); the next run continues. */
  maxWrites?: number;
  /** Tick the boxes of items whose issues were closed on GitHub, through this writer. */
  writeBack?: WorkspaceWriter;
}

export interface SyncResult extends AppliedSync {
  ok: true;
  plan: SyncPlan;
  dryRun: boolean;
  /** Items whose boxes --write-back ticked. */
  ticked: ItemPlace[];
  /** The plan's warnings, then write-back problems. */
  diagnostics: Diagnostic[];
  /** Errors `fireline validate` would report; incidents that did not load were left out (their issues untouched). */
  workspaceErrors?: number;
}

export type SyncOutcome =
  | SyncResult
  | { ok: false; reason: "not-a-workspace" }
  | { ok: false; reason: "template"; message: string }
  | { ok: false; reason: "tracker"; failure: TrackerFailure };

class TemplateFailure extends Error {}

/** `fireline sync`: one issue per action item, planned from the postmortems, then applied. */
export async function syncActionItems(files: FileSource, tracker: IssueTracker, options: SyncOptions): Promise<SyncOutcome> {
  const loaded = await loadWorkspace(files, options);
  if (!loaded.ok) return loaded;
  const workspace = loaded.workspace;
  const render = compileTextTemplate(await options.readTemplate(ACTION_ITEM_TEMPLATE));
  const renderBody = (view: ActionItemIssueView) => {
    const rendered = render(view);
    if (!rendered.ok) throw new TemplateFailure(rendered.message);
    return rendered.text;
  };
  const { postmortems, unreadable } = await postmortemsForSync(workspace);
  let plan: SyncPlan;
  try {
    const actionItemLabel = workspace.postmortemPolicy?.data.enforcement?.labels?.action_item ?? ACTION_ITEM_LABEL;
    const [issues, labels] = await Promise.all([tracker.listIssues(actionItemLabel), tracker.listLabels()]);
    plan = planActionItemSync({
      postmortems,
      unreadable,
      people: workspace.people?.data.people ?? {},
      severities: Object.keys(workspace.severity?.data.severities ?? {}),
      actionItemLabel,
      issues,
      labels,
      links: options.links,
      renderBody,
    });
  } catch (error) {
    if (error instanceof TemplateFailure) return { ok: false, reason: "template", message: error.message };
    return { ok: false, reason: "tracker", failure: trackerFailure(error) };
  }
  const dryRun = options.dryRun === true;
  const applied: AppliedSync = dryRun ? { created: [], updated: [], closed: [], labelsCreated: [], refused: [] } : await applySyncPlan(tracker, plan, options.maxWrites);
  const workspaceErrors = loaded.diagnostics.filter((d) => d.severity === "error").length;
  const result: SyncResult = { ok: true, plan, dryRun, ...applied, ticked: [], diagnostics: [...plan.warnings, ...applied.refused.map((refusal) => unassignable(refusal, options.links.repository))], workspaceErrors };
  if (!dryRun && options.writeBack) {
    const closed = plan.reports.flatMap((report) => (report.kind === "closed-on-github" ? [report.item] : []));
    const written = await writeBackCheckboxes(options.writeBack, closed, loadedBodies(workspace));
    result.ticked = written.ticked;
    result.diagnostics.push(...written.diagnostics);
  }
  return result;
}

/** Said once, on the run GitHub refused: the marker remembers it, so later runs neither ask nor warn. */
function unassignable(refusal: AppliedSync["refused"][number], repository: string): Diagnostic {
  return makeDiagnostic(
    "sync-owner-not-assignable",
    refusal.item.file,
    refusal.item,
    `@${refusal.login} cannot be assigned in ${repository} (is the person a collaborator?); #${String(refusal.number)} stays unassigned and fireline will not ask again`,
    `Add @${refusal.login} as a collaborator and assign #${String(refusal.number)} by hand, or give the item an owner who can be assigned.`,
  );
}

async function postmortemsForSync(workspace: Workspace): Promise<{ postmortems: PostmortemForSync[]; unreadable: string[] }> {
  const facts = await preparePostmortemFacts(workspace);
  const services = workspace.services?.data.services ?? {};
  const severities = workspace.severity?.data.severities ?? {};
  const found: PostmortemForSync[] = [];
  const unreadable: string[] = [];
  for (const entry of workspace.incidents) {
    const model = facts.models.get(entry.id);
    const incident = entry.incident?.data;
    if (!incident || (entry.files.has("postmortem.md") && !model)) unreadable.push(entry.id);
    if (!model || !incident) continue;
    const severityName = Object.hasOwn(severities, incident.severity) ? severities[incident.severity]?.name : undefined;
    found.push({
      file: `incidents/${entry.id}/postmortem.md`,
      items: model.actionItems,
      incident: {
        id: entry.id,
        title: incident.title,
        severity: incident.severity,
        ...(severityName === undefined ? {} : { severityName }),
        services: Object.keys(incident.services).map((id) => ({ id, name: Object.hasOwn(services, id) ? (services[id]?.name ?? id) : id })),
      },
    });
  }
  return { postmortems: found, unreadable };
}

function loadedBodies(workspace: Workspace): Map<string, LoadedBody> {
  const bodies = new Map<string, LoadedBody>();
  for (const entry of workspace.incidents) {
    if (entry.postmortem) bodies.set(`incidents/${entry.id}/postmortem.md`, { body: entry.postmortem.body, bodyLine: entry.postmortem.bodyLine });
  }
  return bodies;
}
