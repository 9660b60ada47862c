import { resolve } from "node:path";
import { Option } from "commander";
import { COMMS_FORMATS, COMMS_KINDS, type CommsFormat, type CommsKind } from "../render/comms/comms-kinds.js";
import { INCIDENT_ID_HELP } from "./incident-flags.js";
import { EXIT } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

interface CommsFlags {
  dir: string;
  kind?: CommsKind;
  format: CommsFormat | "json";
}

export const registerComms: RegisterCommand = (program, io, setExit) => {
  program
    .command("comms")
    .description("render an incident's announcement, update or resolution message from the templates, with when the next update is due")
    .argument("<id>", INCIDENT_ID_HELP)
    .option("-d, --dir <path>", "workspace folder", ".")
    .addOption(new Option("--kind <kind>", "announcement | update | resolved (default: from the incident's state)").choices(COMMS_KINDS))
    .addOption(new Option("-f, --format <format>", "output format").choices([...COMMS_FORMATS, "json"]).default("markdown"))
    .addHelpText(
      "after",
      "\nTemplates are templates/comms-<kind>.<md|slack|txt>.hbs; a file of that name in the workspace's templates/ folder replaces fireline's.\n\n" +
        "Examples:\n  fireline comms 2026-11-23-payments-api-elevated-declines --kind update --format slack\n  fireline comms 2026-11-23-payments-api-elevated-declines --format json",
    )
    .action(async (id: string, flags: CommsFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { NodeFileSource } = await import("../adapters/node-file-source.js");
      const { templateReader } = await import("../adapters/template-files.js");
      const { incidentComms } = await import("../commands/incident-comms.js");
      const { formatUtc } = await import("../render/incident/format-time.js");
      const { reportProblem } = await import("./incident-output.js");
      const root = resolve(io.cwd, flags.dir);
      const now = cliNow(io);
      const result = await incidentComms(new NodeFileSource(root), templateReader(root), { id, now, ...(flags.kind === undefined ? {} : { kind: flags.kind }) });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format === "json" ? "json" : "human"));
        return;
      }
      if (flags.format === "json") {
        const { ok, id: incident, kind, texts, nextUpdateDue, overdue } = result;
        io.stdout.write(`${JSON.stringify({ ok, id: incident, kind, ...texts, next_update_due: nextUpdateDue ?? null, overdue }, null, 2)}\n`);
      } else {
        io.stdout.write(result.texts[flags.format]);
        // The reminder goes to stderr so the message itself can be piped or copied as it is.
        if (result.nextUpdateDue !== undefined) io.stderr.write(`${result.overdue ? "overdue: the next update was due" : "next update due"} ${formatUtc(result.nextUpdateDue)}\n`);
      }
      setExit(EXIT.ok);
    });
};
