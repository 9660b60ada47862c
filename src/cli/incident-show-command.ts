import { cliNow } from "./clock.js";
import { showIncident } from "../commands/incident-show.js";
import { renderIncidentShow } from "../render/incident/incident-show-human.js";
import { EXIT } from "./io.js";
import { addCommonOptions, workspaceIo, type CommonFlags } from "./incident-options.js";
import { reportProblem } from "./incident-output.js";
import type { RegisterCommand } from "./register-command.js";

export const registerIncidentShow: RegisterCommand = (parent, io, setExit) => {
  addCommonOptions(parent.command("show").description("show an incident: facts, roles, when the next update is due, and the timeline").argument("<id>", "the incident id, or its slug"))
    .addHelpText("after", "\nExample:\n  fireline incident show 2026-11-23-payments-api-elevated-declines")
    .action(async (id: string, flags: CommonFlags) => {
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
