import type { Rule } from "./rule.js";
import { duplicateGithubLogin } from "./rules/duplicate-github-login.js";
import { incidentFolderName } from "./rules/incident-folder-name.js";
import { lifecycleOrder } from "./rules/lifecycle-order.js";
import { publicUpdate } from "./rules/public-update.js";
import { requiredRoles } from "./rules/required-roles.js";
import { resolvedConsistency } from "./rules/resolved-consistency.js";
import { rotationMembers } from "./rules/rotation-members.js";
import { timeRanges } from "./rules/time-ranges.js";
import { unknownPerson } from "./rules/unknown-person.js";
import { unknownPolicyReferences } from "./rules/unknown-policy-references.js";
import { unknownService } from "./rules/unknown-service.js";
import { unknownSeverity } from "./rules/unknown-severity.js";
import { updateTimeline } from "./rules/update-timeline.js";

/** Every cross-file rule, run in this order after the schema checks. */
export const RULES: readonly Rule[] = [
  unknownPerson,
  unknownService,
  unknownSeverity,
  unknownPolicyReferences,
  duplicateGithubLogin,
  incidentFolderName,
  lifecycleOrder,
  resolvedConsistency,
  requiredRoles,
  updateTimeline,
  publicUpdate,
  rotationMembers,
  timeRanges,
];
