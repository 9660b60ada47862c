import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { validateWorkspace } from "../src/commands/validate.js";
import { BlamelessLinter } from "../src/engine/postmortem/blameless.js";
import { analyzePostmortem } from "../src/engine/postmortem/parse-postmortem.js";
import { resolvePostmortemPolicy } from "../src/engine/postmortem/policy.js";
import type { Diagnostic } from "../src/model/diagnostic.js";
import { parse } from "yaml";
import type { PostmortemPolicyFile } from "../src/schema/postmortem-policy.js";
import { workspaceWith } from "./helpers/minimal-workspace.js";

/**
 * Each folder in test/fixtures/postmortem/ holds a postmortem.md (and optionally policy.yaml, a
 * policies/postmortem.yaml for it) and expected.json: the parsed model, and every diagnostic
 * `fireline validate` reports with the file in the minimal workspace's incident, judged at NOW.
 * A case.json of {"workspace": "example"} validates it in this repository's example workspace
 * instead. Run with UPDATE_FIXTURES=1 to rewrite expected.json after a deliberate change.
 */
const ROOT = join(import.meta.dirname, "fixtures", "postmortem");
const REPO = join(import.meta.dirname, "..");
const NOW = Temporal.Instant.from("2026-03-20T12:00:00Z");
const TARGET = "incidents/2026-03-03-api-errors/postmortem.md";
const PEOPLE = [
  { handle: "alice", name: "Alice Example" },
  { handle: "bob", name: "Bob Example" },
];

interface Case {
  workspace?: "example";
  incident?: string;
}

function line(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.file === TARGET ? "" : `${d.file}:`}${d.line}:${d.column} ${d.message}`;
}

async function diagnosticsFor(name: string, text: string, policy: string | undefined, spec: Case): Promise<string[]> {
  if (spec.workspace === "example") {
    const result = await validateWorkspace(new NodeFileSource(REPO), { now: NOW });
    if (!result.ok) throw new Error("the repository is not a workspace");
    const file = `incidents/${spec.incident ?? name}/postmortem.md`;
    return result.diagnostics.filter((d) => d.file === file).map(line);
  }
  const result = await validateWorkspace(workspaceWith({ [TARGET]: text, ...(policy === undefined ? {} : { "policies/postmortem.yaml": policy }) }), { now: NOW });
  if (!result.ok) throw new Error("the minimal workspace has no fireline.yaml");
  return result.diagnostics.map(line);
}

describe("postmortem fixtures", () => {
  const cases = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  it("cover the bad inputs the issue lists, and a full postmortem from the example workspace", () => {
    expect(cases).toEqual(
      expect.arrayContaining(["no-front-matter", "broken-front-matter", "heading-levels", "duplicate-sections", "task-items-without-text", "impossible-dates", "owner-names", "example-card-vault-hsm-latency"]),
    );
  });

  it("keep the example's postmortem identical to the one in incidents/", () => {
    expect(readFileSync(join(ROOT, "example-card-vault-hsm-latency", "postmortem.md"), "utf8")).toBe(
      readFileSync(join(REPO, "incidents", "2026-04-08-card-vault-hsm-latency", "postmortem.md"), "utf8"),
    );
  });

  it.each(cases)("%s: parsed model and diagnostics match expected.json", async (name) => {
    const dir = join(ROOT, name);
    const text = readFileSync(join(dir, "postmortem.md"), "utf8");
    const policyText = existsSync(join(dir, "policy.yaml")) ? readFileSync(join(dir, "policy.yaml"), "utf8") : undefined;
    const spec = existsSync(join(dir, "case.json")) ? (JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as Case) : {};
    const policy = resolvePostmortemPolicy(policyText === undefined ? {} : (parse(policyText) as PostmortemPolicyFile));
    const people = spec.workspace === "example" ? examplePeople() : PEOPLE;
    const model = analyzePostmortem(text, {
      sections: policy.matcher,
      placeholders: policy.placeholders,
      ...(policy.blameless.enabled ? { blameless: new BlamelessLinter({ people, ...policy.blameless }) } : {}),
    });
    const actual = { model, diagnostics: await diagnosticsFor(name, text, policyText, spec) };
    const expectedPath = join(dir, "expected.json");
    if (process.env.UPDATE_FIXTURES === "1") writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedPath), `${name}/expected.json is missing; write it with UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});

function examplePeople(): { handle: string; name: string }[] {
  const file = parse(readFileSync(join(REPO, "people.yaml"), "utf8")) as { people: Record<string, { name: string }> };
  return Object.entries(file.people).map(([handle, person]) => ({ handle, name: person.name }));
}
