import type { ActionItemModel } from "../engine/postmortem/model.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";
import type { IssueDraft, TrackerIssue, TrackerLabel } from "../ports.js";
import { itemLabels, labelSpec, ownedLabelTest } from "./action-item-labels.js";
import { actionItemIssueView, type ActionItemIssueView, type IncidentFacts, type OwnerFacts, type RepositoryLinks } from "./action-item-issue-view.js";
import { buildMarker, itemTextHash, markerId, parseMarker, withMarker, type ActionItemMarker } from "./action-item-marker.js";
import { isEmptyChange, issueChange } from "./issue-change.js";
import { issueNumberIn } from "./issue-reference.js";
import { planLabels } from "./labels.js";
import { matchActionItems, type ItemKey } from "./match-action-items.js";
import type { ItemPlace, SyncPlan } from "./sync-plan.js";

export interface PostmortemForSync {
  incident: IncidentFacts;
  /** incidents/<id>/postmortem.md */
  file: string;
  items: readonly ActionItemModel[];
}

export interface SyncInput {
  postmortems: readonly PostmortemForSync[];
  /** Incidents whose incident.yaml or postmortem.md did not load: their issues are not reported as removed. */
  unreadable?: readonly string[];
  people: Readonly<Record<string, { name: string; github?: string }>>;
  /** Severity ids from policies/severity.yaml: labels fireline owns. */
  severities: readonly string[];
  /** The label of action items' issues: `action-item` unless policies/postmortem.yaml renames it. */
  actionItemLabel: string;
  /** Every issue with that label, open and closed. */
  issues: readonly TrackerIssue[];
  labels: readonly TrackerLabel[];
  links: RepositoryLinks;
  /** The issue body from its view (the template). */
  renderBody: (view: ActionItemIssueView) => string;
}

const TITLE_LIMIT = 256;

/**
 * What to change on GitHub so that every open action item has one issue that says what the
 * postmortem says: create, update (only differing fields), close (item ticked), report (closed on
 * GitHub while unticked; issues whose item was removed, which stay open). Pure: same input, same plan.
 */
export function planActionItemSync(input: SyncInput): SyncPlan {
  const plan: SyncPlan = { labels: [], creates: [], updates: [], closes: [], reports: [], warnings: [] };
  const byNumber = new Map(input.issues.map((issue) => [issue.number, issue]));
  const marked = markedIssues(input.issues);
  const claimed = new Set<number>();
  const wantedLabels: string[] = [];
  const isOwned = ownedLabelTest(input.actionItemLabel, input.severities);
  for (const postmortem of input.postmortems) {
    const issues = marked.get(postmortem.incident.id) ?? [];
    let serial = Math.max(0, ...issues.map(({ marker }) => marker.serial));
    const items = postmortem.items.filter((item) => item.text !== "" && item.checked !== null);
    const keys = items.map((item) => itemKey(item, postmortem.file, input, byNumber, plan.warnings));
    const matching = matchActionItems(
      keys.map((key) => key ?? { textHash: "", title: "", checked: false, issueNumber: -1 }),
      issues.map(({ issue, marker }) => ({ number: issue.number, serial: marker.serial, textHash: marker.textHash, title: issue.title, open: issue.state === "open" })),
    );
    items.forEach((item, index) => {
      const key = keys[index];
      if (key === undefined) return;
      const number = matching.issueOf[index];
      if (number === undefined && key.issueNumber !== undefined) {
        if (item.checked === false) sharedReference(plan, item, postmortem.file);
        return;
      }
      const issue = number === undefined ? undefined : byNumber.get(number);
      if (number !== undefined) claimed.add(number);
      if (!issue && item.checked === true) return;
      const place: ItemPlace = { incident: postmortem.incident.id, file: postmortem.file, line: item.line, column: item.column, text: item.text };
      const own = issue ? parseMarker(issue.body) : undefined;
      const marker: ActionItemMarker = {
        incident: postmortem.incident.id,
        serial: own?.incident === postmortem.incident.id ? own.serial : ++serial,
        textHash: itemTextHash(item.text),
      };
      // A ticked item's owner no longer matters, so it is not warned about.
      const draft = rememberRefusal(issueDraft(item, postmortem, marker, input, item.checked === true ? [] : plan.warnings), issue, own?.refused);
      wantedLabels.push(...draft.labels);
      planItem(plan, issue, draft, place, item.checked === true, isOwned);
    });
  }
  reportRemoved(plan, marked, claimed, new Set(input.unreadable));
  plan.labels = planLabels([...new Set(wantedLabels)].sort().map((name) => labelSpec(name, input.actionItemLabel)), input.labels);
  return plan;
}

/** Create, update, close or report one item whose issue (if any) is known. */
function planItem(plan: SyncPlan, issue: TrackerIssue | undefined, draft: IssueDraft, item: ItemPlace, checked: boolean, isOwned: (label: string) => boolean): void {
  if (!issue) {
    plan.creates.push({ item, id: markerOf(draft), draft });
  } else if (issue.state === "open" && checked) {
    plan.closes.push({ item, number: issue.number, change: { ...issueChange(issue, draft, isOwned), state: "closed", stateReason: "completed" } });
  } else if (issue.state === "closed" && !checked) {
    reportClosedOnGitHub(plan, issue, item);
  } else {
    // Also a ticked item's closed issue: it follows edits of the text, so unticking later finds it.
    updateIfChanged(plan, issue, draft, item, isOwned);
  }
}

/**
 * An owner GitHub refused to assign (recorded in the marker when it happened) is not asked for
 * again while the issue still lacks them: the marker keeps the refusal and the draft drops the
 * assignee, so the next run writes nothing. A new owner, or the person assigned by hand, ends it.
 */
function rememberRefusal(draft: IssueDraft, issue: TrackerIssue | undefined, refused: string | undefined): IssueDraft {
  const login = draft.assignees[0];
  if (!issue || refused === undefined || login?.toLowerCase() !== refused.toLowerCase()) return draft;
  if (issue.assignees.some((assignee) => assignee.toLowerCase() === refused.toLowerCase())) return draft;
  return { ...draft, assignees: [], body: withMarker(draft.body, (marker) => ({ ...marker, refused })) ?? draft.body };
}

function markerOf(draft: IssueDraft): string {
  const marker = parseMarker(draft.body);
  return marker ? markerId(marker) : "";
}

function updateIfChanged(plan: SyncPlan, issue: TrackerIssue, draft: IssueDraft, item: ItemPlace, isOwned: (label: string) => boolean): void {
  const change = issueChange(issue, draft, isOwned);
  if (!isEmptyChange(change)) plan.updates.push({ item, number: issue.number, change });
}

/** Issues with a marker, by incident. */
function markedIssues(issues: readonly TrackerIssue[]): Map<string, { issue: TrackerIssue; marker: ActionItemMarker }[]> {
  const found = new Map<string, { issue: TrackerIssue; marker: ActionItemMarker }[]>();
  for (const issue of issues) {
    const marker = parseMarker(issue.body);
    if (!marker) continue;
    found.set(marker.incident, [...(found.get(marker.incident) ?? []), { issue, marker }]);
  }
  return found;
}

/** How matching sees an item, or undefined (with a warning) when its Issue: names an issue fireline does not track. */
function itemKey(item: ActionItemModel, file: string, input: SyncInput, issues: ReadonlyMap<number, TrackerIssue>, warnings: Diagnostic[]): ItemKey | undefined {
  const key: ItemKey = { textHash: itemTextHash(item.text), title: issueTitle(item.text), checked: item.checked === true };
  if (!item.issue) return key;
  const number = issueNumberIn(item.issue.value, input.links.repository);
  if (number !== "elsewhere" && issues.has(number)) return { ...key, issueNumber: number };
  // A finished item's reference is history, not something to sync or warn about.
  if (item.checked === true) return undefined;
  const where = number === "elsewhere" ? "is in another repository" : `is not labelled ${input.actionItemLabel} in ${input.links.repository}`;
  warnings.push(
    makeDiagnostic("sync-untracked-issue", file, item.issue, `Issue: ${item.issue.value} ${where}, so fireline does not sync this item`, `Add the ${input.actionItemLabel} label to the issue, or remove Issue: to let fireline open one.`),
  );
  return undefined;
}

function issueDraft(item: ActionItemModel, postmortem: PostmortemForSync, marker: ActionItemMarker, input: SyncInput, warnings: Diagnostic[]): IssueDraft {
  const owner = ownerOf(item, postmortem.file, input.people, warnings);
  const view = actionItemIssueView(item, postmortem.incident, owner, input.links, buildMarker(marker));
  return {
    title: issueTitle(item.text),
    body: input.renderBody(view),
    labels: [...new Set(itemLabels(input.actionItemLabel, postmortem.incident.severity, postmortem.incident.services.map((service) => service.id)))].sort(),
    assignees: owner?.login === undefined ? [] : [owner.login],
  };
}

/** GitHub refuses titles over 256 characters; a longer item is cut at a whole character. */
function issueTitle(text: string): string {
  if (text.length <= TITLE_LIMIT) return text;
  let title = "";
  for (const { segment } of new Intl.Segmenter().segment(text)) {
    if (title.length + segment.length > TITLE_LIMIT - 1) break;
    title += segment;
  }
  return `${title}…`;
}

function ownerOf(item: ActionItemModel, file: string, people: SyncInput["people"], warnings: Diagnostic[]): OwnerFacts | undefined {
  if (!item.owner) return undefined;
  const handle = item.owner.value.replace(/^@/, "").toLowerCase();
  const person = Object.hasOwn(people, handle) ? people[handle] : undefined;
  if (person?.github !== undefined) return { handle, name: person.name, login: person.github };
  const message = person
    ? `Owner: @${handle} has no GitHub login in people.yaml, so the issue has no assignee`
    : `Owner: '${item.owner.value}' is not in people.yaml, so the issue has no assignee`;
  warnings.push(makeDiagnostic("sync-owner-without-login", file, item.owner, message, person ? `Add github: <login> to ${handle} in people.yaml.` : "Use a handle from people.yaml."));
  return person ? { handle, name: person.name } : undefined;
}

/** Two items name the same issue: the first keeps it, and the second is not given a new one. */
function sharedReference(plan: SyncPlan, item: ActionItemModel, file: string): void {
  if (!item.issue) return;
  plan.warnings.push(
    makeDiagnostic("sync-untracked-issue", file, item.issue, `Issue: ${item.issue.value} is already another action item's issue, so fireline does not sync this item`, "Give each item its own issue, or remove Issue: to let fireline open one."),
  );
}

function reportClosedOnGitHub(plan: SyncPlan, issue: TrackerIssue, item: ItemPlace): void {
  plan.reports.push({ kind: "closed-on-github", number: issue.number, url: issue.url, item });
  plan.warnings.push(
    makeDiagnostic("sync-closed-on-github", item.file, item, `#${String(issue.number)} was closed on GitHub but this item's box is unchecked`, "Tick the box if it is done (fireline sync --write-back does it), or reopen the issue."),
  );
}

function reportRemoved(plan: SyncPlan, marked: ReadonlyMap<string, { issue: TrackerIssue; marker: ActionItemMarker }[]>, claimed: ReadonlySet<number>, unreadable: ReadonlySet<string>): void {
  for (const [incident, issues] of marked) {
    if (unreadable.has(incident)) continue;
    for (const { issue, marker } of issues) {
      if (issue.state !== "open" || claimed.has(issue.number)) continue;
      const file = `incidents/${incident}/postmortem.md`;
      plan.reports.push({ kind: "removed", number: issue.number, url: issue.url, id: markerId(marker), file });
      plan.warnings.push(
        makeDiagnostic("sync-item-removed", file, { line: 1, column: 1 }, `#${String(issue.number)} is open but its action item is no longer in the postmortem`, "Close the issue if the item was dropped, or put the item back."),
      );
    }
  }
}
