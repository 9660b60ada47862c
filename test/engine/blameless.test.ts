import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BlamelessLinter } from "../../src/engine/postmortem/blameless.js";

const PEOPLE = [
  { handle: "alice", name: "Alice Moreau" },
  { handle: "bob", name: "Bob Okafor" },
];
const linter = new BlamelessLinter({ people: PEOPLE });
const found = (text: string, l = linter) => l.lint(text).map((m) => `${m.check}: ${m.found}`);

/** The two incident summaries of seed 003, word for word. */
const SEED = readFileSync(join(import.meta.dirname, "..", "fixtures", "postmortem", "seed-003-summaries.md"), "utf8");
const [BLAMELESS, BLAMEFUL] = SEED.split("\n\n").map((block) => block.replace(/^[^\n]*\n/, "").trim());

describe("the blameless linter", () => {
  it("classifies seed 003's blameful summary as blameful, naming the person as the subject of the mistake", () => {
    expect(found(BLAMEFUL ?? "")).toEqual(["person-as-subject: he made a typo", "person-as-subject: Eric made a typo"]);
  });

  it("classifies seed 003's blameless summary as blameless", () => {
    expect(BLAMELESS).toContain("a corrupt image was deployed");
    expect(found(BLAMELESS ?? "")).toEqual([]);
  });

  it.each([
    ["Alice broke the deploy pipeline.", "person-as-subject: Alice broke"],
    ["Then Bob forgot to renew the certificate.", "person-as-subject: Bob forgot"],
    ["@alice accidentally deleted the table.", "person-as-subject: @alice accidentally deleted"],
    ["alice missed the alert.", "person-as-subject: alice missed"],
    ["Bob Okafor caused the outage.", "person-as-subject: Bob Okafor caused"],
    ["She ignored the warning.", "person-as-subject: She ignored"],
    ["The on-call engineer said Priya neglected the runbook.", "person-as-subject: Priya neglected"],
    ["We should have added an alert.", "should-have: should have added"],
    ["The team shouldn't have deployed on Friday.", "should-have: shouldn't have deployed"],
    ["A careless change to the config.", "careless: careless"],
    ["The cause was human error.", "human-error: human error"],
    ["It was the fault of the release manager.", "fault: the fault of"],
    ["This was Bob's fault.", "fault: Bob's fault"],
    ["A negligent review.", "negligent: negligent"],
    ["A stupid mistake.", "insult: stupid"],
  ])("flags %j", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    "The deploy took longer than it should have.",
    "Kubernetes failed to schedule the pods.",
    "Terraform ignored the lifecycle block.",
    "The cache broke under load.",
    "The pipeline caused a second deploy.",
    "Alice deployed the fix at 10:02.",
    "Bob found the typo by comparing configs.",
    "A check would have caught this.",
    "We run blameless postmortems.",
    "The Monday deploy made a mess of the queue.",
  ])("does not flag %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("gives every finding a rewrite hint", () => {
    for (const match of linter.lint("Alice forgot the alert, which was careless; human error, and Bob's fault. We should have known.")) {
      expect(match.hint.length, match.check).toBeGreaterThan(20);
    }
  });

  it("skips the checks a policy switches off and flags the policy's own phrases", () => {
    const custom = new BlamelessLinter({
      people: PEOPLE,
      disable: ["human-error", "should-have"],
      phrases: [{ phrase: "dropped the ball", hint: "Say what was missing." }],
    });
    expect(found("Human error, as it should have been. The team dropped  the ball.", custom)).toEqual(["custom: dropped  the ball"]);
    expect(custom.lint("They dropped the ball.")[0]?.hint).toBe("Say what was missing.");
  });

  it("recognises only the people it is given by name for verbs a system can do too", () => {
    expect(found("Carol broke the build.")).toEqual([]);
    expect(found("Carol broke the build.", new BlamelessLinter({ people: [{ handle: "carol", name: "Carol Jensen" }] }))).toEqual(["person-as-subject: Carol broke"]);
  });
});
