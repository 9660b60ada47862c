import type { Rule } from "./rule.js";
import { duplicateGithubLogin } from "./rules/duplicate-github-login.js";
import { incidentFolderName } from "./rules/incident-folder-name.js";
import { lifecycleOrder } from "./rules/lifecycle-order.js";
import { publicUpdate } from "./rules/public-update.js";
import { updateOverdue } from "./rules/update-overdue.js";
import { alertmanagerMapping } from "./rules/alertmanager-mapping.js";
import { requiredRoles } from "./rules/required-roles.js";
import { resolvedConsistency } from "./rules/resolved-consistency.js";
import { rotationMembers } from "./rules/rotation-members.js";
import { timeRanges } from "./rules/time-ranges.js";
import { coverageGaps } from "./rules/coverage-gaps.js";
import { onCallInTwoRotations } from "./rules/on-call-in-two-rotations.js";
import { overlappingOverrides } from "./rules/overlapping-overrides.js";
import { overrideOutsideRotation } from "./rules/override-outside-rotation.js";
import { restrictionEmpty } from "./rules/restriction-empty.js";
import { shiftTooLong } from "./rules/shift-too-long.js";
import { unknownPerson } from "./rules/unknown-person.js";
import { unknownPolicyReferences } from "./rules/unknown-policy-references.js";
import { unknownService } from "./rules/unknown-service.js";
import { unknownSeverity } from "./rules/unknown-severity.js";
import { updateTimeline } from "./rules/update-timeline.js";
import { actionItemFields } from "./rules/action-item-fields.js";
import { actionItemOverdue } from "./rules/action-item-overdue.js";
import { blamelessLanguage } from "./rules/blameless-language.js";
import { postmortemDeadline } from "./rules/postmortem-deadline.js";
import { postmortemPolicyReferences } from "./rules/postmortem-policy-references.js";
import { postmortemSections } from "./rules/postmortem-sections.js";
import { publishedWithoutReviewers } from "./rules/published-without-reviewers.js";
import { timelineContradiction } from "./rules/timeline-contradiction.js";
import { unknownOwner } from "./rules/unknown-owner.js";
import { severityChanges } from "./rules/severity-changes.js";
import { triageAnswers } from "./rules/triage-answers.js";
import { triageAboveSeverity } from "./rules/triage-above-severity.js";
import { triagePolicy } from "./rules/triage-policy.js";

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
  updateOverdue,
  triagePolicy,
  triageAnswers,
  triageAboveSeverity,
  severityChanges,
  alertmanagerMapping,
  rotationMembers,
  timeRanges,
  restrictionEmpty,
  overlappingOverrides,
  overrideOutsideRotation,
  shiftTooLong,
  coverageGaps,
  onCallInTwoRotations,
  // Postmortems: the markdown parsed by validateWorkspace, deadlines from the business calendar.
  postmortemPolicyReferences,
  postmortemDeadline,
  postmortemSections,
  publishedWithoutReviewers,
  actionItemFields,
  unknownOwner,
  actionItemOverdue,
  timelineContradiction,
  blamelessLanguage,
];
