import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const ROTATION = "rotations/core-primary.yaml";
const WINDOW = ["--from", "2026-03-01", "--to", "2026-03-20"];

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  transparency: string;
  startIsUtc: boolean;
}

/** Parses an .ics file with ical.js, a different library from the one that wrote it. */
function parseEvents(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: String(calendar.getFirstPropertyValue("x-wr-calname")),
    events: calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        transparency: String(component.getFirstPropertyValue("transp")),
        startIsUtc: event.startDate.zone === ICAL.Timezone.utcTimezone,
      };
    }),
  };
}

async function writeCalendars(workspace: string): Promise<string> {
  const out = join(workspace, "calendars");
  const run = await runCli(["calendars", "--dir", workspace, "--out", out, ...WINDOW]);
  expect(run.code).toBe(0);
  return out;
}

describe("fireline calendars", () => {
  it("writes one calendar per rotation and per person that another iCalendar library reads back", async () => {
    const workspace = writeWorkspace();
    const out = await writeCalendars(workspace);
    expect(readdirSync(join(out, "rotations"))).toEqual(["core-primary.ics"]);
    expect(readdirSync(join(out, "people")).sort()).toEqual(["alice.ics", "bob.ics"]);
    const rotation = parseEvents(readFileSync(join(out, "rotations", "core-primary.ics"), "utf8"));
    expect(rotation.name).toBe("On call: Core primary");
    expect(rotation.events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ["Core primary: Bob Example", "2026-02-23T08:00:00.000Z", "2026-03-02T08:00:00.000Z"],
      ["Core primary: Alice Example", "2026-03-02T08:00:00.000Z", "2026-03-09T08:00:00.000Z"],
      ["Core primary: Bob Example", "2026-03-09T08:00:00.000Z", "2026-03-16T08:00:00.000Z"],
      ["Core primary: Alice Example", "2026-03-16T08:00:00.000Z", "2026-03-23T08:00:00.000Z"],
    ]);
    expect(rotation.events.every((e) => e.transparency === "TRANSPARENT" && e.startIsUtc)).toBe(true);
    const alice = parseEvents(readFileSync(join(out, "people", "alice.ics"), "utf8"));
    expect(alice.events.map((e) => [e.summary, e.start])).toEqual([
      ["On call: Core primary", "2026-03-02T08:00:00.000Z"],
      ["On call: Core primary", "2026-03-16T08:00:00.000Z"],
    ]);
    expect(new Set([...rotation.events, ...alice.events].map((e) => e.uid)).size).toBe(rotation.events.length + alice.events.length);
  });

  it("gives byte-identical files on every run", async () => {
    const first = await writeCalendars(writeWorkspace());
    const second = await writeCalendars(writeWorkspace());
    for (const file of ["rotations/core-primary.ics", "people/alice.ics", "people/bob.ics"]) {
      expect(readFileSync(join(second, file), "utf8")).toBe(readFileSync(join(first, file), "utf8"));
    }
  });

  it("keeps the UID of every shift an edit does not touch, and gives a changed shift a new one", async () => {
    const before = parseEvents(readFileSync(join(await writeCalendars(writeWorkspace()), "rotations", "core-primary.ics"), "utf8")).events;
    const withOverride = `${MINIMAL_WORKSPACE[ROTATION] ?? ""}overrides:\n  - person: bob\n    covers: alice\n    from: 2026-03-17T09:00:00+01:00\n    to: 2026-03-18T09:00:00+01:00\n`;
    const after = parseEvents(readFileSync(join(await writeCalendars(writeWorkspace({ [ROTATION]: withOverride })), "rotations", "core-primary.ics"), "utf8")).events;
    const untouched = before.slice(0, 3).map((e) => e.uid);
    expect(after.slice(0, 3).map((e) => e.uid)).toEqual(untouched);
    expect(after.map((e) => e.uid)).not.toContain(before[3]?.uid);
    expect(after.slice(3).map((e) => [e.summary, e.start, e.end])).toEqual([
      ["Core primary: Alice Example", "2026-03-16T08:00:00.000Z", "2026-03-17T08:00:00.000Z"],
      ["Core primary: Bob Example", "2026-03-17T08:00:00.000Z", "2026-03-18T08:00:00.000Z"],
      ["Core primary: Alice Example", "2026-03-18T08:00:00.000Z", "2026-03-23T08:00:00.000Z"],
    ]);
  });

  it("prints one calendar for `schedule --format ical`, and writes the files with --out", async () => {
    const workspace = writeWorkspace();
    const printed = await runCli(["schedule", "--dir", workspace, "--format", "ical", ...WINDOW]);
    expect(printed.code).toBe(0);
    expect(parseEvents(printed.stdout).events).toHaveLength(4);
    const out = join(workspace, "ics");
    const written = await runCli(["schedule", "--dir", workspace, "--format", "ical", "--out", out, ...WINDOW]);
    expect(written.stdout.split("\n").filter(Boolean)).toEqual([
      `wrote ${join(out, "people/alice.ics")}`,
      `wrote ${join(out, "people/bob.ics")}`,
      `wrote ${join(out, "rotations/core-primary.ics")}`,
    ]);
  });

  it("needs --out", async () => {
    const run = await runCli(["calendars", "--dir", writeWorkspace()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '-o, --out <dir>' not specified");
  });
});
