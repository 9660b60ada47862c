import { Type } from "@sinclair/typebox";
import { COMPONENT_STATUSES, INCIDENT_STATUSES, Id, Instant, ROLES, StringEnum, Strict, type Static } from "./common.js";
import { PostmortemTriggerSchema } from "./postmortem-triggers.js";

const SeverityChange = Strict(
  {
    from: Id("The severity before the change.", ["sev3"]),
    to: Id("The severity after the change; the incident's severity: is the last change's to.", ["sev1"]),
  },
  { description: "The incident was re-classified at this update (by its author, at its time)." },
);

const ComponentStatusMap = Type.Record(
  Type.String({ pattern: "^[a-z0-9][a-z0-9_-]*$" }),
  StringEnum(COMPONENT_STATUSES, { description: "Impact on this service." }),
  {
    additionalProperties: false,
    minProperties: 1,
    description: "Affected services (ids from services.yaml) and the impact on each.",
    examples: [{ checkout: "partial_outage" }],
  },
);

const Update = Strict(
  {
    at: Instant("When the update was posted."),
    status: StringEnum(INCIDENT_STATUSES, { description: "Incident status as of this update." }),
    message: Type.String({ minLength: 1, description: "What was said. Public updates are shown to customers as written." }),
    public: Type.Optional(Type.Boolean({ description: "Shown on the status page. Default false." })),
    author: Type.Optional(Id("Who posted it (a handle).", ["bob"])),
    components: Type.Optional(ComponentStatusMap),
    severity_change: Type.Optional(SeverityChange),
  },
  { description: "One entry of the incident timeline." },
);

const Roles = Strict(
  Object.fromEntries(ROLES.map((role) => [role, Type.Optional(Id(`The ${role} (a handle).`, ["alice"]))])),
  { description: "Incident roles: commander, communications, operations and scribe." },
);

const Link = Strict(
  {
    title: Type.String({ minLength: 1, description: "Link text.", examples: ["Slack channel"] }),
    url: Type.String({ format: "uri", description: "Where it points.", examples: ["https://example.slack.com/archives/C01"] }),
  },
  { description: "A related document, channel or dashboard." },
);

export const IncidentSchema = Strict(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: "One line saying what is broken, in words customers understand.", examples: ["Checkout errors after payment-gateway deploy"] }),
    summary: Type.Optional(Type.String({ description: "A few sentences of context for responders." })),
    severity: Id("Severity id from policies/severity.yaml.", ["sev2"]),
    status: StringEnum(INCIDENT_STATUSES, { description: "Current status." }),
    public: Type.Boolean({ description: "Whether the incident is shown on the status page." }),
    services: ComponentStatusMap,
    roles: Type.Optional(Roles),
    tags: Type.Optional(Type.Array(Id("A tag.", ["database"]), { uniqueItems: true, description: "Free tags for grouping and recurrence." })),
    triage: Type.Optional(
      Type.Record(Type.String({ pattern: "^[a-z0-9][a-z0-9_-]*$" }), Id("The answer's id.", ["total_outage"]), {
        additionalProperties: false,
        description: "The triage answers given when the incident was declared: question id -> answer id (policies/severity.yaml triage:).",
        examples: [{ impact: "significant_degradation", security_breach: "no" }],
      }),
    ),
    postmortem_triggers: Type.Optional(
      Type.Array(PostmortemTriggerSchema, {
        uniqueItems: true,
        description: "Facts that owe a postmortem whatever the severity (seed 001).",
        examples: [["data_loss", "manual_intervention"]],
      }),
    ),
    alert_group: Type.Optional(
      Type.String({
        minLength: 1,
        description: "The Alertmanager group key this incident was declared from; later notifications for the same group update it.",
        examples: ['{}:{alertname="HighDeclineRate"}'],
      }),
    ),
    started_at: Instant("When impact began (MTTD = detected - started)."),
    detected_at: Type.Optional(Instant("When the problem was detected (an alert or a report).")),
    acknowledged_at: Type.Optional(Instant("When a responder acknowledged it.")),
    mitigated_at: Type.Optional(Instant("When customer impact stopped.")),
    resolved_at: Type.Optional(Instant("When the incident was resolved.")),
    updates: Type.Array(Update, { description: "The timeline, oldest first. Public entries appear on the status page." }),
    links: Type.Optional(Type.Array(Link, { description: "Channels, dashboards, tickets." })),
  },
  { description: "incidents/<YYYY-MM-DD-slug>/incident.yaml: the facts of one incident. The folder name is its id." },
);

export type IncidentFile = Static<typeof IncidentSchema>;
export type IncidentUpdate = Static<typeof Update>;
