import type { ActionItemDeadline, PostmortemDeadline } from "../engine/postmortem/deadlines.js";
import { actionItemOverdueMarker, postmortemDeadlineMarker, postmortemPublishedMarker } from "./postmortem-deadline-marker.js";

/** How many business days, in words: "1 business day", "3 business days". */
function businessDays(n: number): string {
  return `${String(n)} business day${n === 1 ? "" : "s"}`;
}

function mention(login: string | undefined, handle: string | undefined): string {
  if (login !== undefined) return `@${login}`;
  return handle === undefined ? "the incident commander" : `${handle} (no GitHub login in people.yaml)`;
}

export function trackingIssueTitle(postmortem: PostmortemDeadline): string {
  return `Postmortem due ${postmortem.deadline.due}: ${postmortem.title}`;
}

/** Where the deadline stands, as one sentence. */
export function deadlineSentence(postmortem: PostmortemDeadline): string {
  const state = postmortem.deadline;
  if (state.state === "overdue") return `The postmortem was due on ${state.due} and is ${businessDays(state.businessDaysLate)} overdue.`;
  return state.businessDaysLeft === 0
    ? `The postmortem is due today, ${state.due}.`
    : `The postmortem is due on ${state.due}, in ${businessDays(state.businessDaysLeft)}.`;
}

export function trackingIssueBody(postmortem: PostmortemDeadline, login: string | undefined, step: number): string {
  const file = `incidents/${postmortem.incident}/postmortem.md`;
  return [
    `${deadlineSentence(postmortem)} ${mention(login, postmortem.commander)}, as incident commander, please see that it is written and published.`,
    "",
    `- Incident: \`${postmortem.incident}\` (${postmortem.severity}), resolved ${postmortem.resolvedAt}`,
    `- Postmortem: \`${file}\` (${postmortem.status === "missing" ? "not started" : postmortem.status})`,
    `- Rule: ${postmortem.rule} after resolution`,
    "",
    "fireline closes this issue once the postmortem's front matter says `status: published`.",
    "",
    postmortemDeadlineMarker({ incident: postmortem.incident, step }),
  ].join("\n");
}

export function overdueStepComment(postmortem: PostmortemDeadline, login: string | undefined, step: number): string {
  return [`${deadlineSentence(postmortem)} ${mention(login, postmortem.commander)}`, "", postmortemDeadlineMarker({ incident: postmortem.incident, step })].join("\n");
}

export function publishedComment(incident: string): string {
  return [`The postmortem of \`${incident}\` is published. Closing.`, "", postmortemPublishedMarker(incident)].join("\n");
}

export function actionItemOverdueComment(item: ActionItemDeadline, login: string | undefined): string {
  const who = login === undefined ? "" : ` @${login}`;
  return [
    `This action item was due on ${item.deadline.due} and is overdue.${who} Please close it, or agree a new due date and change \`Due:\` in \`${item.file}\` (line ${String(item.line)}).`,
    "",
    actionItemOverdueMarker({ incident: item.incident, due: item.deadline.due }),
  ].join("\n");
}
