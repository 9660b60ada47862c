import { Option, type Command } from "commander";

// The flags incident commands share, kept apart from incident-options.ts (which loads the workspace
// adapters and the schemas) so that registering the commands at start-up stays light.

/** How every incident command names its incident argument in --help. */
export const INCIDENT_ID_HELP = "the incident id (its folder name), its slug, or the end of its id when only one incident has it";

export const OUTPUT_FORMATS = ["human", "json"] as const;

/** Flags every incident command takes. */
export interface CommonFlags {
  dir: string;
  format: "human" | "json";
}

export function addCommonOptions(command: Command): Command {
  return command
    .option("-d, --dir <path>", "workspace folder", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("human"));
}

/** Options of commands that change a file. */
export function addEditOptions(command: Command): Command {
  return addCommonOptions(command)
    .option("--at <time>", "when it happened, if not now (RFC 3339, or a local time in the organisation's time zone: 2026-11-23T10:05)")
    .option("--dry-run", "print the change as a diff and write nothing");
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
