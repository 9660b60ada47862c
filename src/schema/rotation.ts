import { Type } from "@sinclair/typebox";
import { BOUNDED_DURATION_PATTERN, Id, Instant, LOCAL_TIME_PATTERN, SHIFT_PATTERN, StringEnum, Strict, TimeZone, WEEKDAYS, type Static } from "./common.js";

/** Whether a rotation must have somebody on call at every moment. */
export const COVERAGE_KINDS = ["24x7", "scheduled"] as const;

const LocalTime = (description: string) =>
  Type.String({ pattern: LOCAL_TIME_PATTERN, description: `${description} Local wall-clock time, HH:MM (24-hour).`, examples: ["09:00"] });

const Restriction = Strict(
  {
    days: Type.Optional(
      Type.Array(StringEnum(WEEKDAYS, { description: "A weekday." }), {
        minItems: 1,
        uniqueItems: true,
        description: "Weekdays this window applies to (the day the window starts). Defaults to every day.",
      }),
    ),
    from: LocalTime("Window start."),
    to: LocalTime("Window end; earlier than `from` means the window runs past midnight (nights). Equal to `from` is an error."),
  },
  { description: "A recurring window in which this layer is on call; outside every window it is not." },
);

const Layer = Strict(
  {
    name: Type.String({ minLength: 1, description: "Layer name, shown in schedules.", examples: ["Weekly primary"] }),
    members: Type.Array(Id("A person's handle.", ["alice"]), {
      description: "People in hand-off order; the rotation cycles through them.",
    }),
    shift: Type.String({
      pattern: SHIFT_PATTERN,
      description: "Shift length in calendar units: hours (h), days (d) or weeks (w), up to 9999. Hand-offs follow the wall clock across DST.",
      examples: ["1w", "1d", "12h"],
    }),
    handoff: Type.String({
      pattern: `^((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?([01][0-9]|2[0-3]):[0-5][0-9]$`,
      description:
        "Local hand-off time, with a weekday for weekly shifts: \"Monday 09:00\" or \"09:00\". Read on the wall clock: a time skipped by a DST change hands off when the clock jumps; a repeated time uses its first occurrence.",
      examples: ["Monday 09:00", "09:00"],
    }),
    effective_from: Instant("When this layer starts; the first member's first shift begins at the first hand-off at or after it."),
    effective_until: Type.Optional(Instant("When this layer stops; shifts before it stay as they were.")),
    time_zone: Type.Optional(TimeZone("Overrides the rotation's time zone for this layer (follow-the-sun).")),
    restrictions: Type.Optional(Type.Array(Restriction, { minItems: 1, description: "Limit this layer to recurring windows." })),
  },
  { description: "A layer of the schedule. Later layers mask earlier ones where they have someone on call." },
);

const Override = Strict(
  {
    person: Id("Who covers.", ["carol"]),
    covers: Type.Optional(Id("Whose shift is covered; omit to override whoever is on call.", ["alice"])),
    from: Instant("Override start."),
    to: Instant("Override end."),
    reason: Type.Optional(Type.String({ description: "Why, for the record.", examples: ["Alice at a conference"] })),
  },
  { description: "Someone covers the schedule for a while; overrides win over every layer." },
);

export const RotationSchema = Strict(
  {
    name: Type.String({ minLength: 1, description: "Human name of the rotation.", examples: ["Payments primary"] }),
    description: Type.Optional(Type.String({ description: "What this rotation covers." })),
    time_zone: TimeZone("Time zone in which hand-off times are read."),
    coverage: Type.Optional(
      StringEnum(COVERAGE_KINDS, {
        description:
          "24x7: somebody must be on call at every moment, and validate reports gaps in the next 90 days. scheduled (default): gaps are expected, e.g. restricted hours.",
      }),
    ),
    max_shift: Type.Optional(
      Type.String({
        pattern: BOUNDED_DURATION_PATTERN,
        description:
          "Longest time one person may be on call without a break in this rotation (layer shifts, overrides and back-to-back stretches). A whole number up to 9999 followed by m, h, d or w.",
        examples: ["1w", "7d"],
      }),
    ),
    layers: Type.Array(Layer, { minItems: 1, description: "Layers, lowest first." }),
    overrides: Type.Optional(Type.Array(Override, { description: "Temporary cover, applied after every layer." })),
  },
  { description: "rotations/<name>.yaml: an on-call schedule. The file name (without .yaml) is its id." },
);

export type RotationFile = Static<typeof RotationSchema>;
