import { describe, expect, it } from "vitest";
import { copyExampleWorkspace, OPEN_INCIDENT } from "../helpers/example-workspace.js";
import { runCli } from "../helpers/run-cli.js";

// The example organisation is in Europe/Berlin, which leaves summer time on 25 October 2026 at 03:00.
const env = { FIRELINE_NOW: "2026-11-23T12:00:00Z" };

async function declaredTimes(dir: string, ...times: string[]): Promise<{ started_at: string; detected_at: string }> {
  const run = await runCli(
    ["incident", "declare", "--dir", dir, "--title", "Clock test", "--severity", "sev3", "--service", "payments-api", "--commander", "alice", "--dry-run", "--format", "json", ...times],
    { env },
  );
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { incident: { started_at: string; detected_at: string } }).incident;
}

describe("incident commands read a time without an offset in the organisation's time zone", () => {
  it("reads --at and --started-at on either side of the end of summer time with that day's offset", async () => {
    const dir = copyExampleWorkspace();
    expect(await declaredTimes(dir, "--started-at", "2026-10-24T10:00", "--at", "2026-10-26T10:00")).toEqual(
      expect.objectContaining({ started_at: "2026-10-24T08:00:00Z", detected_at: "2026-10-26T09:00:00Z" }),
    );
  });

  it("keeps a time with an offset as written", async () => {
    const dir = copyExampleWorkspace();
    expect(await declaredTimes(dir, "--at", "2026-10-26T10:00:00Z")).toMatchObject({ detected_at: "2026-10-26T10:00:00Z" });
  });

  it("records an update's local --at in UTC in the timeline", async () => {
    const dir = copyExampleWorkspace();
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", dir, "--message", "Still rolling out.", "--at", "2026-11-23T11:05", "--dry-run"], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("+  - at: 2026-11-23T10:05:00Z");
  });

  it("names the zone when a time cannot be read", async () => {
    const run = await runCli(["incident", "resolve", OPEN_INCIDENT, "--dir", copyExampleWorkspace(), "--message", "Done.", "--at", "yesterday"], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--at must be a time such as 2026-03-03T09:12:00Z or 2026-03-03T10:12 (read in Europe/Berlin), got 'yesterday'");
  });
});
