import type { DiagnosticSeverity } from "./diagnostic.js";

export interface CodeInfo {
  code: string;
  severity: DiagnosticSeverity;
  summary: string;
}

/**
 * Every diagnostic fireline can report. Codes are stable: a code is never reused for a different
 * problem, so teams can grep for them and the README table is generated from this list.
 */
export const CODES = {
  // Reading files
  "file-too-large": { code: "FL-101", severity: "error", summary: "The file is larger than the size limit and was not parsed." },
  "not-utf8": { code: "FL-102", severity: "error", summary: "The file is not valid UTF-8 text." },
  "yaml-syntax": { code: "FL-103", severity: "error", summary: "The YAML could not be parsed." },
  "yaml-duplicate-key": { code: "FL-104", severity: "error", summary: "A key appears twice in the same mapping." },
  "yaml-alias-limit": { code: "FL-105", severity: "error", summary: "Too many YAML aliases expand (a 'billion laughs' file); the file was not read." },
  "empty-file": { code: "FL-106", severity: "error", summary: "The file holds no data." },
  "not-a-mapping": { code: "FL-107", severity: "error", summary: "The file must be a mapping of keys to values." },
  "forbidden-key": { code: "FL-108", severity: "error", summary: "Keys such as __proto__ and constructor are not allowed." },
  "yaml-multiple-documents": { code: "FL-109", severity: "error", summary: "A file holds exactly one YAML document." },
  "unreadable-file": { code: "FL-110", severity: "error", summary: "The file could not be read." },
  "missing-file": { code: "FL-111", severity: "error", summary: "A file every workspace needs is missing." },
  "unexpected-file": { code: "FL-112", severity: "warning", summary: "A file in a workspace folder that fireline does not read." },
  "yaml-tab-indent": { code: "FL-113", severity: "error", summary: "YAML does not allow tabs for indentation." },
  "yaml-warning": { code: "FL-114", severity: "warning", summary: "The YAML parser warned about something that is probably a mistake." },
  "front-matter": { code: "FL-115", severity: "error", summary: "A postmortem must start with a YAML front matter block between --- lines." },
  // Schema
  "wrong-type": { code: "FL-201", severity: "error", summary: "A value has the wrong type." },
  "unknown-key": { code: "FL-202", severity: "error", summary: "A key the schema does not know (often a typo)." },
  "missing-key": { code: "FL-203", severity: "error", summary: "A required key is missing." },
  "not-allowed-value": { code: "FL-204", severity: "error", summary: "A value is not one of the allowed values." },
  "bad-format": { code: "FL-205", severity: "error", summary: "A value does not have the expected shape (id, duration, date, URL, ...)." },
  "timestamp-without-offset": { code: "FL-206", severity: "error", summary: "A timestamp has no UTC offset, so it is ambiguous." },
  "out-of-range": { code: "FL-207", severity: "error", summary: "A value, list or text is too small, too large, or repeats an item." },
  // References between files
  "unknown-person": { code: "FL-301", severity: "error", summary: "A handle that is not in people.yaml." },
  "unknown-service": { code: "FL-302", severity: "error", summary: "A service that is not in services.yaml." },
  "unknown-severity": { code: "FL-303", severity: "error", summary: "A severity that is not in policies/severity.yaml." },
  "unknown-escalation-policy": { code: "FL-304", severity: "error", summary: "An escalation policy that is not in policies/escalation.yaml." },
  "unknown-schedule": { code: "FL-305", severity: "error", summary: "A rotation that has no file in rotations/." },
  "unknown-team": { code: "FL-306", severity: "error", summary: "A team that is not in people.yaml." },
  "duplicate-github-login": { code: "FL-307", severity: "error", summary: "Two people share a GitHub login." },
  // Incidents
  "incident-folder-name": { code: "FL-401", severity: "error", summary: "An incident folder must be named YYYY-MM-DD-slug." },
  "incident-date-mismatch": { code: "FL-402", severity: "error", summary: "The incident folder's date is not the day started_at falls on." },
  "lifecycle-order": { code: "FL-403", severity: "error", summary: "Lifecycle timestamps must run started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved." },
  "resolved-without-timestamp": { code: "FL-404", severity: "error", summary: "A resolved incident needs resolved_at." },
  "timestamp-without-resolved": { code: "FL-405", severity: "error", summary: "resolved_at is set but the status is not resolved." },
  "missing-required-role": { code: "FL-406", severity: "error", summary: "The severity requires a role (such as a commander) that is not assigned." },
  "updates-out-of-order": { code: "FL-407", severity: "error", summary: "Timeline updates must be oldest first." },
  "update-before-start": { code: "FL-408", severity: "error", summary: "A timeline update is dated before the incident started." },
  "public-without-public-update": { code: "FL-409", severity: "warning", summary: "A public incident has no public update, so the status page has nothing to say." },
  "missing-incident-file": { code: "FL-410", severity: "error", summary: "An incident folder has no incident.yaml." },
  "status-mismatch": { code: "FL-411", severity: "warning", summary: "The incident's status differs from its latest update's status." },
  "update-overdue": { code: "FL-421", severity: "warning", summary: "An open incident's last public update is older than its severity's update cadence (checked for a day after the update was due)." },
  // Triage and severity changes
  "triage-unknown-severity": { code: "FL-430", severity: "error", summary: "A triage answer or default_severity in policies/severity.yaml names a severity the table does not define." },
  "triage-question-without-options": { code: "FL-431", severity: "error", summary: "A triage question offers no answers." },
  "triage-duplicate-question": { code: "FL-432", severity: "error", summary: "Two triage questions share an id." },
  "triage-duplicate-option": { code: "FL-433", severity: "error", summary: "Two answers of one triage question share an id." },
  "triage-unknown-answer": { code: "FL-434", severity: "error", summary: "incident.yaml's triage: answers a question the policy does not ask, or with an answer it does not offer." },
  "severity-change-unknown": { code: "FL-435", severity: "error", summary: "A severity change names a severity that is not in policies/severity.yaml." },
  "severity-change-chain": { code: "FL-436", severity: "error", summary: "Severity changes do not follow on: a change's from is not the severity before it, or severity: is not the last change's to." },
  "severity-change-outside-incident": { code: "FL-437", severity: "error", summary: "A severity change is dated before the incident started or after it was resolved." },
  "triage-suggests-higher-severity": { code: "FL-438", severity: "warning", summary: "An incident's recorded triage answers suggest a more severe level than the highest severity it reached; the message names the answers." },
  // Rotations, policies and maintenance
  "rotation-without-members": { code: "FL-501", severity: "error", summary: "A rotation layer has nobody in it." },
  "time-range-reversed": { code: "FL-502", severity: "error", summary: "A window ends before (or when) it starts." },
  "duplicate-member": { code: "FL-503", severity: "warning", summary: "The same person appears twice in one rotation layer." },
  // On call
  "coverage-gap": { code: "FL-510", severity: "error", summary: "A rotation marked coverage: 24x7 has nobody on call for a while in the next 90 days." },
  "overlapping-overrides": { code: "FL-511", severity: "error", summary: "Two overrides of a rotation claim the same time for the same shift." },
  "override-outside-rotation": { code: "FL-512", severity: "warning", summary: "An override names a person who is in none of the rotation's layers." },
  "on-call-in-two-rotations": { code: "FL-513", severity: "warning", summary: "A person is on call in two rotations at the same time in the next 90 days." },
  "shift-too-long": { code: "FL-514", severity: "error", summary: "Someone would be on call longer than the rotation's max_shift without a break." },
  "restriction-empty": { code: "FL-515", severity: "error", summary: "A restriction window ends when it starts, so it is empty." },
  // Postmortems
  "postmortem-missing": { code: "FL-701", severity: "error", summary: "An incident that needs a postmortem has none, and its deadline has passed." },
  "postmortem-due": { code: "FL-702", severity: "notice", summary: "An incident needs a postmortem by a date that has not passed yet." },
  "missing-section": { code: "FL-703", severity: "error", summary: "A section the postmortem policy requires is missing (a notice in a draft)." },
  "empty-section": { code: "FL-704", severity: "error", summary: "A required section holds only placeholder text (a notice in a draft)." },
  "duplicate-section": { code: "FL-705", severity: "error", summary: "Two headings name the same postmortem section." },
  "section-heading-level": { code: "FL-706", severity: "warning", summary: "A section heading is not at level 2 (##)." },
  "action-item-malformed": { code: "FL-707", severity: "error", summary: "An action item cannot be read: no text, no checkbox, an unknown field, a bad date or kind." },
  "action-item-without-owner": { code: "FL-708", severity: "error", summary: "An action item names no owner (a notice in a draft)." },
  "action-item-without-due": { code: "FL-709", severity: "error", summary: "An action item has no due date (a notice in a draft)." },
  "unknown-owner": { code: "FL-710", severity: "error", summary: "An action item's owner is not a handle in people.yaml." },
  "action-item-overdue": { code: "FL-711", severity: "notice", summary: "An open action item is past its due date (fireline deadlines lists them all)." },
  "action-item-due-too-late": { code: "FL-712", severity: "warning", summary: "An action item is due later than the policy's longest_due allows." },
  "published-without-reviewers": { code: "FL-713", severity: "error", summary: "A published postmortem names no reviewers." },
  "timeline-contradiction": { code: "FL-714", severity: "warning", summary: "The postmortem's timeline gives a status a different time than incident.yaml." },
  "blameless-language": { code: "FL-715", severity: "warning", summary: "Wording that blames a person; the hint suggests a blameless rewrite." },
  "unknown-section": { code: "FL-716", severity: "error", summary: "policies/postmortem.yaml requires a section it does not define." },
  "unknown-holiday-region": { code: "FL-717", severity: "error", summary: "business_calendar names a country or region without a public-holiday table." },
  // Action-item sync (fireline sync)
  "sync-owner-without-login": { code: "FL-820", severity: "warning", summary: "An action item's owner has no GitHub login in people.yaml, so its issue has no assignee." },
  "sync-closed-on-github": { code: "FL-821", severity: "warning", summary: "An action item's issue was closed on GitHub while its box is unchecked (--write-back checks it)." },
  "sync-item-removed": { code: "FL-822", severity: "warning", summary: "An open issue belongs to an action item that is no longer in the postmortem; it is left open." },
  "sync-untracked-issue": { code: "FL-823", severity: "warning", summary: "An action item's Issue: names an issue fireline cannot use (in another repository, without the action-item label, or another item's), so nothing is synced for it." },
  "sync-write-back-conflict": { code: "FL-824", severity: "error", summary: "postmortem.md changed while the sync ran; its box was not checked." },
  "sync-apply-failed": { code: "FL-825", severity: "error", summary: "A GitHub request failed and the sync stopped; a re-run continues where it stopped." },
  "github-write-budget": { code: "FL-826", severity: "warning", summary: "fireline sync or deadlines --enforce stopped at its write budget (--max-writes), below GitHub's hourly limit; the next run continues (exit 0)." },
  "sync-owner-not-assignable": { code: "FL-827", severity: "warning", summary: "GitHub refused to assign an action item's owner (not a collaborator of the repository); the issue stays unassigned and fireline stops asking." },
  // Deadline enforcement (fireline deadlines --enforce)
  "enforce-commander-without-login": { code: "FL-840", severity: "warning", summary: "The incident commander has no GitHub login in people.yaml, so the postmortem's tracking issue has no assignee." },
  "enforce-duplicate-tracking-issue": { code: "FL-841", severity: "warning", summary: "Two issues track the same postmortem deadline; fireline keeps the oldest and ignores the others." },
  "enforce-untracked-issue": { code: "FL-842", severity: "warning", summary: "An overdue action item's issue carries neither the action-item nor the overdue label, so fireline comments but cannot add the overdue label." },
  "enforce-apply-failed": { code: "FL-843", severity: "error", summary: "A GitHub request failed and enforcement stopped; a re-run continues where it stopped." },
} as const satisfies Record<string, CodeInfo>;

export type RuleName = keyof typeof CODES;
