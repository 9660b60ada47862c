import type { Role } from "../schema/common.js";
import { EXIT, UsageError } from "./io.js";
import { addEditOptions, collect, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface DeclareFlags extends CommonFlags {
  title: string;
  severity?: string;
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
      .option("--severity <id>", "a severity from policies/severity.yaml, e.g. sev2 (default: the one the triage answers suggest)")
      .option("--service <id[=impact]>", "an affected service, repeatable; impact defaults from the severity", collect, [])
      .option("--commander <handle>", "incident commander (default: who is on call for the first service)")
      .option("--communications <handle>", "communications lead")
      .option("--operations <handle>", "operations lead")
      .option("--scribe <handle>", "scribe")
      .option("--public", "show the incident on the status page")
      .option("--summary <text>", "a few sentences of context for responders")
      .option("--message <text>", "the first update (default: We are investigating \"<title>\".)")
      .option("--started-at <time>", "when impact began, if before the declaration (like --at)")
      .usage("--title <text> --service <id> [--severity <id> | --<question> <answer>...] [options]")
      .allowUnknownOption()
      .allowExcessArguments(),
  )
    .addHelpText(
      "after",
      `\nWithout --severity, the triage questions (fireline triage) suggest one: answer them as flags` +
        `\n(--impact significant_degradation --revenue-impact ...) or, in a terminal, when asked. The answers are` +
        `\nrecorded as triage: in incident.yaml.` +
        `\n\nExamples:\n  fireline incident declare --title "Elevated card payment declines" --severity sev2 \\\n    --service payments-api=degraded_performance --service checkout --public` +
        `\n  fireline incident declare --title "Checkout down" --service checkout --impact total_outage --public`,
    )
    .action(async (flags: DeclareFlags, command: { args: string[] }) => {
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
      const asked = flags.severity === undefined || command.args.length > 0;
      const triage = asked ? await (await import("./declare-triage.js")).declareTriage(io, flags.dir, command.args, flags.severity) : undefined;
      const severity = triage?.severity ?? flags.severity ?? "";
      const roles: Partial<Record<Role, string>> = {};
      for (const role of ["commander", "communications", "operations", "scribe"] as const) {
        const person = flags[role];
        if (person !== undefined) roles[role] = person;
      }
      const workspace = workspaceIo(io, flags.dir);
      const at = (await eventTime(workspace.files, "--at", flags.at)) ?? now;
      const startedAt = await eventTime(workspace.files, "--started-at", flags.startedAt);
      const result = await declareIncident(workspace, { now, dryRun: flags.dryRun === true }, {
        title: flags.title,
        severity,
        ...(triage === undefined ? {} : { triage: triage.answers }),
        services: parseServices(flags.service),
        roles,
        public: flags.public === true,
        at,
        ...(startedAt === undefined ? {} : { startedAt }),
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
        const suggestion = triage === undefined ? {} : { triage: { answers: triage.answers, suggestion: triage.suggestion } };
        io.stdout.write(`${JSON.stringify({ ...result, ...suggestion, announcement: announcement.ok ? announcement.texts : null }, null, 2)}\n`);
      } else {
        if (triage) io.stdout.write(`${triage.text}\n`);
        io.stdout.write(text === "" ? "" : `${text}\n`);
        reportDeclared(result, io);
      }
      setExit(EXIT.ok);
    });
};
