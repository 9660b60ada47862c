import { Type } from "@sinclair/typebox";
import { BUSINESS_DAYS_PATTERN, StringEnum, Strict, type Static } from "./common.js";

/** Facts about an incident that owe a postmortem whatever its severity (seed 001). */
export const POSTMORTEM_TRIGGERS = ["user_visible_downtime", "slo_breached", "data_loss", "manual_intervention", "monitoring_failed"] as const;
export type PostmortemTrigger = (typeof POSTMORTEM_TRIGGERS)[number];

export const PostmortemTriggerSchema = StringEnum(POSTMORTEM_TRIGGERS, {
  description:
    "user_visible_downtime: users saw downtime; slo_breached: an SLO was missed; data_loss: data was lost; manual_intervention: on call had to step in (a rollback, a traffic reroute); monitoring_failed: monitoring did not alert.",
});

export const PostmortemTriggersPolicySchema = Strict(
  {
    facts: Type.Optional(
      Type.Array(PostmortemTriggerSchema, {
        uniqueItems: true,
        description: "Which facts in an incident's postmortem_triggers: make a postmortem required. Default: all of them.",
        examples: [["data_loss", "slo_breached"]],
      }),
    ),
    resolution_over_target: Type.Optional(
      Type.Boolean({ description: "A resolution that took longer than the severity's resolution_target makes a postmortem required. Default true." }),
    ),
    due: Type.Optional(
      Type.String({
        pattern: BUSINESS_DAYS_PATTERN,
        description: "The deadline of a postmortem a trigger requires, when the severity sets none. Default: 10 business days.",
        examples: ["10 business days"],
      }),
    ),
  },
  { description: "When a postmortem is required whatever the severity (seed 001)." },
);

export type PostmortemTriggersPolicy = Static<typeof PostmortemTriggersPolicySchema>;
