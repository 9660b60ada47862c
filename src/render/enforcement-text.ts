import type { EnforcementApplied } from "../commands/enforce-deadlines.js";
import type { EnforcementAction, EnforcementPlan } from "../plan/plan-deadline-enforcement.js";

export interface EnforcementHeading {
  repository: string;
  today: string;
  timeZone: string;
  dryRun: boolean;
}

/** `fireline deadlines --enforce`: the plan, one action a line, then what was written. */
export function renderEnforcementHuman(heading: EnforcementHeading, plan: EnforcementPlan, applied: EnforcementApplied): string {
  const lines = [`Deadline enforcement for ${heading.repository} on ${heading.today} (${heading.timeZone})${heading.dryRun ? ", dry run: nothing is written" : ""}`];
  for (const action of plan.actions) lines.push(`  ${describe(action)}`);
  if (plan.actions.length === 0) lines.push("  nothing to do: GitHub already shows every reminder and overdue step");
  lines.push("");
  lines.push(heading.dryRun ? `${plural(plan.actions.length, "action")} planned` : `wrote: ${wrote(applied)}`);
  return `${lines.join("\n")}\n`;
}

function describe(action: EnforcementAction): string {
  switch (action.kind) {
    case "create-label":
      return `create label    ${action.label.name}`;
    case "open-issue": {
      const who = action.draft.assignees.length > 0 ? `assigned to ${action.draft.assignees.map((login) => `@${login}`).join(", ")}` : "no assignee";
      return `open issue      ${action.incident}: ${action.why === "reminder" ? "reminder" : "overdue"}, ${who}: "${action.draft.title}"`;
    }
    case "comment":
      return action.why === "overdue-step"
        ? `comment on #${String(action.issue)}  ${action.incident}: postmortem overdue, step ${String(action.step ?? 0)} (business days late)`
        : `comment on #${String(action.issue)}  ${action.incident}: action item overdue`;
    case "add-label":
      return `label #${String(action.issue)}       ${action.label} (action item of ${action.incident})`;
    case "record-step":
      return `record #${String(action.issue)}      ${action.incident}: step ${String(action.step)} already commented, noted in the issue body`;
    case "close-issue":
      return `close #${String(action.issue)}       ${action.incident}: postmortem published`;
  }
}

function wrote(applied: EnforcementApplied): string {
  const parts = [
    applied.labelsCreated.length > 0 ? `${plural(applied.labelsCreated.length, "label")} created` : "",
    numbers("opened", applied.opened),
    numbers("commented on", applied.commented),
    numbers("labelled", applied.labelled),
    numbers("closed", applied.closed),
    applied.recorded.length > 0 ? `${plural(applied.recorded.length, "step")} recorded in issue bodies` : "",
  ].filter((part) => part !== "");
  return parts.length > 0 ? parts.join("; ") : "nothing";
}

function numbers(verb: string, issues: readonly number[]): string {
  return issues.length > 0 ? `${verb} ${issues.map((n) => `#${String(n)}`).join(" ")}` : "";
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** `--format json`: the plan and what was written, for scripts and the Action's outputs. */
export function renderEnforcementJson(heading: EnforcementHeading, plan: EnforcementPlan, applied: EnforcementApplied): string {
  const json = {
    version: 1,
    repository: heading.repository,
    today: heading.today,
    time_zone: heading.timeZone,
    dry_run: heading.dryRun,
    actions: plan.actions.map((action) => {
      switch (action.kind) {
        case "create-label":
          return { kind: action.kind, label: action.label.name };
        case "open-issue":
          return { kind: action.kind, incident: action.incident, why: action.why, title: action.draft.title, assignees: action.draft.assignees };
        case "comment":
          return { kind: action.kind, issue: action.issue, incident: action.incident, why: action.why, ...(action.step === undefined ? {} : { step: action.step }) };
        case "add-label":
          return { kind: action.kind, issue: action.issue, incident: action.incident, label: action.label };
        case "record-step":
          return { kind: action.kind, issue: action.issue, incident: action.incident, step: action.step };
        case "close-issue":
          return { kind: action.kind, issue: action.issue, incident: action.incident };
      }
    }),
    applied: {
      labels_created: applied.labelsCreated,
      opened: applied.opened,
      commented: applied.commented,
      labelled: applied.labelled,
      closed: applied.closed,
      recorded: applied.recorded,
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
