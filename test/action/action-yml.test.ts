import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readInputs } from "../../src/action/action-inputs.js";
import { renderActionTables, withActionTables } from "../../scripts/action-readme-table.js";
import { recordingRuntime } from "../helpers/recording-runtime.js";

const ROOT = new URL("../../", import.meta.url);
const actionYml = readFileSync(new URL("action.yml", ROOT), "utf8");
const action = parse(actionYml) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};

describe("action.yml", () => {
  it("runs the committed bundle on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("describes every input and output", () => {
    for (const [name, entry] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(entry.description?.length ?? 0, `${name} has no description`).toBeGreaterThan(10);
    }
    expect(action.inputs.token?.default).toBe("${{ github.token }}");
  });

  it("declares exactly the inputs the Action reads", () => {
    const asked = new Set<string>();
    const runtime = recordingRuntime({ command: "validate" }, process.cwd());
    readInputs({
      ...runtime,
      input: (name) => {
        asked.add(name);
        return runtime.input(name);
      },
    });
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it("declares every output the Action sets", () => {
    const dir = new URL("src/action/", ROOT);
    const set = new Set<string>();
    for (const file of readdirSync(dir)) {
      for (const match of readFileSync(new URL(file, dir), "utf8").matchAll(/setOutput\("([\w-]+)"/g)) set.add(match[1] ?? "");
    }
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it("matches the README's inputs and outputs tables (otherwise run npm run readme:action)", () => {
    const readme = readFileSync(new URL("README.md", ROOT), "utf8");
    expect(readme, "README.md has no generated Action tables").toContain(renderActionTables(actionYml).split("\n")[0]);
    expect(withActionTables(readme, actionYml) === readme, "the README's Action tables are stale: run npm run readme:action").toBe(true);
  });

  it("names each command's permissions in the README", () => {
    const readme = readFileSync(new URL("README.md", ROOT), "utf8");
    for (const permission of ["`contents: read`", "`pages: write`, `id-token: write`", "`issues: write`", "`contents: write`, `pull-requests: write`"]) {
      expect(readme).toContain(permission);
    }
  });
});

describe("the README's workflows to copy", () => {
  const readme = readFileSync(new URL("README.md", ROOT), "utf8");
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  /** Comments, blank lines and this repository's `uses: ./` aside, a copy must be the workflow itself. */
  const normalise = (text: string) =>
    text
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
      .join("\n")
      .replaceAll("uses: ./", "uses: OWNER/fireline@FULL_COMMIT_SHA # v1");

  it.each(["validate.yml", "status-page.yml", "daily.yml"])("gives %s as it is in .github/workflows", (file) => {
    const workflow = normalise(readFileSync(new URL(`.github/workflows/${file}`, ROOT), "utf8"));
    const name = workflow.split("\n")[0] ?? "";
    const copy = blocks.map(normalise).find((block) => block.startsWith(name));
    expect(copy, `no README block starts with "${name}"`).toBeDefined();
    expect(copy).toBe(workflow);
  });
});
