import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { text } from "node:stream/consumers";
import { Option } from "commander";
import { EXIT, UsageError } from "./io.js";
import { OUTPUT_FORMATS } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface AlertFlags {
  dir: string;
  format: "human" | "json";
  file?: string;
  dryRun?: boolean;
}

/** Standard input by default; tests and other callers pass their own. */
export type ReadStdin = () => Promise<string>;

export function registerIncidentFromAlertmanager(readStdin: ReadStdin = () => text(process.stdin)): RegisterCommand {
  return (parent, io, setExit) => {
    parent
      .command("from-alertmanager")
      .description("declare or update an incident from an Alertmanager webhook payload (version 4)")
      .option("--file <path>", "the payload as JSON (default: standard input)")
      .option("-d, --dir <path>", "workspace folder", ".")
      .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("human"))
      .option("--dry-run", "print the change as a diff and write nothing")
      .addHelpText(
        "after",
        "\nSeverity and service come from the alerts' labels through `alertmanager:` in fireline.yaml.\n\nExamples:\n  fireline incident from-alertmanager --file payload.json\n  curl -s ... | fireline incident from-alertmanager --dry-run",
      )
      .action(async (flags: AlertFlags) => {
        // Loaded when the command runs, not at start-up, so --help and --version stay fast.
        const { cliNow } = await import("./clock.js");
        const { fromAlertmanager } = await import("../commands/incident-from-alertmanager.js");
        const { workspaceIo } = await import("./incident-options.js");
        const { reportProblem } = await import("./incident-output.js");
        const raw = flags.file === undefined ? await readStdin() : await readPayloadFile(resolve(io.cwd, flags.file));
        let payload: unknown;
        try {
          payload = JSON.parse(raw);
        } catch (error) {
          throw new UsageError(`the payload is not JSON: ${error instanceof Error ? error.message : String(error)}`);
        }
        const result = await fromAlertmanager(workspaceIo(io, flags.dir), payload, { now: cliNow(io), dryRun: flags.dryRun === true });
        if (!result.ok) {
          setExit(reportProblem(result.problem, io, flags.format));
          return;
        }
        if (flags.format === "json") io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (flags.dryRun === true && result.diff !== "") io.stdout.write(`${result.diff}\n(dry run: nothing was written)\n`);
        else io.stdout.write(`${capitalise(result.action)}${result.id === undefined ? "" : ` ${result.id}`}${result.note === undefined ? "" : `: ${result.note}`}\n`);
        setExit(EXIT.ok);
      });
  };
}

async function readPayloadFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
