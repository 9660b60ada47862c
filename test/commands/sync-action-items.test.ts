import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { parseMarker } from "../../src/plan/action-item-marker.js";
import { MemoryWorkspaceWriter } from "../helpers/memory-workspace-writer.js";
import { postmortemWithItems, runSync, SYNC_INCIDENT, SYNC_POSTMORTEM, syncWorkspace } from "../helpers/sync-workspace.js";

const ITEMS = [
  "- [ ] Alert on connection-pool saturation (Owner: @alice, Due: 2026-03-20, Kind: detect)",
  "- [ ] Load-test the pool limits before each release (Owner: @bob, Due: 2026-03-27, Kind: prevent)",
];

async function read(files: ReturnType<typeof syncWorkspace>, path: string): Promise<string> {
  const result = await files.read(path, 1 << 20);
  if (!result.ok) throw new Error(`cannot read ${path}`);
  return new TextDecoder().decode(result.bytes);
}

describe("fireline sync against an issue tracker", () => {
  it("opens one issue per open action item, with title, labels, assignee and marker", async () => {
    const tracker = new MemoryIssueTracker();
    const result = await runSync(syncWorkspace(ITEMS), tracker);
    expect(result.created).toEqual([1, 2]);
    const issue = tracker.issues.get(1);
    expect(issue?.title).toBe("Alert on connection-pool saturation");
    expect(issue?.labels).toEqual(["action-item", "service:api", "sev2"]);
    expect(issue?.assignees).toEqual(["alice-example"]);
    expect(parseMarker(issue?.body ?? "")).toMatchObject({ incident: "2026-03-03-api-errors", serial: 1 });
    expect(issue?.body).toContain("https://github.com/example/workspace/blob/HEAD/incidents/2026-03-03-api-errors/postmortem.md");
    expect(issue?.body).toContain("| Due | 2026-03-20 |");
  });

  it("makes zero write requests when run again without changes", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    await runSync(files, tracker);
    const writes = tracker.calls.writes;
    const again = await runSync(files, tracker);
    expect(tracker.calls.writes).toBe(writes);
    expect(again.plan).toMatchObject({ labels: [], creates: [], updates: [], closes: [], reports: [] });
  });

  it("updates only the edited item's issue, in one write", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    await runSync(files, tracker);
    const writes = tracker.calls.writes;
    files.set(SYNC_POSTMORTEM, postmortemWithItems([ITEMS[0] ?? "", "- [ ] Load-test pool limits in staging before each release (Owner: @bob, Due: 2026-03-27, Kind: prevent)"]));
    const result = await runSync(files, tracker);
    expect(tracker.calls.writes - writes).toBe(1);
    expect(result.updated).toEqual([2]);
    expect(tracker.issues.get(2)?.title).toBe("Load-test pool limits in staging before each release");
    expect(tracker.issues.size).toBe(2);
  });

  it("closes the issue of an item whose box is ticked", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    await runSync(files, tracker);
    files.set(SYNC_POSTMORTEM, postmortemWithItems([ITEMS[0]?.replace("[ ]", "[x]") ?? "", ITEMS[1] ?? ""]));
    const result = await runSync(files, tracker);
    expect(result.closed).toEqual([1]);
    expect(tracker.issues.get(1)).toMatchObject({ state: "closed", stateReason: "completed" });
  });

  it("reports an issue closed on GitHub and, with --write-back, ticks exactly that box", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    await runSync(files, tracker);
    tracker.closeByHand(2);
    const before = await read(files, SYNC_POSTMORTEM);
    const writer = new MemoryWorkspaceWriter(files);
    const result = await runSync(files, tracker, { writeBack: writer });
    expect(result.plan.reports).toMatchObject([{ kind: "closed-on-github", number: 2 }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["FL-821"]);
    const after = await read(files, SYNC_POSTMORTEM);
    expect(after).toBe(before.replace("- [ ] Load-test", "- [x] Load-test"));
    const third = await runSync(files, tracker, { writeBack: writer });
    expect(third.plan.reports).toEqual([]);
    expect(writer.writes).toBe(1);
  });

  it("does not tick a box in a postmortem edited while the sync ran", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    await runSync(files, tracker);
    tracker.closeByHand(2);
    const writer = new MemoryWorkspaceWriter(files);
    writer.beforeWrite = (path) => files.set(path, postmortemWithItems(["- [ ] Something new (Owner: @bob)", ...ITEMS]));
    const result = await runSync(files, tracker, { writeBack: writer });
    expect(result.ticked).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain("FL-824");
    expect(await read(files, SYNC_POSTMORTEM)).toContain("- [ ] Load-test");
  });

  it("syncs an owner without a GitHub login without assignee, warning at the owner", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    files.set("people.yaml", (await read(files, "people.yaml")).replace("    github: bob-example\n", ""));
    const result = await runSync(files, tracker);
    expect(tracker.issues.get(2)?.assignees).toEqual([]);
    const warning = result.diagnostics.find((d) => d.code === "FL-820");
    expect(warning).toMatchObject({ file: SYNC_POSTMORTEM, severity: "warning", message: expect.stringContaining("@bob has no GitHub login") as unknown });
    const text = await read(files, SYNC_POSTMORTEM);
    expect(text.split("\n")[(warning?.line ?? 0) - 1]?.slice((warning?.column ?? 0) - 1)).toMatch(/^@bob/);
  });

  it("creates missing labels once, before the issues, and not on the next run", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    const first = await runSync(files, tracker);
    expect(first.labelsCreated).toEqual(["action-item", "service:api", "sev2"]);
    expect(tracker.labels.get("sev2")?.color).toBe("d93f0b");
    const second = await runSync(files, tracker);
    expect(second.labelsCreated).toEqual([]);
  });

  it("writes nothing in a dry run but plans the same writes", async () => {
    const tracker = new MemoryIssueTracker();
    const result = await runSync(syncWorkspace(ITEMS), tracker, { dryRun: true });
    expect(tracker.calls.writes).toBe(0);
    expect(result.plan.creates).toHaveLength(2);
    expect(result.created).toEqual([]);
  });

  it("continues after a failure halfway without opening a second issue for anything", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    const create = tracker.createIssue.bind(tracker);
    let calls = 0;
    tracker.createIssue = (draft) => (++calls === 2 ? Promise.reject(new Error("connection reset")) : create(draft));
    const first = await runSync(files, tracker);
    expect(first.failure).toMatchObject({ message: "connection reset", item: { line: expect.any(Number) as unknown } });
    expect(first.created).toEqual([1]);
    tracker.createIssue = create;
    const second = await runSync(files, tracker);
    expect(second.created).toEqual([2]);
    expect(tracker.issues.size).toBe(2);
  });

  it("keeps 300 items in one postmortem in step: 300 issues, then no writes, then one write for one edit", async () => {
    const items = Array.from({ length: 300 }, (_, i) => `- [ ] Action ${String(i + 1)} (Owner: @${i % 2 === 0 ? "alice" : "bob"}, Due: 2026-04-01)`);
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(items);
    const first = await runSync(files, tracker);
    expect(first.created).toHaveLength(300);
    expect(new Set([...tracker.issues.values()].map((issue) => parseMarker(issue.body)?.serial)).size).toBe(300);
    const writes = tracker.calls.writes;
    await runSync(files, tracker);
    expect(tracker.calls.writes).toBe(writes);
    files.set(SYNC_POSTMORTEM, postmortemWithItems(items.map((item, i) => (i === 149 ? item.replace("Action 150", "Action one hundred and fifty") : item))));
    const edited = await runSync(files, tracker);
    expect(edited.updated).toEqual([150]);
    expect(tracker.calls.writes).toBe(writes + 1);
  });

  it("uses the action-item label policies/postmortem.yaml names, as deadline enforcement does", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS).set("policies/postmortem.yaml", "enforcement:\n  labels:\n    action_item: follow-up\n");
    const result = await runSync(files, tracker);
    expect(result.labelsCreated).toEqual(["follow-up", "service:api", "sev2"]);
    expect(tracker.issues.get(1)?.labels).toEqual(["follow-up", "service:api", "sev2"]);
    const again = await runSync(files, tracker);
    expect(again.plan.creates).toEqual([]);
  });

  it("leaves the issues of an incident whose incident.yaml broke alone, instead of reporting them removed", async () => {
    const tracker = new MemoryIssueTracker();
    const files = syncWorkspace(ITEMS);
    await runSync(files, tracker);
    const writes = tracker.calls.writes;
    files.set(SYNC_INCIDENT, "title: [unclosed\n");
    const result = await runSync(files, tracker);
    expect(result.plan.reports).toEqual([]);
    expect(result.workspaceErrors).toBeGreaterThan(0);
    expect(tracker.calls.writes).toBe(writes);
  });
});
