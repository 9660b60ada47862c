import { Type } from "@sinclair/typebox";
import { COMPONENT_STATUSES, Instant, StringEnum, Strict, type Static } from "./common.js";

export const MaintenanceSchema = Strict(
  {
    title: Type.String({ minLength: 1, description: "What is being done, for customers.", examples: ["Database failover drill"] }),
    description: Type.String({ minLength: 1, description: "What customers should expect during the window." }),
    public: Type.Boolean({ description: "Whether the window is shown on the status page." }),
    services: Type.Record(
      Type.String({ pattern: "^[a-z0-9][a-z0-9_-]*$" }),
      StringEnum(COMPONENT_STATUSES, { description: "Expected impact; operational means no expected impact." }),
      {
        additionalProperties: false,
        minProperties: 1,
        description: "Services touched by the window and the impact expected on each.",
        examples: [{ ledger: "degraded_performance" }],
      },
    ),
    starts_at: Instant("Window start."),
    ends_at: Instant("Window end."),
    updates: Type.Optional(
      Type.Array(
        Type.Object(
          {
            at: Instant("When the note was posted."),
            message: Type.String({ minLength: 1, description: "The note." }),
          },
          { additionalProperties: false, description: "A note posted during the window." },
        ),
        { description: "Notes posted before or during the window." },
      ),
    ),
  },
  { description: "maintenance/<YYYY-MM-DD-slug>.yaml: a planned maintenance window. Its state comes from the clock." },
);

export type MaintenanceFile = Static<typeof MaintenanceSchema>;
