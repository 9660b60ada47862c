import { addEditOptions, collect, INCIDENT_ID_HELP, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface UpdateFlags extends CommonFlags {
  status?: string;
  message?: string;
  public?: boolean;
  component: string[];
  author?: string;
  reopen?: boolean;
  severity?: string;
  at?: string;
  dryRun?: boolean;
}

export const registerIncidentUpdate: RegisterCommand = (parent, io, setExit) => {
  addEditOptions(
    parent
      .command("update")
      .description("add an update to an incident's timeline; a new status sets its lifecycle timestamps")
      .argument("<id>", INCIDENT_ID_HELP)
      .option("--status <status>", "investigating | identified | monitoring | resolved (default: unchanged)")
      .option("--message <text>", "what to say; public updates are shown to customers as written (with only --severity: \"Severity changed from sev2 to sev1\")")
      .option("--public", "show this update on the status page")
      .option("--component <id=status>", "a service's status as of this update, repeatable", collect, [])
      .option("--author <handle>", "who posts it (default: the communications lead for public updates, else the commander)")
      .option("--reopen", "allow moving a resolved incident back to an open status")
      .option("--severity <id>", "re-classify the incident: records the change (from, to, by the author, at this update); deadlines and update cadence follow the highest severity reached"),
  )
    .addHelpText(
      "after",
      `\nExamples:\n  fireline incident update 2026-11-23-payments-api-elevated-declines --status monitoring \\\n    --message "The fix is deployed; decline rates are back to normal. We are monitoring." --public \\\n    --component payments-api=operational` +
        `\n  fireline incident update 2026-11-23-payments-api-elevated-declines --severity sev1 \\\n    --message "Raised to sev1: all card payments are failing now, not only one bank's."`,
    )
    .action(async (id: string, flags: UpdateFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { updateIncident } = await import("../commands/incident-update.js");
      const { eventTime, parseComponents, parseStatus, workspaceIo } = await import("./incident-options.js");
      const { reportEdit } = await import("./incident-output.js");
      const now = cliNow(io);
      const workspace = workspaceIo(io, flags.dir);
      const at = await eventTime(workspace.files, "--at", flags.at);
      const result = await updateIncident(
        workspace,
        { id, now, dryRun: flags.dryRun === true },
        {
          ...(flags.status === undefined ? {} : { status: parseStatus(flags.status) }),
          ...(flags.message === undefined ? {} : { message: flags.message }),
          public: flags.public === true,
          components: parseComponents(flags.component),
          ...(flags.author === undefined ? {} : { author: flags.author }),
          ...(at === undefined ? {} : { at }),
          reopen: flags.reopen === true,
          ...(flags.severity === undefined ? {} : { severity: flags.severity }),
        },
      );
      setExit(reportEdit(result, io, flags.format));
    });
};
