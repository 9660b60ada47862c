import { describe, expect, it } from "vitest";
import { publicRecords } from "../../src/engine/status/public-records.js";
import { postmortemSummary } from "../../src/engine/status/postmortem-summary.js";
import { edit, workspaceWith } from "../helpers/minimal-workspace.js";
import { t } from "./builders.js";
import { buildMinimal, loadedWorkspace, validWorkspace } from "./site-helpers.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const SECRET = "incidents/2026-03-05-secret-thing/incident.yaml";
const secretIncident = `title: Secret database migration mishap
severity: sev3
status: resolved
public: false
services:
  api: degraded_performance
started_at: 2026-03-05T09:00:00Z
resolved_at: 2026-03-05T10:00:00Z
updates:
  - at: 2026-03-05T09:10:00Z
    status: investigating
    public: true
    message: SECRET-PUBLIC-LOOKING-UPDATE
  - at: 2026-03-05T10:00:00Z
    status: resolved
    message: SECRET-RESOLVED
`;
const withInternalUpdate = edit(INCIDENT, [
  ["    message: We are investigating elevated API errors.\n", "    message: We are investigating elevated API errors.\n  - at: 2026-03-03T09:30:00Z\n    status: identified\n    message: INTERNAL-ONLY pool at 40/40 on db-7\n"],
]);
const withInternalService = `${edit("services.yaml", [])}  vault:
    name: INTERNAL-VAULT
    team: core
    escalation_policy: core-critical
    public: false
`;

describe("what reaches the status page", () => {
  it("leaves out private incidents, internal updates and internal services, in every output file", async () => {
    const site = await buildMinimal(
      {
        [SECRET]: secretIncident,
        [INCIDENT]: withInternalUpdate.replace("services:\n  api: partial_outage", "services:\n  api: partial_outage\n  vault: major_outage"),
        "services.yaml": withInternalService,
      },
      { now: "2026-03-10T00:00:00Z", baseUrl: "https://status.test/" },
    );
    expect(site.size).toBeGreaterThan(20);
    for (const [path, content] of site) {
      for (const secret of ["SECRET", "INTERNAL", "vault", "secret-thing", "db-7"]) expect(content, `${secret} leaked into ${path}`).not.toContain(secret);
    }
    expect(site.get("index.html")).toContain("API errors after deploy");
  });

  it("shows the page as it stood at now: later incidents, updates and resolutions do not exist yet", async () => {
    const workspace = await validWorkspace(workspaceWith());
    const before = publicRecords(workspace, t("2026-03-03T09:15:00Z"));
    expect(before.incidents).toEqual([]);
    const during = publicRecords(workspace, t("2026-03-03T10:00:00Z"));
    expect(during.incidents.map((i) => [i.status, i.updates.length, i.resolvedAt])).toEqual([["investigating", 1, undefined]]);
    const after = publicRecords(workspace, t("2026-03-03T11:00:00Z"));
    expect(after.incidents.map((i) => [i.status, i.updates.length])).toEqual([["resolved", 2]]);
  });

  it("names severities in customer words, falling back to the severity's name", async () => {
    const workspace = await validWorkspace(
      workspaceWith({ "policies/severity.yaml": edit("policies/severity.yaml", [["    name: Major\n", "    name: Major\n    customer_label: Partial outage\n"]]) }),
    );
    expect(publicRecords(workspace, t("2026-03-10T00:00:00Z")).incidents[0]?.severityLabel).toBe("Partial outage");
    const plain = await validWorkspace(workspaceWith());
    expect(publicRecords(plain, t("2026-03-10T00:00:00Z")).incidents[0]?.severityLabel).toBe("Major");
  });

  it("includes a postmortem's summary only once it is published and marked public", async () => {
    const postmortem = (front: string) => `---\n${front}authors: [alice]\n---\n\n## Summary\n\nPUBLIC-SUMMARY\n\n## Timeline\n\nPRIVATE-TIMELINE\n`;
    const summaryOf = async (front: string) => {
      const workspace = await loadedWorkspace(workspaceWith({ "incidents/2026-03-03-api-errors/postmortem.md": postmortem(front) }));
      return publicRecords(workspace, t("2026-03-20T00:00:00Z")).incidents[0]?.postmortem?.summary;
    };
    expect(await summaryOf("status: published\npublished_at: 2026-03-10T00:00:00Z\npublic: true\n")).toBe("PUBLIC-SUMMARY");
    expect(await summaryOf("status: published\npublished_at: 2026-03-10T00:00:00Z\n")).toBeUndefined();
    expect(await summaryOf("status: in-review\npublic: true\n")).toBeUndefined();
    expect(await summaryOf("status: published\npublished_at: 2026-04-10T00:00:00Z\npublic: true\n")).toBeUndefined();
  });

  it("puts components in the configured groups' order and internal services nowhere", async () => {
    const workspace = await validWorkspace(
      workspaceWith({
        "services.yaml": withInternalService,
        "fireline.yaml": edit("fireline.yaml", [["services: [api, web]", "services: [web, vault, api]"]]),
      }),
    );
    const records = publicRecords(workspace, t("2026-03-10T00:00:00Z"));
    expect(records.components.map((c) => [c.id, c.position, c.groupId])).toEqual([
      ["web", 1, "group-core"],
      ["api", 2, "group-core"],
    ]);
    expect(records.groups).toEqual([{ id: "group-core", name: "Core", componentIds: ["web", "api"] }]);
  });
});

describe("the postmortem summary section", () => {
  it("runs from the Summary heading to the next heading of the same level", () => {
    expect(postmortemSummary("# Postmortem\n\n## Summary\n\nA.\n\n### Detail\n\nB.\n\n## Impact\n\nC.\n")).toBe("A.\n\n### Detail\n\nB.");
  });

  it("ignores headings inside code fences and is absent when there is no Summary", () => {
    expect(postmortemSummary("## Summary\n\n```\n## not a heading\n```\n\n## Next\n")).toBe("```\n## not a heading\n```");
    expect(postmortemSummary("## Impact\n\nText.\n")).toBeUndefined();
  });
});
