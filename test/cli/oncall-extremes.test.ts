import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const ROTATION = "rotations/core-primary.yaml";
const rotation = MINIMAL_WORKSPACE[ROTATION] ?? "";

/** Values the schema accepts at the edges of Temporal's range, which once made time arithmetic throw. */
const EXTREMES: Record<string, Record<string, string>> = {
  "the longest shift": { [ROTATION]: rotation.replace("shift: 1w", "shift: 9999w") },
  "a layer starting at the end of the calendar": { [ROTATION]: `${rotation.replace("effective_from: 2026-01-05T09:00:00+01:00", "effective_from: +275760-09-01T00:00:00Z")}coverage: 24x7\nmax_shift: 9999w\n` },
  "a layer starting at the beginning of the calendar": { [ROTATION]: rotation.replace("effective_from: 2026-01-05T09:00:00+01:00", "effective_from: -271821-04-20T00:00:00Z") },
  "overrides at both ends of the calendar": {
    [ROTATION]: `${rotation}max_shift: 9999w\noverrides:\n  - person: bob\n    from: +275760-09-10T00:00:00Z\n    to: +275760-09-12T00:00:00Z\n  - person: bob\n    from: -271821-04-20T00:00:00Z\n    to: -271821-04-22T00:00:00Z\n`,
  },
  "the longest escalation": { "policies/escalation.yaml": (MINIMAL_WORKSPACE["policies/escalation.yaml"] ?? "").replace("escalate_after: 5m", "escalate_after: 9999w").replace("repeat: 3", "repeat: 9") },
};

const COMMANDS = [["validate"], ["oncall", "--at", "2026-03-04T12:00"], ["oncall", "report"], ["schedule", "--from", "2026-03-01", "--to", "2026-03-20"], ["escalation"], ["handover"], ["calendars", "--out", "cal"]];

describe("on-call commands at the edges of the calendar", () => {
  it.each(Object.keys(EXTREMES))("never end in an internal error for %s", async (name) => {
    const dir = writeWorkspace(EXTREMES[name]);
    for (const argv of COMMANDS) {
      const run = await runCli([...argv, "--dir", dir], { cwd: dir });
      expect(run.stderr, argv.join(" ")).not.toContain("internal error");
      expect(run.code, `${argv.join(" ")}: ${run.stderr}${run.stdout}`).toBe(0);
    }
  });

  it("rejects values beyond the limits with a positioned error", async () => {
    const run = await runCli(["validate", "--dir", writeWorkspace({ [ROTATION]: rotation.replace("shift: 1w", "shift: 10000w") })]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("6:12    error   layers[0].shift must be a shift length such as 12h, 1d or 1w, got '10000w'  FL-205 bad-format");
    const escalation = await runCli(["validate", "--dir", writeWorkspace({ "policies/escalation.yaml": (MINIMAL_WORKSPACE["policies/escalation.yaml"] ?? "").replace("escalate_after: 5m", "escalate_after: 10000m") })]);
    expect(escalation.stdout).toContain("must be a duration such as 5m, 4h, 2d or 1w, got '10000m'");
    expect((await runCli(["oncall", "--dir", writeWorkspace(), "--at", "+275000-01-01T00:00:00Z"])).stderr).toBe(
      "fireline: --at must be a time between the years 1000 and 9999, got '+275000-01-01T00:00:00Z'\n",
    );
  });
});
