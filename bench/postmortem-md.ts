import { listWords, type IncidentPlan } from "./incident-model.js";
import type { Org } from "./org.js";
import type { Prng } from "./prng.js";
import { BENCH_NOW_MS, DAY_MS, instant, utcDate, utcTime } from "./timestamps.js";
import { TECH_DETAILS } from "./vocabulary.js";

const WENT_WELL = [
  "The alert fired within minutes and paged the right rotation.",
  "The commander was named early and the roles were clear from the start.",
  "Rolling back was a single command and took under five minutes.",
  "Customers were told on the status page before support tickets arrived.",
  "The runbook for this service was up to date and easy to follow.",
] as const;

const WENT_WRONG = [
  "The first dashboard we opened did not show the failing dependency.",
  "Two people started the same mitigation at once without telling each other.",
  "The alert threshold was too high, so detection took longer than it should have.",
  "The deploy pipeline had no automatic rollback on elevated error rates.",
  "Internal updates were posted in three different channels.",
] as const;

const LUCKY = [
  "The incident started during business hours in Berlin, when most of the team was online.",
  "A large merchant's batch job was paused that day for unrelated reasons.",
  "The engineer who wrote the component was on call that week.",
] as const;

/** Action item text and kind (detect, mitigate, prevent or process). */
const ACTIONS = [
  ["Add an alert on connection pool saturation", "detect"],
  ["Make rollback automatic when the error rate doubles after a deploy", "mitigate"],
  ["Add the failing dependency to the service dashboard", "detect"],
  ["Write a runbook section for this failure mode", "process"],
  ["Cap client retries with jitter and a per-endpoint budget", "prevent"],
  ["Load test the service at twice the current peak", "prevent"],
  ["Move certificate renewal to the automated pipeline", "prevent"],
] as const;

/** postmortem.md: front matter plus the sections of the team's template, about 4 KB. */
export function postmortemMd(prng: Prng, org: Org, plan: IncidentPlan): string {
  const resolved = plan.lifecycle[4];
  // Published within 4 days of resolution (inside every severity's due date), unless that is still ahead of BENCH_NOW.
  const published = resolved !== undefined && resolved + 4 * DAY_MS < BENCH_NOW_MS ? resolved + prng.int(1, 4) * DAY_MS : undefined;
  const commander = plan.roles.get("commander") ?? "alice";
  const authors = [commander, ...prng.sample(org.people.map((p) => p.handle).filter((h) => h !== commander), prng.int(0, 1))];
  const reviewers = prng.sample(org.people.map((p) => p.handle).filter((h) => !authors.includes(h)), prng.int(1, 2));
  const front = [
    `status: ${published !== undefined ? "published" : resolved !== undefined ? "in-review" : "draft"}`,
    `authors: [${authors.join(", ")}]`,
    `reviewers: [${reviewers.join(", ")}]`,
    ...(published !== undefined ? [`published_at: ${instant(published)}`] : []),
  ];
  return `---\n${front.join("\n")}\n---\n\n# Postmortem: ${plan.title}\n\n${sections(prng, org, plan, published ?? resolved ?? plan.lifecycle[0] ?? 0)}`;
}

function sections(prng: Prng, org: Org, plan: IncidentPlan, reference: number): string {
  const services = listWords(plan.serviceNames);
  const start = plan.lifecycle[0] ?? 0;
  return [
    section("Summary", `On ${utcDate(start)}, ${services} had problems ${plan.cause}. The incident was rated ${plan.severity} and handled by @${plan.roles.get("commander") ?? "alice"} as incident commander. ${prng.pick(TECH_DETAILS)} This document follows our blameless postmortem format: it describes what the systems and the people involved did, and why it made sense at the time, so that we can change the system rather than blame a person.`),
    section("Impact", `Between ${utcTime(start)} and ${utcTime(plan.lifecycle[3] ?? start)} UTC, customers of ${services} saw failed or slow requests. About ${String(prng.int(1, 40))}% of requests were affected at the peak, and ${String(prng.int(10, 900))} merchants contacted support. No data was lost, and every delayed operation completed once the service recovered. Internal teams that depend on ${services} saw the same errors in their own dashboards and paused their deploys until the incident was resolved.`),
    section("Timeline", timeline(plan)),
    section("Root cause and contributing factors", `${prng.pick(TECH_DETAILS)} The immediate trigger was a change made ${plan.cause}. Contributing factors were missing alerting on the saturated resource, a retry policy without backoff, and a dashboard that hid the failing dependency behind an average. ${prng.pick(TECH_DETAILS)}`),
    section("Resolution", `The team reverted the change, drained the affected nodes and restarted the workers one zone at a time. Error rates returned to the baseline within ${String(prng.int(5, 45))} minutes of the fix. Before closing the incident the commander confirmed with support that new tickets had stopped, checked that queued work had drained, and posted the final update on the status page.`),
    section("What went well", bullets(prng.sample(WENT_WELL, 3))),
    section("What went wrong", bullets(prng.sample(WENT_WRONG, 3))),
    section("Where we got lucky", bullets(prng.sample(LUCKY, 2))),
    section("Action items", actionItems(prng, org, reference)),
    section("Lessons learned", `Changes ${plan.cause.replace(/^(after|during|caused by) /, "like ")} need the same safeguards as code deploys. We will review the alerting for ${services} at the next reliability review and share this write-up with every on-call rotation. The faster part of this incident was mitigation, not diagnosis: most of the time went into finding which dependency was failing, so the dashboards and the runbook get the first follow-ups. We will check in four weeks that the action items above are done, and link the pull requests here.`),
  ].join("");
}

function section(heading: string, body: string): string {
  return `## ${heading}\n\n${body}\n\n`;
}

function bullets(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join("\n");
}

function timeline(plan: IncidentPlan): string {
  const steps = ["Impact begins", "An alert fires and pages the primary on-call", "The on-call engineer acknowledges the page", "The mitigation takes effect", "The incident is resolved"];
  const lifecycle = plan.lifecycle.map((ms, i) => ({ ms, text: steps[i] ?? "Update" }));
  const updates = plan.updates.map((update) => ({ ms: update.at, text: `Update posted by @${update.author} (status ${update.status})` }));
  const events = [...lifecycle, ...updates].sort((a, b) => a.ms - b.ms);
  return `All times are UTC.\n\n${events.map((event) => `- ${utcDate(event.ms)} ${utcTime(event.ms)} ${event.text}.`).join("\n")}`;
}

/** Items due before BENCH_NOW are done, the rest open. */
function actionItems(prng: Prng, org: Org, reference: number): string {
  return prng
    .sample(ACTIONS, prng.int(3, 5))
    .map(([action, kind]) => {
      const due = reference + prng.int(14, 60) * DAY_MS;
      return `- [${due < BENCH_NOW_MS ? "x" : " "}] ${action} (Owner: @${prng.pick(org.people).handle}, Due: ${utcDate(due)}, Kind: ${kind})`;
    })
    .join("\n");
}
