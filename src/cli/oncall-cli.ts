import { relative, resolve, sep } from "node:path";
import { Temporal } from "temporal-polyfill";
import { countDiagnostics } from "../commands/validate.js";
import { loadOnCall, type OnCallWorkspace } from "../commands/oncall-workspace.js";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { renderHuman } from "../render/diagnostics-human.js";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";
import { parseInstantOption } from "./parse-options.js";

/** Options every on-call command takes. */
export interface OnCallFlags {
  dir: string;
}

/**
 * Loads the workspace for an on-call command. Returns the exit code instead when rotations,
 * policies or people have errors (printed on stderr): answers from them could be wrong.
 */
export async function loadOnCallForCli(flags: OnCallFlags, io: CliIo): Promise<OnCallWorkspace | number> {
  const dir = resolve(io.cwd, flags.dir);
  const loaded = await loadOnCall(new NodeFileSource(dir));
  if (loaded.ok) return loaded.oncall;
  if (loaded.reason === "not-a-workspace") {
    throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
  }
  const rel = relative(io.cwd, dir);
  const displayRoot = rel === "" ? "" : `${rel.split(sep).join("/")}/`;
  io.stderr.write(renderHuman(loaded.diagnostics, countDiagnostics(loaded.diagnostics, 0), { color: useColor(io.stderr, io.env), displayRoot }));
  io.stderr.write("fireline: on-call answers need valid rotations, escalation policies and people; fix the errors above first.\n");
  return EXIT.findings;
}

/** The zone local --at/--from/--to times are read in: the named rotation's, else the organisation's. */
export function inputZone(oncall: OnCallWorkspace, rotation: string | undefined): string {
  return (rotation === undefined ? undefined : oncall.rotations.get(rotation)?.timeZone) ?? oncall.timeZone;
}

/** Parses an instant option, or returns the fallback when the option is absent. Years 1000 to 9999 only. */
export function instantOr(flag: string, text: string | undefined, zone: string, fallback: () => Temporal.Instant): Temporal.Instant {
  if (text === undefined) return fallback();
  const instant = parseInstantOption(flag, text, zone);
  const year = instant.toZonedDateTimeISO("UTC").year;
  if (year < 1000 || year > 9999) throw new UsageError(`${flag} must be a time between the years 1000 and 9999, got '${text}'`);
  return instant;
}

export function requireOrder(from: Temporal.Instant, to: Temporal.Instant): void {
  if (Temporal.Instant.compare(from, to) >= 0) throw new UsageError(`--to must be after --from (got ${from.toString()} to ${to.toString()})`);
}

/** The usage error for a --rotation or --policy that does not exist. */
export function unknownName(flag: string, name: string, known: readonly string[]): UsageError {
  return new UsageError(`${flag}: no ${flag === "--policy" ? "escalation policy" : "rotation"} '${name}'`, known.length > 0 ? `Known: ${known.join(", ")}.` : undefined);
}

export const now = (): Temporal.Instant => Temporal.Now.instant();
