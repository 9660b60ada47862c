import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { YAML_OPTIONS } from "../../src/load/yaml-options.js";
import { copyExampleWorkspace, OPEN_INCIDENT } from "../helpers/example-workspace.js";

const run = promisify(execFile);
const BIN = new URL("../../bin/fireline.js", import.meta.url).pathname;
const PARALLEL = 6;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function fireline(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("parallel edits of one incident", () => {
  beforeAll(() => {
    // These tests run the built CLI in separate processes; `npm test` builds first.
    if (!existsSync(new URL("../../build/src/commands/incident-edit.js", import.meta.url))) throw new Error("run `npm run build` first");
  });

  it(`lands every one of ${PARALLEL} updates started at once, or fails one clearly; nothing is lost`, async () => {
    const dir = copyExampleWorkspace();
    const messages = Array.from({ length: PARALLEL }, (_, i) => `Parallel update ${i + 1}.`);
    const outcomes = await Promise.all(messages.map((message) => fireline(["incident", "update", OPEN_INCIDENT, "--dir", dir, "--message", message, "--format", "json"])));
    const file = readFileSync(join(dir, "incidents", OPEN_INCIDENT, "incident.yaml"), "utf8");
    const updates = (parse(file, YAML_OPTIONS) as { updates: { message: string }[] }).updates.map((update) => update.message);
    outcomes.forEach((outcome, i) => {
      if (outcome.code === 0) expect(updates).toContain(messages[i]);
      else {
        expect(outcome.code).toBe(1);
        expect(outcome.stderr).toMatch(/kept changing|is being edited by/);
        expect(updates).not.toContain(messages[i]);
      }
    });
    expect(updates).toHaveLength(5 + outcomes.filter((outcome) => outcome.code === 0).length);
    expect(outcomes.filter((outcome) => outcome.code === 0).length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(join(dir, "incidents", OPEN_INCIDENT))).toEqual(["incident.yaml"]);
  });

  it("gives two incidents declared at once with the same title two ids", async () => {
    const dir = copyExampleWorkspace();
    const args = ["incident", "declare", "--dir", dir, "--title", "Dashboard slow", "--severity", "sev3", "--service", "merchant-dashboard", "--format", "json"];
    const outcomes = await Promise.all([fireline(args), fireline(args)]);
    expect(outcomes.map((outcome) => outcome.code)).toEqual([0, 0]);
    const ids = outcomes.map((outcome) => (JSON.parse(outcome.stdout) as { id: string }).id).sort();
    expect(ids[1]).toBe(`${ids[0] ?? ""}-2`);
  });
});
