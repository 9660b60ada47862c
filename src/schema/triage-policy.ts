import { Type } from "@sinclair/typebox";
import { Id, Strict, type Static } from "./common.js";

const Option = Strict(
  {
    id: Id("The answer's id: what `--<question> <answer>` and incident.yaml's triage: use.", ["total_outage"]),
    label: Type.String({ minLength: 1, description: "The answer as the question lists it.", examples: ["Total outage: most users cannot use the service"] }),
    severity: Type.Optional(Id("The severity this answer implies (an id from severities:). The highest implied by any answer is suggested.", ["sev1"])),
    declare: Type.Optional(Type.Boolean({ description: "This answer alone means an incident should be declared (seed 002: customers or the customer SLA are affected)." })),
  },
  { description: "One possible answer." },
);

const Question = Strict(
  {
    id: Id("The question's id: `fireline triage --<id> <answer>` (dashes for underscores).", ["impact"]),
    question: Type.String({ minLength: 1, description: "What is asked.", examples: ["What is the impact on users?"] }),
    options: Type.Array(Option, { description: "The possible answers, in the order they are offered. A question needs at least one." }),
  },
  { description: "One triage question." },
);

export const TriageSchema = Strict(
  {
    questions: Type.Array(Question, { description: "Asked in this order by `fireline incident declare` when no --severity is given." }),
    default_severity: Type.Optional(Id("The severity suggested when no answer implies one. Default: the last (least severe) severity.", ["sev4"])),
  },
  {
    description:
      "Triage questions that suggest a severity. Default when absent: seed 004's impact, security breach and revenue questions and seed 002's customers and customer SLA questions.",
  },
);

export type TriagePolicy = Static<typeof TriageSchema>;
export type TriageQuestion = Static<typeof Question>;
export type TriageOption = Static<typeof Option>;
