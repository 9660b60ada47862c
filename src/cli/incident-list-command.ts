import { cliNow } from "./clock.js";
import { listIncidents } from "../commands/incident-list.js";
import { renderIncidentList } from "../render/incident/incident-list-human.js";
import { EXIT } from "./io.js";
import { addCommonOptions, workspaceIo, type CommonFlags } from "./incident-options.js";
import { reportProblem } from "./incident-output.js";
import type { RegisterCommand } from "./register-command.js";

export const registerIncidentList: RegisterCommand = (parent, io, setExit) => {
  addCommonOptions(parent.command("list").description("list incidents, newest first").option("--open", "only incidents that are not resolved"))
    .addHelpText("after", "\nExamples:\n  fireline incident list --open\n  fireline incident list --format json")
    .action(async (flags: CommonFlags & { open?: boolean }) => {
      const result = await listIncidents(workspaceIo(io, flags.dir).files, { open: flags.open === true, now: cliNow(io) });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format));
        return;
      }
      io.stdout.write(flags.format === "json" ? `${JSON.stringify({ incidents: result.rows }, null, 2)}\n` : renderIncidentList(result.rows));
      setExit(EXIT.ok);
    });
};
