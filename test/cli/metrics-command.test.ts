import { describe, expect, it } from "vitest";
import { metricsWorkspaceFiles, writeMetricsWorkspace } from "../helpers/metrics-workspace.js";
import { runCli } from "../helpers/run-cli.js";

/** The fixture's first quarter of 2026 (test/helpers/metrics-workspace.ts has the hand computation). */
const QUARTER = ["--from", "2026-01", "--to", "2026-03", "--now", "2026-03-21T12:00:00Z"];

describe("fireline metrics", () => {
  it("prints the lifecycle table with median, p90, mean and what was left out", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Test Org: incidents that started 2026-01-01 to 2026-03-31 (Europe/Berlin), as of 2026-03-21 13:00");
    expect(run.stdout).toContain("Incidents    7 (1 open, 1 reopened)\nBy severity  sev1 2 · sev2 3 · sev3 1 · sev4 1\n");
    expect(run.stdout).toContain(
      [
        "                            median         p90    mean  n  left out",
        "Time to detect (MTTD)          20m      1h 00m     25m  5  1 missing, 1 out of order",
        "Time to acknowledge (MTTA)     13m      3h 00m     38m  6  1 missing",
        "Time to mitigate (MTTM)     1h 20m  1d 00h 00m  5h 02m  6  1 missing",
        "Time to resolve (MTTR)      5h 00m  1d 01h 00m  8h 10m  6  1 missing",
      ].join("\n"),
    );
  });

  it("lists breaches, overdue postmortems, overdue action items and recurrences", async () => {
    const { stdout } = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER]);
    expect(stdout).toContain("  Response    4 of 5 met (80%), 1 breached; 2 not measured\n  Resolution  4 of 7 met (57%), 3 breached\n");
    expect(stdout).toContain("    2026-03-05-slow-background-jobs          sev3  resolution  target 24h  open for 16d 02h 00m  15d 02h 00m over\n");
    expect(stdout).toContain("  5 required: 3 written, 2 published; on time 1 of 4 due (25%), 1 late, 2 overdue, 1 pending; 1 voluntary\n");
    expect(stdout).toContain("    20 days late  due 2026-03-01  @bob  Raise the pool size (2026-01-31-payment-timeouts)\n");
    expect(stdout).toContain("  2026-02-10-api-pool-exhausted repeats 2025-12-15-db-pool-saturation (57 days earlier): services api; tags database, connection-pool; titles 17% alike\n");
  });

  it("heads the postmortems with the severities the policy requires one for, and counts the incidents only a trigger requires one for", async () => {
    const plain = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER]);
    expect(plain.stdout).toContain("\nPostmortems (required for sev1 and sev2)\n");
    // The sev4 dashboard incident lost data: its postmortem is owed by that trigger, not by sev4's policy.
    const path = "incidents/2026-03-10-dashboard-colour/incident.yaml";
    const triggered = `${metricsWorkspaceFiles()[path] ?? ""}postmortem_triggers: [data_loss]\n`;
    const dir = writeMetricsWorkspace({ [path]: triggered });
    const run = await runCli(["metrics", "--dir", dir, ...QUARTER]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("\nPostmortems (required for sev1, sev2 and 1 incident by trigger)\n  6 required: 4 written, 3 published;");
    expect(run.stdout).toContain("; 0 voluntary\n");
    const json = JSON.parse((await runCli(["metrics", "--dir", dir, ...QUARTER, "--format", "json"])).stdout) as { postmortems: unknown };
    expect(json.postmortems).toMatchObject({ required_for: ["sev1", "sev2"], required: 6, by_trigger: 1, voluntary: 0 });
  });

  it("adds a row per group with --by, and the months are the organisation's calendar months", async () => {
    const { stdout } = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER, "--by", "month"]);
    expect(stdout).toContain(
      [
        "By month  incidents  open  MTTD median  MTTA median  MTTM median  MTTR median    MTTR p90",
        "Jan 2026          1     0          10m           5m       1h 40m       4h 00m      4h 00m",
        "Feb 2026          3     0          13m          10m       1h 00m       6h 00m     10h 00m",
        "Mar 2026          3     1          45m          15m      12h 15m      13h 00m  1d 01h 00m",
      ].join("\n"),
    );
  });

  it("writes versioned JSON with durations in minutes", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER, "--format", "json", "--by", "severity"]);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: 1,
      organization: "Test Org",
      time_zone: "Europe/Berlin",
      period: { from: "2025-12-31T23:00:00Z", to: "2026-03-31T22:00:00Z" },
      now: "2026-03-21T12:00:00Z",
      total: { incidents: 7, mttr: { n: 6, missing: 1, out_of_order: 0, median_minutes: 300, p90_minutes: 1500, mean_minutes: 490 } },
      by: "severity",
      postmortems: { required: 5, on_time: 1, on_time_percent: 25 },
      action_items: { total: 6, done: 3, overdue: 1, completion_percent: 50 },
      recurrence: { window: "180d", recurrences: [{ incident: "2026-02-10-api-pool-exhausted", days_apart: 57 }] },
    });
    expect((json.groups as unknown[]).length).toBe(4);
  });

  it("writes CSV with one row per group whose counts add up to the total", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER, "--format", "csv", "--by", "severity"]);
    const rows = run.stdout.trimEnd().split("\n").map((line) => line.split(","));
    expect(rows[0]?.slice(0, 5)).toEqual(["group", "label", "incidents", "open", "reopened"]);
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ["sev1", "Critical", "2"],
      ["sev2", "Major", "3"],
      ["sev3", "Moderate", "1"],
      ["sev4", "Low", "1"],
    ]);
    const mttrMedian = rows[0]?.indexOf("mttr_median_minutes") ?? -1;
    expect(rows[1]?.[mttrMedian]).toBe("300");
  });

  it("writes markdown for a job summary: tables, long lists folded, definitions last", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace(), ...QUARTER, "--format", "markdown", "--by", "quarter"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## Incident metrics: Test Org\n/);
    expect(run.stdout).toContain("| Time to resolve (MTTR) | 5h 00m | 1d 01h 00m | 8h 10m | 6 | 1 missing |");
    expect(run.stdout).toContain("| Q1 2026 | 7 | 1 |");
    expect(run.stdout).toContain("<details><summary>4 breaches</summary>");
    expect(run.stdout).toContain("- **Median, p90, mean**: Median: the middle value");
    expect(Buffer.byteLength(run.stdout)).toBeLessThan(64 * 1024);
  });

  it("reads --from and --to as whole months or days in the organisation's zone, --to included", async () => {
    const dir = writeMetricsWorkspace();
    const february = await runCli(["metrics", "--dir", dir, "--from", "2026-02", "--to", "2026-02", "--now", "2026-03-21T12:00:00Z", "--format", "json"]);
    expect(JSON.parse(february.stdout)).toMatchObject({ period: { from: "2026-01-31T23:00:00Z", to: "2026-02-28T23:00:00Z" }, total: { incidents: 3 } });
    const oneDay = await runCli(["metrics", "--dir", dir, "--from", "2026-02-01", "--to", "2026-02-01", "--now", "2026-03-21T12:00:00Z", "--format", "json"]);
    expect(JSON.parse(oneDay.stdout)).toMatchObject({ total: { incidents: 1, key: "all" } });
  });

  it("exits 2 with a clear message when --from is after --to", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace(), "--from", "2026-03-01", "--to", "2026-02-01"]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "fireline: --from 2026-03-01 is not before --to 2026-02-01: the period would be empty\nhint: Give --from an earlier date than --to; --to includes the day or month it names.\n",
    });
  });

  it("exits 2 for a date that is not one, or a time that cannot be read", async () => {
    const dir = writeMetricsWorkspace();
    const badDate = await runCli(["metrics", "--dir", dir, "--from", "2026-02-30"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toBe("fireline: --from '2026-02-30' is not a date in the calendar\nhint: Write a date as YYYY-MM-DD (2026-03-01) or a month as YYYY-MM (2026-03).\n");
    const garbage = await runCli(["metrics", "--dir", dir, "--to", "last tuesday"]);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain("fireline: --to must be a date (2026-03-01), a month (2026-03) or a time (2026-03-01T09:00:00Z, or 2026-03-01T10:00 in Europe/Berlin), got 'last tuesday'");
    expect(garbage.stderr).not.toContain("    at ");
  });

  it("exits 2 naming the allowed groups and formats for a bad --by or --format", async () => {
    const by = await runCli(["metrics", "--by", "team"]);
    expect(by.code).toBe(2);
    expect(by.stderr).toContain("Allowed choices are severity, service, month, quarter");
    const format = await runCli(["metrics", "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("Allowed choices are human, json, markdown, csv");
  });

  it("exits 2 for a recurrence window that is not a duration", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace(), "--recurrence-window", "six months"]);
    expect(run).toMatchObject({ code: 2, stderr: "fireline: --recurrence-window must be a duration such as 90d, 12w or 72h, got 'six months'\n" });
  });

  it("exits 2 when the folder is not a workspace", async () => {
    const run = await runCli(["metrics", "--dir", writeMetricsWorkspace({ "fireline.yaml": null })]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a fireline workspace: it has no fireline.yaml");
  });

  it("still prints the numbers but exits 1 and says so when an incident file does not load", async () => {
    const dir = writeMetricsWorkspace({ "incidents/2026-03-10-dashboard-colour/incident.yaml": "title: [unclosed\n" });
    const run = await runCli(["metrics", "--dir", dir, ...QUARTER]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Incidents    6 (1 open, 1 reopened)");
    expect(run.stdout).toContain("Not counted: 1 incident folder whose incident.yaml is missing or invalid (run fireline validate): 2026-03-10-dashboard-colour");
    expect(run.stderr).toMatch(/^fireline: the workspace has \d+ errors? in files that did not load; the numbers leave those files out\. Run fireline validate to see them\.\n$/);
  });

  it("prints zeros and dashes, in every format, for a period without incidents", async () => {
    const dir = writeMetricsWorkspace();
    const empty = ["--from", "2030-01", "--to", "2030-02", "--now", "2030-03-01T00:00:00Z", "--by", "month"];
    const human = await runCli(["metrics", "--dir", dir, ...empty]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("Incidents    0 (0 open, 0 reopened)");
    expect(human.stdout).toContain("Time to resolve (MTTR)           -    -     -  0");
    expect(human.stdout).toContain("Jan 2030          0     0            -            -            -            -         -");
    for (const format of ["json", "markdown", "csv"]) {
      const run = await runCli(["metrics", "--dir", dir, ...empty, "--format", format]);
      expect(run, format).toMatchObject({ code: 0, stderr: "" });
    }
  });

  it("gives byte-identical output for the same workspace and --now", async () => {
    const dir = writeMetricsWorkspace();
    const first = await runCli(["metrics", "--dir", dir, ...QUARTER, "--format", "json"]);
    const second = await runCli(["metrics", "--dir", dir, ...QUARTER, "--format", "json"]);
    expect(second.stdout).toBe(first.stdout);
  });
});
