import { IncidentSchema } from "../../schema/incident.js";
import { ROLES } from "../../schema/common.js";

/** incident.yaml's keys in the order the schema (and the README) list them; new keys go in this order. */
export const INCIDENT_KEY_ORDER: readonly string[] = Object.keys(IncidentSchema.properties);

/** Roles in the order the seeds name them. */
export const ROLE_ORDER: readonly string[] = ROLES;

/** The keys of a new timeline entry, in the order the example incidents write them. */
export const UPDATE_KEY_ORDER = ["at", "status", "public", "author", "message", "components", "severity_change"] as const;
