import { addEditOptions, collect, INCIDENT_ID_HELP, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface ResolveFlags extends CommonFlags {
  message: string;
  public?: boolean;
  component: string[];
  author?: string;
  at?: string;
  dryRun?: boolean;
}

export const registerIncidentResolve: RegisterCommand = (parent, io, setExit) => {
  addEditOptions(
    parent
      .command("resolve")
      .description("resolve an incident: a final update, resolved_at (and mitigated_at if missing)")
      .argument("<id>", INCIDENT_ID_HELP)
      .requiredOption("--message <text>", "the resolution, as customers should read it")
      .option("--public", "show the resolution on the status page (default: when the incident is public)")
      .option("--no-public", "keep the resolution internal")
      .option("--component <id=status>", "a service's status as of the resolution, repeatable", collect, [])
      .option("--author <handle>", "who posts it (default: the communications lead for public updates, else the commander)"),
  )
    .addHelpText(
      "after",
      `\nExample:\n  fireline incident resolve 2026-11-23-payments-api-elevated-declines \\\n    --message "Card payments have been processing normally since 10:40 UTC."`,
    )
    .action(async (id: string, flags: ResolveFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { resolveIncident } = await import("../commands/incident-resolve.js");
      const { eventTime, parseComponents, workspaceIo } = await import("./incident-options.js");
      const { reportEdit } = await import("./incident-output.js");
      const now = cliNow(io);
      const workspace = workspaceIo(io, flags.dir);
      const at = await eventTime(workspace.files, "--at", flags.at);
      const result = await resolveIncident(
        workspace,
        { id, now, dryRun: flags.dryRun === true },
        {
          message: flags.message,
          ...(flags.public === undefined ? {} : { public: flags.public }),
          components: parseComponents(flags.component),
          ...(flags.author === undefined ? {} : { author: flags.author }),
          ...(at === undefined ? {} : { at }),
        },
      );
      setExit(reportEdit(result, io, flags.format));
    });
};
