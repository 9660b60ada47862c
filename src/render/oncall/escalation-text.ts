import type { PolicyTimeline } from "../../commands/escalation.js";
import type { OnCallWorkspace } from "../../commands/oncall-workspace.js";
import { formatLocal, formatUtc } from "../../engine/oncall/time-text.js";
import { describeTargets, targetsJson } from "./oncall-text.js";
import { plural, table } from "./table.js";

/** `fireline escalation` for a terminal: the pages minute by minute, then when the chain gives up. */
export function renderEscalationHuman(at: number, policies: readonly PolicyTimeline[], oncall: OnCallWorkspace): string {
  const lines: string[] = [];
  for (const { id, policy, timeline } of policies) {
    if (lines.length > 0) lines.push("");
    lines.push(`${id}${policy.description === undefined ? "" : `: ${policy.description}`}`);
    lines.push(`An alert at ${formatLocal(at, oncall.timeZone)} that nobody acknowledges pages:`);
    lines.push(
      ...table([
        ["minute", "run", "level", "paged"],
        ...timeline.pages.map((page) => [String(page.minute), String(page.cycle), String(page.level), describeTargets(page, oncall)]),
      ]),
    );
    lines.push(`  Then the chain stops: ${timeline.endMinute} minutes, ${plural(timeline.cycles, "run")} through the levels.`);
  }
  return `${lines.join("\n")}\n`;
}

/** `fireline escalation --format json`. */
export function renderEscalationJson(at: number, policies: readonly PolicyTimeline[], oncall: OnCallWorkspace): string {
  const value = {
    version: 1,
    at: formatUtc(at),
    policies: policies.map(({ id, timeline }) => ({
      id,
      runs: timeline.cycles,
      end_minute: timeline.endMinute,
      pages: timeline.pages.map((page) => ({ minute: page.minute, run: page.cycle, level: page.level, at: formatUtc(page.at), targets: targetsJson(page, oncall) })),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
