import { Type } from "@sinclair/typebox";
import { Id, LocalDate, MapOf, Strict, type Static } from "./common.js";

const Service = Strict(
  {
    name: Type.String({ minLength: 1, description: "Name shown to customers on the status page.", examples: ["Checkout"] }),
    description: Type.Optional(Type.String({ description: "What the service does, in a sentence customers understand." })),
    team: Id("Owning team (a key of `teams` in people.yaml).", ["payments"]),
    escalation_policy: Id("Escalation policy paged for this service (policies/escalation.yaml).", ["payments-critical"]),
    public: Type.Boolean({ description: "Whether the service appears as a component on the public status page." }),
    since: Type.Optional(LocalDate("The day the service went live; earlier days show as no data on the uptime bar")),
    depends_on: Type.Optional(
      Type.Array(Id("A service id.", ["ledger"]), { uniqueItems: true, description: "Services this one needs to work." }),
    ),
  },
  { description: "A service, also a status-page component when public." },
);

export const ServicesSchema = Strict(
  {
    services: MapOf(Service, "Service id", { description: "Services by id (lower-case, e.g. checkout).", minProperties: 1 }),
  },
  { description: "services.yaml: the services and status-page components." },
);

export type ServicesFile = Static<typeof ServicesSchema>;
export type Service = Static<typeof Service>;
