import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";
import { listFiles } from "../status-page/site-helpers.js";

const NOW = ["--now", "2026-03-10T10:00:00Z"];

describe("fireline build --calendars", () => {
  it("writes one iCalendar file per rotation and per person into the given site folder", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fireline-site-")), "site");
    const run = await runCli(["build", "--dir", writeWorkspace(), "--out", out, ...NOW, "--calendars", "_internal/oncall"]);
    expect(run.code, run.stderr).toBe(0);
    const calendars = listFiles(out).filter((path) => path.startsWith("_internal/"));
    expect(calendars).toEqual(["_internal/oncall/people/alice.ics", "_internal/oncall/people/bob.ics", "_internal/oncall/rotations/core-primary.ics"]);
    expect(readFileSync(join(out, "_internal/oncall/rotations/core-primary.ics"), "utf8")).toContain("BEGIN:VCALENDAR");
  });

  it("links the calendars from no page, since on-call schedules are internal", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fireline-site-")), "site");
    await runCli(["build", "--dir", writeWorkspace(), "--out", out, ...NOW, "--calendars", "_internal/oncall"]);
    for (const path of listFiles(out).filter((file) => !file.endsWith(".ics"))) {
      expect(readFileSync(join(out, path), "utf8"), path).not.toContain("_internal");
    }
  });

  it("writes no calendars without the option", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fireline-site-")), "site");
    await runCli(["build", "--dir", writeWorkspace(), "--out", out, ...NOW]);
    expect(listFiles(out).filter((path) => path.endsWith(".ics"))).toEqual([]);
  });

  it("refuses a folder that would leave the site", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fireline-site-")), "site");
    const run = await runCli(["build", "--dir", writeWorkspace(), "--out", out, ...NOW, "--calendars", "../outside"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--calendars must be a folder inside the site");
  });
});
