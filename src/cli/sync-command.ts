import { Option } from "commander";
import type { RegisterCommand } from "./register-command.js";

export const SYNC_FORMATS = ["human", "json"] as const;

export interface SyncFlags {
  dir: string;
  format: string;
  dryRun?: boolean;
  writeBack?: boolean;
  repo?: string;
  maxFileBytes?: string;
  maxWrites?: string;
}

export const registerSync: RegisterCommand = (program, io, setExit) => {
  program
    .command("sync")
    .description("open, update and close one GitHub issue per postmortem action item (GITHUB_TOKEN from the environment)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--dry-run", "read GitHub and print the plan; write nothing")
    .option("--write-back", "tick the box in postmortem.md of items whose issues were closed on GitHub")
    .option("--repo <owner/name>", "repository for the issues (default: github.repository in fireline.yaml, then GITHUB_REPOSITORY)")
    .addOption(new Option("-f, --format <format>", "output format").choices(SYNC_FORMATS).default("human"))
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .option("--max-writes <n>", "stop after n write requests, below GitHub's hourly limit; the next run continues (default 400)")
    .addHelpText(
      "after",
      "\nNeeds GITHUB_TOKEN with issues: write (and contents: write to push --write-back changes).\n\nExamples:\n  GITHUB_TOKEN=… fireline sync --repo acme/incidents --dry-run\n  fireline sync --write-back --format json",
    )
    .action(async (flags: SyncFlags) => {
      // Loaded when the command runs, so --help and --version start with commander alone.
      const { runSync } = await import("./sync-run.js");
      setExit(await runSync(flags, io));
    });
};
