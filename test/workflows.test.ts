import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { workflowProblems } from "./helpers/workflow-lint.js";

const DIR = new URL("../.github/workflows/", import.meta.url);
const FILES = readdirSync(DIR).filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"));

describe("the repository's workflows", () => {
  it("are the four the README describes", () => {
    expect(FILES.sort()).toEqual(["ci.yml", "daily.yml", "status-page.yml", "validate.yml"]);
  });

  it.each(FILES)("%s parses and follows the rules: permissions per job, pinned actions, no pull_request_target", async (name) => {
    expect(await workflowProblems(name, readFileSync(new URL(name, DIR), "utf8"))).toEqual([]);
  });
});

describe("the workflow check", () => {
  const good = `on: pull_request
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: ./
`;

  it("accepts a pinned, least-privilege workflow", async () => {
    expect(await workflowProblems("good.yml", good)).toEqual([]);
  });

  it.each([
    ["a tag instead of a SHA", good.replace("@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1", "@v7"), "not pinned to a full commit SHA"],
    ["a SHA without its tag", good.replace(" # v7.0.1", ""), "has no '# vX' tag comment"],
    ["a job without permissions", good.replace("    permissions: { contents: read }\n", ""), "job a has no permissions"],
    ["no default permissions", good.replace("permissions: {}\n", ""), "no top-level permissions"],
    ["pull_request_target", good.replace("on: pull_request", "on: pull_request_target"), "pull_request_target is not allowed"],
    ["a misspelt permission", good.replace("contents: read", "contents: raed"), "Unexpected value 'raed'"],
    ["an unknown key", good.replace("runs-on:", "run-on:"), "run-on"],
  ])("rejects %s", async (_, text, problem) => {
    expect((await workflowProblems("bad.yml", text)).join("\n")).toContain(problem);
  });
});
