import { Type } from "@sinclair/typebox";
import { Id, LOCAL_TIME_PATTERN, MapOf, Strict, TimeZone, type Static } from "./common.js";

const Person = Strict(
  {
    name: Type.String({ minLength: 1, description: "Full name.", examples: ["Alice Moreau"] }),
    github: Type.Optional(
      Type.String({
        pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
        description: "GitHub login, used to assign action-item issues.",
        examples: ["alice-moreau"],
      }),
    ),
    email: Type.Optional(Type.String({ format: "email", description: "E-mail address.", examples: ["alice@example.com"] })),
    time_zone: TimeZone("Where this person works; used for after-hours load."),
    team: Type.Optional(Id("The team this person belongs to (a key of `teams`).", ["payments"])),
    working_hours: Type.Optional(
      Strict(
        {
          from: Type.String({ pattern: LOCAL_TIME_PATTERN, description: "Start of the working day, HH:MM in the person's time zone.", examples: ["09:00"] }),
          to: Type.String({ pattern: LOCAL_TIME_PATTERN, description: "End of the working day, HH:MM in the person's time zone.", examples: ["18:00"] }),
        },
        { description: "This person's working hours on working days, for the on-call load report's after-hours column. Default 09:00 to 18:00." },
      ),
    ),
  },
  { description: "A person who can be on call or hold an incident role." },
);

const Team = Strict(
  {
    name: Type.String({ minLength: 1, description: "Team name.", examples: ["Payments"] }),
    slack_channel: Type.Optional(Type.String({ pattern: "^#[a-z0-9_-]+$", description: "The team's Slack channel.", examples: ["#team-payments"] })),
  },
  { description: "A team that owns services." },
);

export const PeopleSchema = Strict(
  {
    teams: Type.Optional(MapOf(Team, "Team id", { description: "Teams by id." })),
    people: MapOf(Person, "Handle, as used in rotations and incident roles", {
      description: "People by handle (lower-case, e.g. alice). Handles are what every other file refers to.",
      minProperties: 1,
    }),
  },
  { description: "people.yaml: the people and teams of the organisation." },
);

export type PeopleFile = Static<typeof PeopleSchema>;
export type Person = Static<typeof Person>;
