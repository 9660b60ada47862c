import type { Role } from "../schema/common.js";
import { EXIT, UsageError } from "./io.js";
import { addEditOptions, collect, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface DeclareFlags extends CommonFlags {
  title: string;
  severity: string;
  service: string[];
  commander?: string;
  communications?: string;
  operations?: string;
  scribe?: string;
  public?: boolean;
  summary?: string;
  message?: string;
  at?: string;
  startedAt?: string;
  dryRun?: boolean;
}

export const registerIncidentDeclare: RegisterCommand = (parent, io, setExit) => {
  addEditOptions(
    parent
      .command("declare")
      .description("declare a new incident: writes incidents/<date>-<slug>/incident.yaml and prints the announcement")
      .requiredOption("--title <text>", "what is broken, in words customers understand")
      .requiredOption("--severity <id>", "a severity from policies/severity.yaml, e.g. sev2")
      .option("--service <id[=impact]>", "an affected service, repeatable; impact defaults from the severity", collect, [])
      .option("--commander <handle>", "incident commander (default: who is on call for the first service)")
      .option("--communications <handle>", "communications lead")
      .option("--operations <handle>", "operations lead")
      .option("--scribe <handle>", "scribe")
      .option("--public", "show the incident on the status page")
      .option("--summary <text>", "a few sentences of context for responders")
      .option("--message <text>", "the first update (default: We are investigating \"<title>\".)")
      .option("--started-at <time>", "when impact began, if before the declaration"),
  )
    .addHelpText(
      "after",
      `\nExample:\n  fireline incident declare --title "Elevated card payment declines" --severity sev2 \\\n    --service payments-api=degraded_performance --service checkout --public`,
    )
    .action(async (flags: DeclareFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { OverlayFileSource } = await import("../adapters/overlay-file-source.js");
      const { templateReader } = await import("../adapters/template-files.js");
      const { incidentComms } = await import("../commands/incident-comms.js");
      const { declareIncident } = await import("../commands/incident-declare.js");
      const { eventTime, parseServices, workspaceIo } = await import("./incident-options.js");
      const { reportDeclared, reportProblem } = await import("./incident-output.js");
      const now = cliNow(io);
      if (flags.service.length === 0) throw new UsageError("name at least one affected service with --service <id>");
      const roles: Partial<Record<Role, string>> = {};
      for (const role of ["commander", "communications", "operations", "scribe"] as const) {
        const person = flags[role];
        if (person !== undefined) roles[role] = person;
      }
      const at = eventTime(flags.at, now);
      const workspace = workspaceIo(io, flags.dir);
      const result = await declareIncident(workspace, { now, dryRun: flags.dryRun === true }, {
        title: flags.title,
        severity: flags.severity,
        services: parseServices(flags.service),
        roles,
        public: flags.public === true,
        at,
        ...(flags.startedAt === undefined ? {} : { startedAt: eventTime(flags.startedAt, now, "--started-at") }),
        ...(flags.summary === undefined ? {} : { summary: flags.summary }),
        ...(flags.message === undefined ? {} : { message: flags.message }),
        acknowledged: true,
      });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format));
        return;
      }
      // The announcement is rendered from the new file as written (or, with --dry-run, as it would be).
      const files = new OverlayFileSource(workspace.files, { [result.path]: result.text });
      const announcement = await incidentComms(files, templateReader(workspace.root), { id: result.id, kind: "announcement", now });
      const text = announcement.ok ? announcement.texts.text : "";
      if (flags.format === "json") {
        io.stdout.write(`${JSON.stringify({ ...result, announcement: announcement.ok ? announcement.texts : null }, null, 2)}\n`);
      } else {
        io.stdout.write(text === "" ? "" : `${text}\n`);
        reportDeclared(result, io);
      }
      setExit(EXIT.ok);
    });
};
