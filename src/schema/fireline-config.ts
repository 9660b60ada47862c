import { Type } from "@sinclair/typebox";
import { Id, LocalDate, Strict, TimeZone, WEEKDAYS, StringEnum, type Static } from "./common.js";

const ComponentGroup = Strict(
  {
    name: Type.String({ minLength: 1, description: "Heading shown above the group on the status page.", examples: ["Payments"] }),
    services: Type.Array(Id("A service id from services.yaml.", ["checkout"]), {
      minItems: 1,
      description: "Services shown in this group, in this order.",
    }),
  },
  { description: "A group of components on the status page." },
);

export const FirelineConfigSchema = Strict(
  {
    organization: Strict(
      {
        name: Type.String({ minLength: 1, description: "Organisation name shown on the status page and in reports.", examples: ["Larkspur Pay"] }),
        time_zone: TimeZone("Time zone for business days, reports and the status page."),
      },
      { description: "Who this workspace belongs to." },
    ),
    business_calendar: Type.Optional(
      Strict(
        {
          country: Type.String({
            pattern: "^[A-Z]{2}$",
            description: "ISO 3166-1 alpha-2 country whose public holidays are closed days.",
            examples: ["DE", "US"],
          }),
          region: Type.Optional(
            Type.String({ description: "State or region code for regional holidays (date-holidays naming).", examples: ["BE", "CA"] }),
          ),
          working_days: Type.Optional(
            Type.Array(StringEnum(WEEKDAYS, { description: "A working weekday." }), {
              minItems: 1,
              uniqueItems: true,
              description: "Days of the week that count as business days. Defaults to Monday to Friday.",
            }),
          ),
          closed_days: Type.Optional(
            Type.Array(LocalDate("An extra closed day"), {
              uniqueItems: true,
              description: "Extra closed days beyond public holidays, such as a company-wide shutdown.",
            }),
          ),
        },
        { description: "Which days count as business days for postmortem and action-item deadlines." },
      ),
    ),
    status_page: Type.Optional(
      Strict(
        {
          title: Type.String({ minLength: 1, description: "Title of the public status page.", examples: ["Larkspur Pay Status"] }),
          url: Type.Optional(
            Type.String({ format: "uri", description: "Public URL the status page is served from.", examples: ["https://status.example.com/"] }),
          ),
          description: Type.Optional(Type.String({ description: "One line shown under the title." })),
          component_groups: Type.Optional(
            Type.Array(ComponentGroup, { description: "How components are grouped on the status page, in order." }),
          ),
          time_zone: Type.Optional(
            TimeZone("Time zone the status page shows times in and cuts uptime days by. Defaults to organization.time_zone."),
          ),
          partial_outage_weight: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description:
                "How much of a partial outage counts as downtime in uptime percentages: 0 ignores partial outages, 1 counts them as fully down. Default 0.3.",
              examples: [0.3],
            }),
          ),
        },
        { description: "Settings for the public status page." },
      ),
    ),
    alertmanager: Type.Optional(
      Strict(
        {
          severity_label: Type.Optional(Type.String({ minLength: 1, description: "The alert label that holds the severity. Default severity.", examples: ["severity"] })),
          severities: Type.Optional(
            Type.Record(Type.String(), Id("A severity id from policies/severity.yaml.", ["sev1"]), {
              additionalProperties: false,
              description: "Values of the severity label and the severity each maps to.",
              examples: [{ critical: "sev1", warning: "sev3" }],
            }),
          ),
          default_severity: Type.Optional(Id("The severity when an alert's label is missing or not listed in `severities`.", ["sev3"])),
          service_label: Type.Optional(Type.String({ minLength: 1, description: "The alert label that names the service. Default service.", examples: ["service"] })),
          services: Type.Optional(
            Type.Record(Type.String(), Id("A service id from services.yaml.", ["payments-api"]), {
              additionalProperties: false,
              description: "Values of the service label that are not service ids, and the service each means; other values are taken as service ids.",
              examples: [{ "payments-gateway": "payments-api" }],
            }),
          ),
          public: Type.Optional(
            Type.Boolean({ description: "Whether incidents declared from alerts are public at once. Default false: a person decides what customers see." }),
          ),
        },
        { description: "How `fireline incident from-alertmanager` turns Alertmanager alerts into incidents." },
      ),
    ),
    github: Type.Optional(
      Strict(
        {
          repository: Type.Optional(
            Type.String({
              pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$",
              description: "The owner/name repository that holds the action-item and deadline issues. --repo overrides it; without either, GITHUB_REPOSITORY is used.",
              examples: ["larkspur/incidents"],
            }),
          ),
        },
        { description: "Where `fireline sync` and `fireline deadlines --enforce` keep issues on GitHub." },
      ),
    ),
    limits: Type.Optional(
      Strict(
        {
          max_file_bytes: Type.Optional(
            Type.Integer({
              minimum: 1024,
              description: "Largest file fireline will read, in bytes. Larger files are reported, not parsed. Default 1048576 (1 MiB).",
              examples: [1048576],
            }),
          ),
        },
        { description: "Safety limits for reading the workspace." },
      ),
    ),
  },
  { description: "fireline.yaml: organisation settings for a fireline workspace." },
);

export type FirelineConfig = Static<typeof FirelineConfigSchema>;
