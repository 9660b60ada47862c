import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SyncOutcome } from "../../../src/commands/sync-action-items.js";
import { startFakeGitHub, type FakeGitHub } from "../../fake-github/fake-github-server.js";
import type { Fault } from "../../fake-github/faults.js";
import { actionItems, issuesBySerial, setItems, syncAgainst, workspaceWithItems } from "../../fake-github/sync-against-fake.js";

const ITEMS = 8;
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub();
});

afterEach(() => fake.close());

function finished(outcome: SyncOutcome): boolean {
  return outcome.ok && outcome.failure === undefined;
}

/** Runs sync until a run finishes (the server brought back after each), at most three times. */
async function syncUntilDone(files: ReturnType<typeof workspaceWithItems>): Promise<SyncOutcome[]> {
  const outcomes: SyncOutcome[] = [];
  while (outcomes.length < 3 && !outcomes.some(finished)) {
    outcomes.push(await syncAgainst(fake, files));
    fake.recover();
  }
  return outcomes;
}

/** Exactly one issue per item, none lost, and a further run writes nothing. */
async function expectConverged(files: ReturnType<typeof workspaceWithItems>, titles: string[], closed: string[] = []): Promise<void> {
  const issues = [...issuesBySerial(fake).values()];
  expect(issues.filter((list) => list.length > 1)).toEqual([]);
  expect(issues.map((list) => list[0]?.title).sort()).toEqual([...titles].sort());
  expect(issues.flat().filter((issue) => issue.state === "closed").map((issue) => issue.title).sort()).toEqual([...closed].sort());
  const writes = fake.counts().writes;
  expect(finished(await syncAgainst(fake, files))).toBe(true);
  expect(fake.counts().writes).toBe(writes);
}

const titles = (edit = "") => Array.from({ length: ITEMS }, (_, i) => `Action ${String(i + 1)}${edit}`);

/** The same fault aimed at the updates of a second run: PATCH instead of POST, an earlier crash. */
function duringUpdates(fault: Fault): Fault {
  if (fault.kind === "crash") return { kind: "crash", afterWrites: 3 };
  return fault.method === "GET" ? fault : { ...fault, method: "PATCH", route: "issue" };
}

const FAULTS: [string, Fault][] = [
  ["a 500 on the third create", { kind: "500", method: "POST", route: "issues", skip: 2 }],
  ["two 502s on the issue list", { kind: "502", method: "GET", route: "issues", times: 2 }],
  ["a dropped connection on the fourth create", { kind: "drop-connection", method: "POST", route: "issues", skip: 3 }],
  ["a create carried out whose answer never came", { kind: "drop-after-write", method: "POST", route: "issues", skip: 3 }],
  ["a label created whose answer never came", { kind: "drop-after-write", method: "POST", route: "labels" }],
  ["a 403 secondary rate limit with retry-after", { kind: "secondary-rate-limit", status: 403, method: "POST", route: "issues", skip: 1, times: 2 }],
  ["a 429 with retry-after", { kind: "secondary-rate-limit", status: 429, method: "POST", route: "issues", skip: 4 }],
  ["the primary rate limit on the list", { kind: "rate-limit", method: "GET", route: "issues" }],
  ["a crash after six writes", { kind: "crash", afterWrites: 6 }],
];

describe("fireline sync against a GitHub that fails", () => {
  it.each(FAULTS)("converges after %s: one issue per action item, nothing lost, no duplicate", async (_name, fault) => {
    const files = workspaceWithItems(actionItems(ITEMS));
    fake.injectFault(fault);

    const outcomes = await syncUntilDone(files);

    expect(outcomes.some(finished)).toBe(true);
    await expectConverged(files, titles());
  });

  it.each(FAULTS)("converges after %s while edited items are updated and ticked ones closed", async (_name, fault) => {
    const files = workspaceWithItems(actionItems(ITEMS));
    expect(finished(await syncAgainst(fake, files))).toBe(true);
    const edited = actionItems(ITEMS, " (revised)").map((line, i) => (i % 3 === 0 ? line.replace("[ ]", "[x]") : line));
    setItems(files, edited);
    fake.injectFault(duringUpdates(fault));

    await syncUntilDone(files);

    await expectConverged(
      files,
      titles(" (revised)"),
      titles(" (revised)").filter((_, i) => i % 3 === 0),
    );
  });

  it("syncs the items of an owner GitHub will not assign without an assignee, says so once, and writes nothing on a re-run", async () => {
    await fake.close();
    fake = await startFakeGitHub({ assignable: ["alice-example"] });
    const files = workspaceWithItems(actionItems(4));
    const warnings: string[] = [];

    const first = await syncAgainst(fake, files, warnings);
    expect(finished(first)).toBe(true);
    const notAssignable = (outcome: SyncOutcome) => (outcome.ok ? outcome.diagnostics.filter((d) => d.code === "FL-827").map((d) => d.message) : []);
    expect(notAssignable(first)).toEqual([
      "@bob-example cannot be assigned in octo-org/incidents (is the person a collaborator?); #2 stays unassigned and fireline will not ask again",
      "@bob-example cannot be assigned in octo-org/incidents (is the person a collaborator?); #4 stays unassigned and fireline will not ask again",
    ]);
    expect(warnings.filter((warning) => warning.includes("refused to assign @bob-example"))).toHaveLength(2);
    const after = JSON.stringify(fake.issues());
    const writes = fake.counts().writes;

    const again: string[] = [];
    const second = await syncAgainst(fake, files, again);
    expect(finished(second)).toBe(true);
    expect(fake.counts().writes).toBe(writes);
    expect(again).toEqual([]);
    expect(notAssignable(second)).toEqual([]);
    expect(fake.issues().map((issue) => issue.assignees)).toEqual([["alice-example"], [], ["alice-example"], []]);
    expect(fake.issues()[1]?.body).toContain(" refused:bob-example -->");
    expect(JSON.stringify(fake.issues())).toBe(after);
  });

  it("converges whatever fault strikes whichever request", async () => {
    const fault = fc.oneof(
      fc.record({ kind: fc.constantFrom("500" as const, "502" as const, "drop-connection" as const, "drop-after-write" as const), skip: fc.nat(12), times: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant("secondary-rate-limit" as const), status: fc.constantFrom(403 as const, 429 as const), skip: fc.nat(12), times: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant("crash" as const), afterWrites: fc.nat(12) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fault, { minLength: 1, maxLength: 3 }), async (faults) => {
        await fake.close();
        fake = await startFakeGitHub();
        const files = workspaceWithItems(actionItems(ITEMS));
        for (const one of faults) fake.injectFault(one);

        await syncUntilDone(files);
        fake.recover();
        await syncUntilDone(files);

        await expectConverged(files, titles());
      }),
      { numRuns: 15 },
    );
  });
});
