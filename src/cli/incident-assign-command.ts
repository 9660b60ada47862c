import { addEditOptions, INCIDENT_ID_HELP, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface AssignFlags extends CommonFlags {
  role: string;
  person: string;
  note?: string;
  at?: string;
  dryRun?: boolean;
}

export const registerIncidentAssign: RegisterCommand = (parent, io, setExit) => {
  addEditOptions(
    parent
      .command("assign")
      .description("give an incident role to someone; a hand-over of command is recorded in the timeline")
      .argument("<id>", INCIDENT_ID_HELP)
      .requiredOption("--role <role>", "commander | communications | operations | scribe")
      .requiredOption("--person <handle>", "who takes the role (a handle from people.yaml)")
      .option("--note <text>", "context for the timeline, e.g. why command changes hands"),
  )
    .addHelpText(
      "after",
      `\nExample:\n  fireline incident assign 2026-11-23-payments-api-elevated-declines --role commander --person bob \\\n    --note "Alice's shift ends; Bob has the context from the 10:00 sync."`,
    )
    .action(async (id: string, flags: AssignFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { assignRole } = await import("../commands/incident-assign.js");
      const { eventTime, parseRole, workspaceIo } = await import("./incident-options.js");
      const { reportEdit } = await import("./incident-output.js");
      const now = cliNow(io);
      const workspace = workspaceIo(io, flags.dir);
      const at = await eventTime(workspace.files, "--at", flags.at);
      const request = { role: parseRole(flags.role), person: flags.person, ...(at === undefined ? {} : { at }), ...(flags.note === undefined ? {} : { note: flags.note }) };
      setExit(reportEdit(await assignRole(workspace, { id, now, dryRun: flags.dryRun === true }, request), io, flags.format));
    });
};
