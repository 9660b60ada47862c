import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, POSTMORTEM_BODY, diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const INCIDENT_TEXT = MINIMAL_WORKSPACE[INCIDENT] ?? "";

/** Moves the minimal incident to another folder, optionally with other incident.yaml text. */
function inFolder(folder: string, text = INCIDENT_TEXT): Record<string, string | null> {
  return { [INCIDENT]: null, [`incidents/${folder}/incident.yaml`]: text };
}

/** The minimal incident with started_at changed; the other timestamps stay after it. */
function startedAt(instant: string): string {
  return edit(INCIDENT, [["started_at: 2026-03-03T09:12:00Z", `started_at: ${instant}`]]);
}

describe("incident-folder-name (FL-401)", () => {
  it("reports a folder without a date, at the start of its incident.yaml", async () => {
    const diagnostics = await diagnosticsFor(inFolder("api-errors"));
    expect(summarize(diagnostics)).toEqual(["FL-401 incidents/api-errors/incident.yaml:1:1 the incident folder 'incidents/api-errors' is not named YYYY-MM-DD-slug"]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("incident-folder-name");
  });

  it.each([
    ["a date without a slug", "2026-03-03"],
    ["a date that does not exist", "2026-02-30-api-errors"],
    ["a thirteenth month", "2026-13-03-api-errors"],
    ["an upper-case slug", "2026-03-03-API-errors"],
    ["a slug with a double dash", "2026-03-03-api--errors"],
    ["a slug with a trailing dash", "2026-03-03-api-errors-"],
    ["a slug with an underscore", "2026-03-03-api_errors"],
    ["a date without dashes", "20260303-api-errors"],
  ])("reports %s", async (_what, folder) => {
    const diagnostics = await diagnosticsFor(inFolder(folder));
    expect(summarize(diagnostics)).toEqual([`FL-401 incidents/${folder}/incident.yaml:1:1 the incident folder 'incidents/${folder}' is not named YYYY-MM-DD-slug`]);
  });

  it("accepts a slug of digits and dashed words", async () => {
    expect(summarize(await diagnosticsFor(inFolder("2026-03-03-db2-failover-eu-west-1")))).toEqual([]);
  });

  it("reports a badly named folder that has no incident.yaml at the folder itself", async () => {
    const diagnostics = await diagnosticsFor({
      "incidents/notes/postmortem.md": `---\nstatus: draft\nauthors: [alice]\n---\n${POSTMORTEM_BODY}`,
    });
    expect(summarize(diagnostics)).toEqual([
      "FL-401 incidents/notes:1:1 the incident folder 'incidents/notes' is not named YYYY-MM-DD-slug",
      "FL-410 incidents/notes:1:1 the incident folder incidents/notes has no incident.yaml",
    ]);
  });

  it("still reports a badly named folder whose incident.yaml does not load", async () => {
    const diagnostics = await diagnosticsFor(inFolder("api-errors", INCIDENT_TEXT.replace("public: true\nservices", "public: maybe\nservices")));
    expect(summarize(diagnostics)).toEqual([
      "FL-401 incidents/api-errors/incident.yaml:1:1 the incident folder 'incidents/api-errors' is not named YYYY-MM-DD-slug",
      "FL-201 incidents/api-errors/incident.yaml:4:9 public must be true or false, got 'maybe'",
    ]);
  });
});

describe("incident-date-mismatch (FL-402)", () => {
  it("reports a folder date that is not the day started_at falls on, at started_at", async () => {
    const diagnostics = await diagnosticsFor(inFolder("2026-03-04-api-errors"));
    expect(summarize(diagnostics)).toEqual([
      "FL-402 incidents/2026-03-04-api-errors/incident.yaml:9:13 the folder says 2026-03-04 but started_at 2026-03-03T09:12:00Z is on 2026-03-03",
    ]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("incident-date-mismatch");
  });

  it("accepts a folder date equal to started_at's date in Europe/Berlin but not in UTC", async () => {
    // 23:30 UTC on the 2nd is 00:30 on the 3rd in Berlin.
    expect(summarize(await diagnosticsFor({ [INCIDENT]: startedAt("2026-03-02T23:30:00Z") }))).toEqual([]);
  });

  it("accepts a folder date equal to started_at's date in UTC but not in Europe/Berlin", async () => {
    expect(summarize(await diagnosticsFor(inFolder("2026-03-02-api-errors", startedAt("2026-03-02T23:30:00Z"))))).toEqual([]);
  });

  it("names both days when UTC and the organisation's time zone disagree and the folder matches neither", async () => {
    const diagnostics = await diagnosticsFor(inFolder("2026-03-04-api-errors", startedAt("2026-03-02T23:30:00Z")));
    expect(summarize(diagnostics)).toEqual([
      "FL-402 incidents/2026-03-04-api-errors/incident.yaml:9:13 the folder says 2026-03-04 but started_at 2026-03-02T23:30:00Z is on 2026-03-02 / 2026-03-03",
    ]);
  });

  it("reads the day in the time zone from fireline.yaml, not in a fixed one", async () => {
    const config = edit("fireline.yaml", [["time_zone: Europe/Berlin", "time_zone: America/Los_Angeles"]]);
    // 05:00 UTC on the 3rd is 21:00 on the 2nd in Los Angeles, and 06:00 on the 3rd in Berlin.
    const started = startedAt("2026-03-03T05:00:00Z");
    expect(summarize(await diagnosticsFor({ "fireline.yaml": config, ...inFolder("2026-03-02-api-errors", started) }))).toEqual([]);
    expect(summarize(await diagnosticsFor(inFolder("2026-03-02-api-errors", started)))).toEqual([
      "FL-402 incidents/2026-03-02-api-errors/incident.yaml:9:13 the folder says 2026-03-02 but started_at 2026-03-03T05:00:00Z is on 2026-03-03",
    ]);
  });

  it("compares the instant, not the date written in started_at's own offset", async () => {
    // 20:00 on the 2nd in New York is 01:00 on the 3rd in UTC and 02:00 on the 3rd in Berlin.
    const diagnostics = await diagnosticsFor(inFolder("2026-03-02-api-errors", startedAt("2026-03-02T20:00:00-05:00")));
    expect(summarize(diagnostics)).toEqual([
      "FL-402 incidents/2026-03-02-api-errors/incident.yaml:9:13 the folder says 2026-03-02 but started_at 2026-03-02T20:00:00-05:00 is on 2026-03-03",
    ]);
  });
});
