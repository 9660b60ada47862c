import { Type } from "@sinclair/typebox";
import { BUSINESS_DAYS_PATTERN, Strict, type Static } from "./common.js";

/** GitHub refuses label names longer than 50 characters. */
const LabelName = (description: string, example: string) => Type.String({ minLength: 1, maxLength: 50, description, examples: [example] });

/** policies/postmortem.yaml `enforcement:`: when `fireline deadlines --enforce` writes to GitHub. */
export const EnforcementSchema = Strict(
  {
    remind_before: Type.Optional(
      Type.String({
        pattern: BUSINESS_DAYS_PATTERN,
        description: "Open the postmortem's tracking issue as a reminder this many business days before the due date. Default: 2 business days.",
        examples: ["2 business days"],
      }),
    ),
    overdue_steps: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 1000, description: "Business days overdue." }), {
        minItems: 1,
        uniqueItems: true,
        description: "Comment on the tracking issue when the postmortem is this many business days overdue, once per step (not every day). Default: [1, 3, 5, 10].",
        examples: [[1, 3, 5, 10]],
      }),
    ),
    labels: Type.Optional(
      Strict(
        {
          postmortem: Type.Optional(LabelName("Label of the tracking issues, through which fireline finds them again. Default: postmortem-deadline.", "postmortem-deadline")),
          overdue: Type.Optional(LabelName("Label added to an overdue action item's issue. Default: overdue.", "overdue")),
          action_item: Type.Optional(LabelName("Label of the action items' issues, to read their labels. Default: action-item.", "action-item")),
        },
        { description: "Label names; missing labels are created once." },
      ),
    ),
  },
  { description: "How fireline deadlines --enforce reminds on GitHub: tracking issues for postmortems, comments and labels for overdue action items." },
);

export type EnforcementSettings = Static<typeof EnforcementSchema>;
