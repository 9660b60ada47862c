import { readdirSync, readFileSync } from "node:fs";
import { createPatch } from "diff";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../../src/engine/incident/apply-edits.js";
import type { EditOperation } from "../../../src/engine/incident/edit-operations.js";
import { INCIDENT_KEY_ORDER } from "../../../src/engine/incident/key-order.js";
import { YAML_OPTIONS } from "../../../src/load/yaml-options.js";

const INCIDENTS = new URL("../../../incidents/", import.meta.url);
const EXAMPLES = readdirSync(INCIDENTS).sort();
const read = (id: string) => readFileSync(new URL(`${id}/incident.yaml`, INCIDENTS), "utf8");
const OPEN = "2026-11-23-payments-api-elevated-declines";

function edit(text: string, operations: EditOperation[]): string {
  const outcome = applyEdits(text, operations);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.text;
}

/** The changed lines of a unified diff, without the headers: what a reviewer sees. */
function changedLines(before: string, after: string): string[] {
  return createPatch("f", before, after)
    .split("\n")
    .filter((line) => /^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line));
}

describe("editing incident files", () => {
  it("finds the example incidents to round-trip", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(18);
  });

  it.each(EXAMPLES)("leaves %s byte-identical when the plan is empty", (id) => {
    const text = read(id);
    expect(edit(text, [])).toBe(text);
  });

  it.each(EXAMPLES)("leaves %s byte-identical when a value is set to what it already is", (id) => {
    const text = read(id);
    const data = parse(text, YAML_OPTIONS) as { status: string; severity: string };
    expect(edit(text, [{ op: "set", path: ["status"], value: data.status }, { op: "set", path: ["severity"], value: data.severity }])).toBe(text);
  });

  it.each(EXAMPLES)("changes only the lines an update needs in %s; every other line stays, in order", (id) => {
    const before = read(id);
    const data = parse(before, YAML_OPTIONS) as { status: string; updates: { at: string }[]; resolved_at?: string };
    const status = data.status === "monitoring" ? "identified" : "monitoring";
    const update = { at: "2026-12-01T10:00:00Z", status, public: true, author: "alice", message: "An update long enough to be folded over more than one line when it is written to the file." };
    const operations: EditOperation[] = [
      { op: "set", path: ["status"], value: status },
      ...(data.resolved_at === undefined ? [] : [{ op: "delete" as const, path: ["resolved_at"] }]),
      { op: "set", path: ["mitigated_at"], value: "2026-12-01T10:00:00Z", order: INCIDENT_KEY_ORDER },
      { op: "append", path: ["updates"], value: update },
    ];
    const after = edit(before, operations);
    const removed = changedLines(before, after).filter((line) => line.startsWith("-"));
    const expectedRemoved = [`-status: ${data.status}`, ...before.split("\n").filter((line) => /^(resolved_at|mitigated_at):/.test(line)).map((line) => `-${line}`)];
    expect(removed.sort()).toEqual(expectedRemoved.sort());
    expect((parse(after, YAML_OPTIONS) as { updates: unknown[] }).updates.at(-1)).toEqual(update);
  });

  it("changes only the status line when the status changes, keeping the comment beside it", () => {
    const text = "title: T\nstatus: identified # as of 09:05\nupdates: []\n";
    expect(edit(text, [{ op: "set", path: ["status"], value: "monitoring" }])).toBe("title: T\nstatus: monitoring # as of 09:05\nupdates: []\n");
  });

  it("adds a lifecycle timestamp after the one before it, not at the end of the file", () => {
    const before = read(OPEN);
    const after = edit(before, [{ op: "set", path: ["mitigated_at"], value: "2026-11-23T10:10:00Z", order: INCIDENT_KEY_ORDER }]);
    expect(changedLines(before, after)).toEqual(["+mitigated_at: 2026-11-23T10:10:00Z"]);
    expect(after).toContain("acknowledged_at: 2026-11-23T07:52:00Z\nmitigated_at: 2026-11-23T10:10:00Z\nupdates:");
  });

  it("appends an update at the end of the timeline with the list's indentation", () => {
    const before = read(OPEN);
    const update = { at: "2026-11-23T10:35:00Z", status: "monitoring", public: true, author: "rosa", message: "The fix is deployed and declines are back to normal." };
    const after = edit(before, [{ op: "append", path: ["updates"], value: update }]);
    expect(changedLines(before, after)).toEqual([
      "+  - at: 2026-11-23T10:35:00Z",
      "+    status: monitoring",
      "+    public: true",
      "+    author: rosa",
      "+    message: The fix is deployed and declines are back to normal.",
    ]);
    expect(after).toContain("Next update by 10:35 UTC.\n  - at: 2026-11-23T10:35:00Z\n");
  });

  it("writes a long message as a folded block that reads back as the same text", () => {
    const message = "We have identified the cause: a secure connection to one of our card processing partners is failing after a certificate change on their side.";
    const after = edit("updates:\n  - at: 2026-11-23T09:00:00Z\n    status: investigating\n    message: x\n", [
      { op: "append", path: ["updates"], value: { at: "2026-11-23T10:00:00Z", status: "identified", message } },
    ]);
    expect(after).toContain("    message: >-\n      We have identified");
    expect((parse(after, YAML_OPTIONS) as { updates: { message: string }[] }).updates[1]?.message).toBe(message);
  });

  it("turns an empty flow list of updates into a block list", () => {
    const after = edit("title: T\nupdates: []\nlinks: []\n", [{ op: "append", path: ["updates"], value: { at: "2026-11-23T10:00:00Z", status: "investigating", message: "Looking." } }]);
    expect(after).toBe("title: T\nupdates:\n  - at: 2026-11-23T10:00:00Z\n    status: investigating\n    message: Looking.\nlinks: []\n");
  });

  it("adds a role to a block mapping of roles in role order", () => {
    const text = "roles:\n  commander: alice\n  scribe: carol\nstarted_at: 2026-11-23T07:41:00Z\n";
    const after = edit(text, [{ op: "set", path: ["roles", "operations"], value: "henry", order: ["commander", "communications", "operations", "scribe"] }]);
    expect(after).toBe("roles:\n  commander: alice\n  operations: henry\n  scribe: carol\nstarted_at: 2026-11-23T07:41:00Z\n");
  });

  it("adds a role to a flow mapping of roles inside the braces", () => {
    const after = edit("roles: { commander: alice }\n", [{ op: "set", path: ["roles", "scribe"], value: "carol" }]);
    expect(after).toBe("roles: { commander: alice, scribe: carol }\n");
  });

  it("replaces a role held in a flow mapping without touching the rest of the line", () => {
    const after = edit("roles: { commander: alice, scribe: carol } # set at 09:00\n", [{ op: "set", path: ["roles", "commander"], value: "bob" }]);
    expect(after).toBe("roles: { commander: bob, scribe: carol } # set at 09:00\n");
  });

  it("adds a whole mapping when the parent key is missing", () => {
    const after = edit("title: T\nservices:\n  api: partial_outage\nstarted_at: 2026-11-23T07:41:00Z\n", [
      { op: "set", path: ["roles"], value: { commander: "alice" }, order: INCIDENT_KEY_ORDER },
    ]);
    expect(after).toBe("title: T\nservices:\n  api: partial_outage\nroles:\n  commander: alice\nstarted_at: 2026-11-23T07:41:00Z\n");
  });

  it("removes a key with its whole line, comment included", () => {
    const text = "status: resolved\nmitigated_at: 2026-11-23T10:00:00Z\nresolved_at: 2026-11-23T11:00:00Z # all clear\nupdates: []\n";
    expect(edit(text, [{ op: "delete", path: ["resolved_at"] }])).toBe("status: resolved\nmitigated_at: 2026-11-23T10:00:00Z\nupdates: []\n");
  });

  it("keeps Windows line ends and a byte-order mark", () => {
    const text = "\uFEFFtitle: T\r\nstatus: identified\r\nupdates:\r\n  - at: 2026-11-23T09:00:00Z\r\n    status: identified\r\n    message: x\r\n";
    const after = edit(text, [
      { op: "set", path: ["status"], value: "monitoring" },
      { op: "append", path: ["updates"], value: { at: "2026-11-23T10:00:00Z", status: "monitoring", message: "y" } },
    ]);
    expect(after).toBe("\uFEFFtitle: T\r\nstatus: monitoring\r\nupdates:\r\n  - at: 2026-11-23T09:00:00Z\r\n    status: identified\r\n    message: x\r\n  - at: 2026-11-23T10:00:00Z\r\n    status: monitoring\r\n    message: y\r\n");
  });

  it("adds to a file that does not end with a newline", () => {
    const after = edit("updates:\n  - at: 2026-11-23T09:00:00Z\n    status: identified\n    message: x", [
      { op: "append", path: ["updates"], value: { at: "2026-11-23T10:00:00Z", status: "monitoring", message: "y" } },
    ]);
    expect(after).toBe("updates:\n  - at: 2026-11-23T09:00:00Z\n    status: identified\n    message: x\n  - at: 2026-11-23T10:00:00Z\n    status: monitoring\n    message: y\n");
  });

  it("quotes a value that YAML would otherwise read differently", () => {
    const after = edit("title: T\n", [{ op: "set", path: ["title"], value: "Checkout: errors # after deploy" }]);
    expect(parse(after, YAML_OPTIONS)).toEqual({ title: "Checkout: errors # after deploy" });
  });

  it("refuses, rather than reformats, an update list written in flow style", () => {
    const outcome = applyEdits("updates: [{ at: 2026-11-23T09:00:00Z, status: identified, message: x }]\n", [
      { op: "append", path: ["updates"], value: { at: "2026-11-23T10:00:00Z", status: "monitoring", message: "y" } },
    ]);
    expect(outcome).toEqual({ ok: false, reason: "updates is written as a [flow] list", offset: 9 });
  });

  it("refuses to replace a block of text in place", () => {
    const outcome = applyEdits("summary: >-\n  long\n  text\n", [{ op: "set", path: ["summary"], value: "short" }]);
    expect(outcome.ok).toBe(false);
  });
});
