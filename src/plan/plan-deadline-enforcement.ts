import type { ActionItemDeadline, DeadlinesReport, PostmortemDeadline } from "../engine/postmortem/deadlines.js";
import type { IssueDraft, TrackerComment, TrackerIssue, TrackerLabel } from "../ports.js";
import { stepReached, type EnforcementPolicy } from "./enforcement-policy.js";
import { actionItemOverdueComment, overdueStepComment, publishedComment, trackingIssueBody, trackingIssueTitle } from "./deadline-enforcement-text.js";
import { itemTextHash, parseMarker } from "./action-item-marker.js";
import { issueNumberIn } from "./issue-reference.js";
import { planLabels } from "./labels.js";
import { parseActionItemOverdueMarkers, parsePostmortemDeadlineMarkers, postmortemDeadlineMarker, postmortemPublishedMarker } from "./postmortem-deadline-marker.js";

/** What the tracker holds, read before planning. Comments are needed only for the issues `commentsToRead` names. */
export interface TrackerState {
  /** Issues with the postmortem label. */
  tracking: readonly TrackerIssue[];
  /** Issues with the action-item or the overdue label, by number. */
  actionItemIssues: ReadonlyMap<number, TrackerIssue>;
  comments: ReadonlyMap<number, readonly TrackerComment[]>;
  labels: readonly TrackerLabel[];
}

export interface EnforcementInput {
  report: DeadlinesReport;
  /** Incidents whose postmortem is published. */
  published: ReadonlySet<string>;
  /** Handle → GitHub login, for those who have one. */
  logins: ReadonlyMap<string, string>;
  policy: EnforcementPolicy;
  /** owner/name: an action item's `Issue: other/repo#5` is not ours to touch. */
  repository: string;
  tracker: TrackerState;
}

export type EnforcementAction =
  | { kind: "create-label"; label: TrackerLabel }
  | { kind: "open-issue"; incident: string; why: "reminder" | "overdue"; draft: IssueDraft }
  /** An overdue-step comment carries `record`: the issue body with the step in its marker, written after the comment. */
  | { kind: "comment"; issue: number; incident: string; why: "overdue-step" | "action-item-overdue"; step?: number; body: string; record?: string }
  /** The step a comment already said, recorded in the issue body (a run stopped between the two). */
  | { kind: "record-step"; issue: number; incident: string; step: number; body: string }
  | { kind: "add-label"; issue: number; incident: string; label: string; labels: string[] }
  /** `comment` is absent when an earlier, interrupted run already wrote it. */
  | { kind: "close-issue"; issue: number; incident: string; comment?: string };

export type EnforcementWarning =
  | { kind: "commander-without-login"; incident: string; commander?: string }
  | { kind: "duplicate-tracking-issue"; incident: string; kept: number; others: number[] }
  | { kind: "action-item-issue-unreadable"; incident: string; issue: number; file: string; line: number };

export interface EnforcementPlan {
  actions: EnforcementAction[];
  warnings: EnforcementWarning[];
}

const LABEL_COLORS = { postmortem: "d93f0b", overdue: "b60205" } as const;

/**
 * What `fireline deadlines --enforce` should write, as data. Pure: everything it knows comes in
 * `input`, so the same input plans the same actions, and a tracker that already shows the
 * result of a plan gets an empty one.
 */
export function planDeadlineEnforcement(input: EnforcementInput): EnforcementPlan {
  const plan: EnforcementPlan = { actions: [], warnings: [] };
  const byIncident = trackingIssuesByIncident(input.tracker.tracking, plan);
  const postmortems = input.report.postmortems.filter((p) => needsTracking(p, input.policy));
  const overdueItems = input.report.actionItems.filter((item) => item.deadline.state === "overdue");

  for (const postmortem of postmortems) planPostmortem(input, postmortem, byIncident.get(postmortem.incident), plan);
  for (const [incident, issue] of byIncident) {
    if (issue.state !== "open" || !input.published.has(incident)) continue;
    const comment = publishedComment(incident);
    const said = (input.tracker.comments.get(issue.number) ?? []).some((c) => c.body.includes(postmortemPublishedMarker(incident)));
    plan.actions.push({ kind: "close-issue", issue: issue.number, incident, ...(said ? {} : { comment }) });
  }
  const seen = new Set<string>();
  for (const item of overdueItems) planActionItem(input, item, seen, plan);
  plan.actions.unshift(...plannedLabels(input, plan.actions));
  return plan;
}

/** Within the reminder lead time, or overdue. */
function needsTracking(postmortem: PostmortemDeadline, policy: EnforcementPolicy): boolean {
  return postmortem.deadline.state === "overdue" || postmortem.deadline.businessDaysLeft <= policy.remindBefore;
}

/** The first issue carrying an incident's marker; later ones are duplicates someone made by hand. */
function trackingIssuesByIncident(issues: readonly TrackerIssue[], plan: EnforcementPlan): Map<string, TrackerIssue> {
  const found = new Map<string, TrackerIssue>();
  const duplicates = new Map<string, number[]>();
  for (const issue of issues) {
    const marker = parsePostmortemDeadlineMarkers(issue.body)[0];
    if (!marker) continue;
    if (!found.has(marker.incident)) found.set(marker.incident, issue);
    else duplicates.set(marker.incident, [...(duplicates.get(marker.incident) ?? []), issue.number]);
  }
  for (const [incident, others] of duplicates) {
    plan.warnings.push({ kind: "duplicate-tracking-issue", incident, kept: found.get(incident)?.number ?? 0, others });
  }
  return found;
}

/** Labels the other actions use that the repository lacks, created first so they get a colour and a description. */
function plannedLabels(input: EnforcementInput, actions: readonly EnforcementAction[]): EnforcementAction[] {
  const wanted: TrackerLabel[] = [];
  const { labels } = input.policy;
  if (actions.some((action) => action.kind === "open-issue")) wanted.push({ name: labels.postmortem, color: LABEL_COLORS.postmortem, description: "A postmortem that is due soon or overdue (fireline)" });
  if (actions.some((action) => action.kind === "add-label")) wanted.push({ name: labels.overdue, color: LABEL_COLORS.overdue, description: "Past its due date (fireline)" });
  return planLabels(wanted, input.tracker.labels).map((label) => ({ kind: "create-label", label }));
}

function planPostmortem(input: EnforcementInput, postmortem: PostmortemDeadline, issue: TrackerIssue | undefined, plan: EnforcementPlan): void {
  const login = postmortem.commander === undefined ? undefined : input.logins.get(postmortem.commander);
  const step = postmortem.deadline.state === "overdue" ? stepReached(input.policy, postmortem.deadline.businessDaysLate) : 0;
  if (!issue) {
    if (login === undefined) plan.warnings.push({ kind: "commander-without-login", incident: postmortem.incident, ...(postmortem.commander === undefined ? {} : { commander: postmortem.commander }) });
    plan.actions.push({
      kind: "open-issue",
      incident: postmortem.incident,
      why: postmortem.deadline.state === "overdue" ? "overdue" : "reminder",
      draft: {
        title: trackingIssueTitle(postmortem),
        body: trackingIssueBody(postmortem, login, step),
        labels: [input.policy.labels.postmortem],
        assignees: login === undefined ? [] : [login],
      },
    });
    return;
  }
  // Closed by a person while still due: their call; fireline does not reopen or comment.
  if (issue.state === "closed" || step === 0) return;
  const incident = postmortem.incident;
  const recorded = highestStep(incident, [issue.body]);
  // Comments are the source of truth: the body may lag behind one if a run stopped in between.
  const said = Math.max(recorded, highestStep(incident, (input.tracker.comments.get(issue.number) ?? []).map((c) => c.body)));
  if (step > said) {
    const record = bodyWithStep(issue.body, incident, step);
    plan.actions.push({ kind: "comment", issue: issue.number, incident, why: "overdue-step", step, body: overdueStepComment(postmortem, login, step), ...(record === undefined ? {} : { record }) });
  } else if (said > recorded) {
    const body = bodyWithStep(issue.body, incident, said);
    if (body !== undefined) plan.actions.push({ kind: "record-step", issue: issue.number, incident, step: said, body });
  }
}

function highestStep(incident: string, texts: readonly string[]): number {
  return texts
    .flatMap(parsePostmortemDeadlineMarkers)
    .filter((marker) => marker.incident === incident)
    .reduce((highest, marker) => Math.max(highest, marker.step), 0);
}

/**
 * The tracking issue's body with `step` in its marker, so later runs know the step without
 * reading the comments; undefined when a person removed the marker from the body.
 */
function bodyWithStep(body: string, incident: string, step: number): string | undefined {
  const marker = parsePostmortemDeadlineMarkers(body).find((found) => found.incident === incident);
  if (!marker) return undefined;
  return body.replace(postmortemDeadlineMarker(marker), postmortemDeadlineMarker({ incident, step }));
}

function planActionItem(input: EnforcementInput, item: ActionItemDeadline, seen: Set<string>, plan: EnforcementPlan): void {
  const number = actionItemIssue(item, input.repository, input.tracker.actionItemIssues);
  if (number === undefined) return;
  const key = `${String(number)} ${item.deadline.due}`;
  if (seen.has(key)) return;
  seen.add(key);
  const issue = input.tracker.actionItemIssues.get(number);
  const overdue = input.policy.labels.overdue;
  if (issue === undefined) {
    plan.warnings.push({ kind: "action-item-issue-unreadable", incident: item.incident, issue: number, file: item.file, line: item.line });
  } else if (issue.state === "closed") {
    return;
  } else if (!issue.labels.some((label) => label.toLowerCase() === overdue.toLowerCase())) {
    plan.actions.push({ kind: "add-label", issue: number, incident: item.incident, label: overdue, labels: [...issue.labels, overdue].sort() });
  }
  const commented = (input.tracker.comments.get(number) ?? [])
    .flatMap((comment) => parseActionItemOverdueMarkers(comment.body))
    .some((marker) => marker.due === item.deadline.due);
  if (!commented) {
    const login = item.owner === undefined ? undefined : input.logins.get(item.owner);
    plan.actions.push({ kind: "comment", issue: number, incident: item.incident, why: "action-item-overdue", body: actionItemOverdueComment(item, login) });
  }
}

/**
 * The issue of an action item: the one its `Issue:` names, else the one `fireline sync` opened for
 * it (its marker carries the incident and the hash of the item's text), an open one first.
 */
export function actionItemIssue(item: ActionItemDeadline, repository: string, issues: ReadonlyMap<number, TrackerIssue>): number | undefined {
  if (item.issue !== undefined) {
    const number = issueNumberIn(item.issue, repository);
    return number === "elsewhere" ? undefined : number;
  }
  const hash = itemTextHash(item.text);
  const synced = [...issues.values()].filter((issue) => {
    const marker = parseMarker(issue.body);
    return marker?.incident === item.incident && marker.textHash === hash;
  });
  return (synced.find((issue) => issue.state === "open") ?? synced[0])?.number;
}

/**
 * The issues whose comments the plan reads: open tracking issues of postmortems past a step their
 * body does not record, or published, and overdue action items' issues. Others are not read, to
 * spare requests.
 */
export function commentsToRead(
  input: Pick<EnforcementInput, "report" | "policy" | "published" | "repository">,
  tracking: readonly TrackerIssue[],
  actionItemIssues: ReadonlyMap<number, TrackerIssue>,
): number[] {
  const { report, policy, repository } = input;
  const numbers = new Set<number>();
  const reached = new Map(report.postmortems.map((p) => [p.incident, p.deadline.state === "overdue" ? stepReached(policy, p.deadline.businessDaysLate) : 0]));
  for (const issue of tracking) {
    const marker = parsePostmortemDeadlineMarkers(issue.body)[0];
    if (issue.state !== "open" || !marker) continue;
    // A step the issue body already records needs no look at the comments.
    if ((reached.get(marker.incident) ?? 0) > marker.step || input.published.has(marker.incident)) numbers.add(issue.number);
  }
  for (const item of report.actionItems) {
    const number = item.deadline.state === "overdue" ? actionItemIssue(item, repository, actionItemIssues) : undefined;
    if (number !== undefined) numbers.add(number);
  }
  return [...numbers].sort((a, b) => a - b);
}
