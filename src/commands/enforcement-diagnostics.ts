import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic, START_OF_FILE } from "../model/make-diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import type { EnforcementWarning } from "../plan/plan-deadline-enforcement.js";

/** A plan's warnings as diagnostics, placed where a person would fix them. */
export function enforcementDiagnostics(warnings: readonly EnforcementWarning[], workspace: Workspace): Diagnostic[] {
  return warnings.map((warning) => {
    const incidentFile = `incidents/${warning.incident}/incident.yaml`;
    switch (warning.kind) {
      case "commander-without-login":
        return commanderWithoutLogin(warning.incident, warning.commander, workspace);
      case "duplicate-tracking-issue":
        return makeDiagnostic(
          "enforce-duplicate-tracking-issue",
          incidentFile,
          START_OF_FILE,
          `issues ${warning.others.map((n) => `#${String(n)}`).join(", ")} track the same postmortem deadline as #${String(warning.kept)}; only #${String(warning.kept)} is kept up to date`,
          "Close the duplicates as not planned and remove their postmortem-deadline label.",
        );
      case "action-item-issue-unreadable":
        return makeDiagnostic(
          "enforce-untracked-issue",
          warning.file,
          { line: warning.line, column: 1 },
          `the overdue action item's issue #${String(warning.issue)} carries neither the action-item nor the overdue label, so it gets the comment but not the label`,
          "Add the action-item label to the issue (fireline sync does this for the issues it opens).",
        );
    }
  });
}

function commanderWithoutLogin(incident: string, commander: string | undefined, workspace: Workspace): Diagnostic {
  const people = workspace.people;
  const message = commander === undefined
    ? `${incident} has no incident commander, so its postmortem tracking issue has no assignee`
    : `the incident commander ${commander} has no GitHub login, so the postmortem tracking issue of ${incident} has no assignee`;
  if (commander !== undefined && people && Object.hasOwn(people.data.people, commander)) {
    return makeDiagnostic("enforce-commander-without-login", people.source.path, people.source.locate(["people", commander], { key: true }), message, `Add github: <login> to ${commander} in people.yaml.`);
  }
  const entry = workspace.incidents.find((candidate) => candidate.id === incident)?.incident;
  const at = entry ? entry.source.locate(commander === undefined ? [] : ["roles", "commander"]) : START_OF_FILE;
  return makeDiagnostic("enforce-commander-without-login", `incidents/${incident}/incident.yaml`, at, message, "Name a commander under roles, with a GitHub login in people.yaml.");
}
