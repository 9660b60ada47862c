import type { OnCallNow } from "../../commands/oncall.js";
import type { OnCallWorkspace } from "../../commands/oncall-workspace.js";
import type { Page } from "../../engine/oncall/escalation.js";
import { formatLocal, formatUtc } from "../../engine/oncall/time-text.js";
import { MAX_LOOK_DAYS } from "../../engine/oncall/who-is-on-call.js";
import { shiftJson, shiftReason } from "./shift-text.js";
import { labelled, table } from "./table.js";

/** `fireline oncall` for a terminal. */
export function renderOnCallHuman(result: OnCallNow, oncall: OnCallWorkspace): string {
  const at = result.at.epochMilliseconds;
  const lines = [`On call at ${formatLocal(at, oncall.timeZone)} (${oncall.timeZone})`];
  for (const answer of result.rotations) {
    const zone = answer.rotation.timeZone;
    lines.push("", labelled(answer.rotation.id, answer.rotation.name));
    const rows: string[][] = [];
    if (answer.current) {
      const until = answer.until === undefined ? `no hand-off in the next ${MAX_LOOK_DAYS} days` : `until ${formatLocal(answer.until, zone)}`;
      rows.push(["now", answer.current.person, oncall.nameOf(answer.current.person), shiftReason(answer.current), until]);
    } else {
      rows.push(["now", "nobody", "", "", ""]);
    }
    if (answer.next) rows.push(["next", answer.next.person, oncall.nameOf(answer.next.person), shiftReason(answer.next), `from  ${formatLocal(answer.next.start, zone)}`]);
    lines.push(...table(rows));
  }
  if (result.policies.length > 0) {
    lines.push("", "Escalation, for an alert now");
    for (const policy of result.policies) {
      lines.push(policy.id);
      lines.push(...table(policy.levels.map((page) => [`level ${page.level}`, `${page.minute}m`, describeTargets(page, oncall)])));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** "payments-primary: alice (Alice Moreau); laura (Laura Schneider)". */
export function describeTargets(page: Page, oncall: OnCallWorkspace): string {
  return page.targets
    .map((target) => {
      if (target.kind === "person") return labelled(target.person, oncall.nameOf(target.person));
      if (!target.known) return `${target.schedule}: unknown rotation`;
      return `${target.schedule}: ${target.person === undefined ? "nobody on call" : labelled(target.person, oncall.nameOf(target.person))}`;
    })
    .join("; ");
}

/** The JSON form of a page's targets. */
export function targetsJson(page: Page, oncall: OnCallWorkspace) {
  return page.targets.map((target) =>
    target.kind === "person"
      ? { person: target.person, name: oncall.nameOf(target.person) }
      : { schedule: target.schedule, person: target.person ?? null, name: target.person === undefined ? null : oncall.nameOf(target.person) },
  );
}

/** `fireline oncall --format json`. */
export function renderOnCallJson(result: OnCallNow, oncall: OnCallWorkspace): string {
  const value = {
    version: 1,
    at: formatUtc(result.at.epochMilliseconds),
    rotations: result.rotations.map((answer) => ({
      id: answer.rotation.id,
      name: answer.rotation.name,
      time_zone: answer.rotation.timeZone,
      on_call: answer.current ? { ...shiftJson(answer.current, answer.rotation.timeZone, oncall.nameOf), until: answer.until === undefined ? null : formatUtc(answer.until) } : null,
      next: answer.next ? shiftJson(answer.next, answer.rotation.timeZone, oncall.nameOf) : null,
    })),
    policies: result.policies.map((policy) => ({
      id: policy.id,
      levels: policy.levels.map((page) => ({ level: page.level, minute: page.minute, targets: targetsJson(page, oncall) })),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
