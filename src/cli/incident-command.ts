import { registerIncidentAssign } from "./incident-assign-command.js";
import { registerIncidentDeclare } from "./incident-declare-command.js";
import { registerIncidentFromAlertmanager } from "./incident-from-alertmanager-command.js";
import { registerIncidentList } from "./incident-list-command.js";
import { registerIncidentResolve } from "./incident-resolve-command.js";
import { registerIncidentShow } from "./incident-show-command.js";
import { registerIncidentUpdate } from "./incident-update-command.js";
import type { RegisterCommand } from "./register-command.js";

/** Subcommands of `fireline incident`, in the order of an incident's life. */
const SUBCOMMANDS: readonly RegisterCommand[] = [
  registerIncidentDeclare,
  registerIncidentUpdate,
  registerIncidentAssign,
  registerIncidentResolve,
  registerIncidentList,
  registerIncidentShow,
  registerIncidentFromAlertmanager(),
];

/** `fireline incident <subcommand>`: run an incident from the command line without hand-editing YAML. */
export const registerIncident: RegisterCommand = (program, io, setExit) => {
  const incident = program
    .command("incident")
    .description("declare, update, hand over, resolve, list and show incidents")
    .addHelpText("after", "\nExample:\n  fireline incident declare --title \"Checkout errors\" --severity sev2 --service checkout --public");
  for (const register of SUBCOMMANDS) register(incident, io, setExit);
};
