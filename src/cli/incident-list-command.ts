import { EXIT } from "./io.js";
import { addCommonOptions, type CommonFlags } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

export const registerIncidentList: RegisterCommand = (parent, io, setExit) => {
  addCommonOptions(parent.command("list").description("list incidents, newest first").option("--open", "only incidents that are not resolved"))
    .addHelpText("after", "\nExamples:\n  fireline incident list --open\n  fireline incident list --format json")
    .action(async (flags: CommonFlags & { open?: boolean }) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { listIncidents } = await import("../commands/incident-list.js");
      const { renderIncidentList } = await import("../render/incident/incident-list-human.js");
      const { workspaceIo } = await import("./incident-options.js");
      const { reportProblem } = await import("./incident-output.js");
      const result = await listIncidents(workspaceIo(io, flags.dir).files, { open: flags.open === true, now: cliNow(io) });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format));
        return;
      }
      io.stdout.write(flags.format === "json" ? `${JSON.stringify({ incidents: result.rows }, null, 2)}\n` : renderIncidentList(result.rows));
      setExit(EXIT.ok);
    });
};
