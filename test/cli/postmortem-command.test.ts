import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { edit } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const ID = "2026-03-03-api-errors";
const INCIDENT = `incidents/${ID}/incident.yaml`;
const POSTMORTEM = `incidents/${ID}/postmortem.md`;
/** A sev1 resolved on Tuesday 2026-03-03: its postmortem is due five business days later, Tuesday 2026-03-10. */
const SEV1 = edit(INCIDENT, [
  ["severity: sev2", "severity: sev1"],
  ["roles:\n  commander: alice", "roles:\n  commander: alice\n  communications: bob"],
  ["title: API errors after deploy\n", "title: API errors after deploy\nsummary: >-\n  A deploy exhausted the\n  connection pool.\n"],
]);

describe("fireline postmortem new", () => {
  it("writes a draft pre-filled from incident.yaml: summary, impact, roles, due date and timeline in the organisation's time zone", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV1 });
    const run = await runCli(["postmortem", "new", ID], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${POSTMORTEM} (draft, due 2026-03-10, from built-in templates/postmortem.md.hbs)\nnext: replace the TODO paragraphs, add action items, then run fireline validate\n`);
    const text = readFileSync(join(dir, POSTMORTEM), "utf8");
    expect(text.startsWith("---\nstatus: draft\nauthors: [alice]\n---\n\n# Postmortem: API errors after deploy\n")).toBe(true);
    expect(text).toContain("_Draft. Due 2026-03-10: 5 business days after resolution.");
    expect(text).toContain("- **Date:** 2026-03-03, 10:12–11:40 Europe/Berlin\n- **Severity:** Sev1 (Critical)\n- **Affected:** API (partial outage)\n");
    expect(text).toContain("- **Incident commander:** Alice Example (@alice)\n- **Communications lead:** Bob Example (@bob)\n");
    expect(text).toContain("\nA deploy exhausted the connection pool.\n");
    expect(text).toContain("- API: partial outage\n- Customer impact lasted 50 minutes.\n");
    expect(text).toContain(
      [
        "All times Europe/Berlin.",
        "",
        "- 10:12 — Impact begins.",
        "- 10:15 — Detected.",
        "- 10:17 — Acknowledged by the on-call responder.",
        "- 10:20 — Status page: Investigating. We are investigating elevated API errors.",
        "- 11:02 — Customer impact ends (mitigated).",
        "- 11:40 — Status page: Resolved. The issue is resolved.",
        "",
      ].join("\n"),
    );
  });

  it("writes a draft that validates without errors or warnings, only notices for the sections still to write", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV1 });
    await runCli(["postmortem", "new", ID], { cwd: dir });
    const run = await runCli(["validate", "--format", "json", "--now", "2026-03-05T09:00:00Z"], { cwd: dir });
    const report = JSON.parse(run.stdout) as { summary: Record<string, number>; diagnostics: { code: string; severity: string }[] };
    expect(run.code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(new Set(report.diagnostics.map((d) => `${d.code} ${d.severity}`))).toEqual(new Set(["FL-704 notice"]));
  });

  it("refuses to overwrite an existing postmortem, and replaces it with --force", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV1, [POSTMORTEM]: "---\nstatus: draft\nauthors: [bob]\n---\n\nMy notes.\n" });
    const refused = await runCli(["postmortem", "new", ID, "--dir", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`fireline: ${POSTMORTEM} already exists; fireline does not overwrite it\nhint: Edit the file, or pass --force to replace it with a new draft.\n`);
    expect(readFileSync(join(dir, POSTMORTEM), "utf8")).toContain("My notes.");
    const forced = await runCli(["postmortem", "new", ID, "--dir", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, POSTMORTEM), "utf8")).toContain("# Postmortem: API errors after deploy");
  });

  it("prints the draft with --dry-run and writes nothing", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV1 });
    const run = await runCli(["postmortem", "new", ID, "--dir", dir, "--dry-run", "--author", "@bob", "alice"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("authors: [bob, alice]");
    expect(existsSync(join(dir, POSTMORTEM))).toBe(false);
  });

  it("uses the workspace's own templates/postmortem.md.hbs", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV1 });
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "postmortem.md.hbs"), "---\nstatus: draft\nauthors: [{{authors.[0]}}]\n---\n\n# {{title}} ({{severity}}, due {{due.date}})\n");
    const run = await runCli(["postmortem", "new", ID, "--dir", dir]);
    expect(run.stdout).toContain("from templates/postmortem.md.hbs");
    expect(readFileSync(join(dir, POSTMORTEM), "utf8")).toBe("---\nstatus: draft\nauthors: [alice]\n---\n\n# API errors after deploy (Sev1 (Critical), due 2026-03-10)\n");
  });

  it("names the template when it does not compile", async () => {
    const dir = writeWorkspace({ [INCIDENT]: SEV1 });
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "postmortem.md.hbs"), "# {{#each roles}}{{label}}\n");
    const run = await runCli(["postmortem", "new", ID, "--dir", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fireline: templates\/postmortem\.md\.hbs: Parse error/);
    expect(existsSync(join(dir, POSTMORTEM))).toBe(false);
  });

  it("suggests the incident id when the one given does not exist", async () => {
    const run = await runCli(["postmortem", "new", "2026-03-03-api", "--dir", writeWorkspace()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fireline: no incident '2026-03-03-api'; did you mean '${ID}'?`);
  });

  it("finds the incident from its slug or the end of its id, as the incident commands do", async () => {
    for (const given of ["api-errors", "errors"]) {
      const dir = writeWorkspace({ [INCIDENT]: SEV1 });
      const run = await runCli(["postmortem", "new", given, "--dir", dir]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain(`/${POSTMORTEM} (draft, due 2026-03-10,`);
      expect(readFileSync(join(dir, POSTMORTEM), "utf8")).toContain("# Postmortem: API errors after deploy");
    }
  });

  it("lists the candidates and writes nothing when the end of an id fits several incidents", async () => {
    const other = "2026-03-04-web-api-errors";
    const dir = writeWorkspace({ [INCIDENT]: SEV1, [`incidents/${other}/incident.yaml`]: SEV1 });
    const run = await runCli(["postmortem", "new", "errors", "--dir", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fireline: 'errors' names 2 incidents: ${ID}, ${other}\nhint: Give the full id, with its date.\n`);
    expect(existsSync(join(dir, POSTMORTEM))).toBe(false);
  });

  it("asks for --author when the incident has no commander", async () => {
    const dir = writeWorkspace({ [INCIDENT]: edit(INCIDENT, [["severity: sev2", "severity: sev3"], ["roles:\n  commander: alice\n", ""]]) });
    const run = await runCli(["postmortem", "new", ID, "--dir", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("has no commander to name as the author\nhint: Pass --author <handle>.");
  });
});
