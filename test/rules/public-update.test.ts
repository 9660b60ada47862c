import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const FIRST_PUBLIC: [string, string] = ["    status: investigating\n    public: true\n", "    status: investigating\n"];
const SECOND_PUBLIC: [string, string] = ["    status: resolved\n    public: true\n", "    status: resolved\n"];

describe("public-without-public-update (FL-409)", () => {
  it("warns about a public incident none of whose updates is public, at its public key", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [FIRST_PUBLIC, SECOND_PUBLIC]) });
    expect(summarize(diagnostics)).toEqual([`FL-409 ${INCIDENT}:4:9 the incident is public but none of its updates is, so the status page shows no message`]);
    expect(diagnostics[0]?.severity).toBe("warning");
    expect(diagnostics[0]?.rule).toBe("public-without-public-update");
    expect(diagnostics[0]?.hint).toBe("Mark at least one update `public: true`, or set the incident's public: false.");
  });

  it("treats updates marked public: false like updates without the key", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [
        ["    status: investigating\n    public: true\n", "    status: investigating\n    public: false\n"],
        ["    status: resolved\n    public: true\n", "    status: resolved\n    public: false\n"],
      ]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-409 ${INCIDENT}:4:9 the incident is public but none of its updates is, so the status page shows no message`]);
  });

  it("warns about a public incident without any updates", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, []).replace(/updates:\n[\s\S]*$/, "updates: []\n") });
    expect(summarize(diagnostics)).toEqual([`FL-409 ${INCIDENT}:4:9 the incident is public but none of its updates is, so the status page shows no message`]);
  });

  it("accepts a public incident with a single public update", async () => {
    expect(summarize(await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [FIRST_PUBLIC]) }))).toEqual([]);
    expect(summarize(await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [SECOND_PUBLIC]) }))).toEqual([]);
  });

  it("accepts an internal incident without public updates", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["\npublic: true\n", "\npublic: false\n"], FIRST_PUBLIC, SECOND_PUBLIC]) });
    expect(summarize(diagnostics)).toEqual([]);
  });
});

describe("status-mismatch (FL-411)", () => {
  it("warns when the status differs from the latest update's, at the status", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["    status: resolved\n", "    status: monitoring\n"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-411 ${INCIDENT}:3:9 status is 'resolved' but the latest update (updates[1]) says 'monitoring'`]);
    expect(diagnostics[0]?.severity).toBe("warning");
    expect(diagnostics[0]?.rule).toBe("status-mismatch");
    expect(diagnostics[0]?.hint).toBe("Add an update for the status change, or correct the status.");
  });

  it("compares with the last update, even when an earlier one has the same status", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [
        ["    status: investigating\n", "    status: resolved-first\n"],
        ["    status: resolved\n", "    status: investigating\n"],
        ["    status: resolved-first\n", "    status: resolved\n"],
      ]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-411 ${INCIDENT}:3:9 status is 'resolved' but the latest update (updates[1]) says 'investigating'`]);
  });

  it("names the last update when there are many", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: `${edit(INCIDENT, [])}  - at: 2026-03-03T10:45:00Z
    status: monitoring
    message: Watching error rates after the fix.
`,
    });
    expect(summarize(diagnostics)).toEqual([`FL-411 ${INCIDENT}:3:9 status is 'resolved' but the latest update (updates[2]) says 'monitoring'`]);
  });

  it("does not compare statuses when there are no updates", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["\npublic: true\n", "\npublic: false\n"]]).replace(/updates:\n[\s\S]*$/, "updates: []\n"),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });
});
