import { EXIT } from "./io.js";
import { addCommonOptions, INCIDENT_ID_HELP, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

export const registerIncidentShow: RegisterCommand = (parent, io, setExit) => {
  addCommonOptions(parent.command("show").description("show an incident: facts, roles, when the next update is due, and the timeline").argument("<id>", INCIDENT_ID_HELP))
    .addHelpText("after", "\nExample:\n  fireline incident show 2026-11-23-payments-api-elevated-declines")
    .action(async (id: string, flags: CommonFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { showIncident } = await import("../commands/incident-show.js");
      const { renderIncidentShow } = await import("../render/incident/incident-show-human.js");
      const { workspaceIo } = await import("./incident-options.js");
      const { reportProblem } = await import("./incident-output.js");
      const now = cliNow(io);
      const result = await showIncident(workspaceIo(io, flags.dir).files, { id, now });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format));
        return;
      }
      if (flags.format === "json") {
        const { nextUpdate, ...rest } = result;
        const next = nextUpdate ? { ...nextUpdate, due: nextUpdate.due.toString({ smallestUnit: "second" }) } : undefined;
        io.stdout.write(`${JSON.stringify({ ...rest, next_update: next }, null, 2)}\n`);
      } else io.stdout.write(renderIncidentShow(result, now));
      setExit(EXIT.ok);
    });
};
