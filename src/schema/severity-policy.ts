import { Type } from "@sinclair/typebox";
import { BUSINESS_DAYS_PATTERN, DURATION_PATTERN, MapOf, ROLES, StringEnum, Strict, type Static } from "./common.js";
import { PostmortemTriggersPolicySchema } from "./postmortem-triggers.js";
import { TriageSchema } from "./triage-policy.js";

const Severity = Strict(
  {
    name: Type.String({ minLength: 1, description: "Short name.", examples: ["Critical"] }),
    description: Type.String({ minLength: 1, description: "When this severity applies.", examples: ["Complete service unavailability for most users"] }),
    customer_label: Type.Optional(
      Type.String({ description: "How the status page names this severity to customers.", examples: ["Major outage"] }),
    ),
    examples: Type.Optional(Type.Array(Type.String(), { description: "Typical incidents of this severity." })),
    response_target: Type.String({
      pattern: `${DURATION_PATTERN}|^business_hours$`,
      description: "How fast someone must acknowledge: a duration such as 5m, or business_hours.",
      examples: ["5m", "15m", "business_hours"],
    }),
    resolution_target: Type.String({
      pattern: DURATION_PATTERN,
      description: "How fast the incident should be resolved. A whole number followed by m, h, d or w.",
      examples: ["4h", "72h"],
    }),
    update_cadence: Type.String({
      pattern: `${DURATION_PATTERN}|^(as_needed|none)$`,
      description: "How often stakeholders get an update while the incident is open: a duration, as_needed or none.",
      examples: ["30m", "1h", "as_needed"],
    }),
    page: Type.Optional(
      Type.Array(Type.String(), {
        description: "Who is paged, in the seeds' words (primary_on_call, secondary_on_call, incident_commander, ...).",
        examples: [["primary_on_call", "secondary_on_call", "incident_commander"]],
      }),
    ),
    required_roles: Type.Optional(
      Type.Array(StringEnum(ROLES, { description: "An incident role." }), {
        uniqueItems: true,
        description: "Roles that must be filled in incident.yaml at this severity.",
        examples: [["commander"]],
      }),
    ),
    postmortem: Strict(
      {
        required: Type.Boolean({ description: "Whether every incident of this severity needs a postmortem." }),
        due: Type.Optional(
          Type.String({
            pattern: BUSINESS_DAYS_PATTERN,
            description: "Deadline after resolution, in business days.",
            examples: ["5 business days"],
          }),
        ),
      },
      { description: "Postmortem expectations." },
    ),
  },
  { description: "What one severity level demands." },
);

export const SeverityPolicySchema = Strict(
  {
    severities: MapOf(Severity, "Severity id", {
      description: "Severity levels by id, most severe first (sev1, sev2, ...).",
      minProperties: 1,
    }),
    triage: Type.Optional(TriageSchema),
    postmortem_triggers: Type.Optional(PostmortemTriggersPolicySchema),
  },
  { description: "policies/severity.yaml: the severity table." },
);

export type SeverityPolicyFile = Static<typeof SeverityPolicySchema>;
export type Severity = Static<typeof Severity>;
