import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE } from "../../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../../helpers/run-cli.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const SEV3_DATA_LOSS = (MINIMAL_WORKSPACE[INCIDENT] ?? "").replace("severity: sev2", "severity: sev3").replace("started_at:", "postmortem_triggers: [data_loss]\nstarted_at:");

describe("every command that decides whether a postmortem is owed asks postmortemRequirement", () => {
  it("fireline metrics counts a sev3 incident with data loss as owing a postmortem", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV3_DATA_LOSS });
    const run = await runCli(["metrics", "--dir", dir, "--from", "2026-03", "--to", "2026-03", "--now", "2026-03-25T09:00:00Z", "--format", "json"]);
    const json = JSON.parse(run.stdout) as { postmortems: { required: number; overdue: number } };
    expect(json.postmortems).toMatchObject({ required: 1, overdue: 1 });
  });

  it("fireline deadlines lists it as overdue and says which trigger applies", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV3_DATA_LOSS });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-25T09:00:00Z"]);
    expect(run.stdout).toContain("2026-03-03-api-errors (sev3, not started, commander @alice; 10 business days; postmortem required: data loss)");
    const json = JSON.parse((await runCli(["deadlines", "--dir", dir, "--now", "2026-03-25T09:00:00Z", "--format", "json"])).stdout) as { postmortems: { triggers?: string[] }[] };
    expect(json.postmortems[0]?.triggers).toEqual(["data loss"]);
  });

  it("fireline postmortem new gives the triggered postmortem its due date", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV3_DATA_LOSS });
    const run = await runCli(["postmortem", "new", "2026-03-03-api-errors", "--dir", dir, "--dry-run"]);
    expect(`${run.stdout}${run.stderr}`).toContain("2026-03-17");
  });

  it("none of them owe one for the same incident without the trigger", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV3_DATA_LOSS.replace("postmortem_triggers: [data_loss]\n", "") });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-25T09:00:00Z"]);
    expect(run.stdout).not.toContain("2026-03-03-api-errors");
  });
});
