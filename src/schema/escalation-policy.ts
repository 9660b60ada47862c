import { Type } from "@sinclair/typebox";
import { BOUNDED_DURATION_PATTERN, Id, MapOf, Strict, type Static } from "./common.js";

const Target = Type.Object(
  {
    schedule: Type.Optional(Id("A rotation, by file name in rotations/ without .yaml.", ["payments-primary"])),
    person: Type.Optional(Id("A person's handle.", ["dana"])),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
    description: "Whom to notify: exactly one of `schedule` (whoever is on call there) or `person`.",
  },
);

const Level = Strict(
  {
    escalate_after: Type.String({
      pattern: BOUNDED_DURATION_PATTERN,
      description: "Time without acknowledgement before the next level is paged. A whole number up to 9999 followed by m (minutes), h (hours), d (days) or w (weeks).",
      examples: ["5m", "10m"],
    }),
    notify: Type.Array(Target, { minItems: 1, description: "Notified together when this level is reached." }),
  },
  { description: "One escalation level." },
);

const Policy = Strict(
  {
    description: Type.Optional(Type.String({ description: "What this policy is for." })),
    levels: Type.Array(Level, { minItems: 1, description: "Levels in the order they are paged." }),
    repeat: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 9, description: "How many more times the whole chain runs if nobody acknowledges. Default 0." }),
    ),
  },
  { description: "An escalation policy." },
);

export const EscalationPolicySchema = Strict(
  {
    escalation_policies: MapOf(Policy, "Escalation policy id", {
      description: "Escalation policies by id; services name one in services.yaml.",
      minProperties: 1,
    }),
  },
  { description: "policies/escalation.yaml: who is paged, in which order, when nobody acknowledges." },
);

export type EscalationPolicyFile = Static<typeof EscalationPolicySchema>;
