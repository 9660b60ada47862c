import type { TSchema } from "@sinclair/typebox";
import { SCHEMA_BASE_URL } from "./common.js";
import { EscalationPolicySchema } from "./escalation-policy.js";
import { FirelineConfigSchema } from "./fireline-config.js";
import { IncidentSchema } from "./incident.js";
import { MaintenanceSchema } from "./maintenance.js";
import { PeopleSchema } from "./people.js";
import { PostmortemFrontMatterSchema } from "./postmortem-front-matter.js";
import { PostmortemPolicySchema } from "./postmortem-policy.js";
import { RotationSchema } from "./rotation.js";
import { ServicesSchema } from "./services.js";
import { SeverityPolicySchema } from "./severity-policy.js";

/** Every file kind fireline reads, keyed by the name of its schema file in schemas/. */
export const FILE_KINDS = {
  fireline: { schema: FirelineConfigSchema, title: "fireline.yaml" },
  people: { schema: PeopleSchema, title: "people.yaml" },
  services: { schema: ServicesSchema, title: "services.yaml" },
  severity: { schema: SeverityPolicySchema, title: "policies/severity.yaml" },
  escalation: { schema: EscalationPolicySchema, title: "policies/escalation.yaml" },
  "postmortem-policy": { schema: PostmortemPolicySchema, title: "policies/postmortem.yaml" },
  rotation: { schema: RotationSchema, title: "rotations/<name>.yaml" },
  incident: { schema: IncidentSchema, title: "incidents/<id>/incident.yaml" },
  maintenance: { schema: MaintenanceSchema, title: "maintenance/<id>.yaml" },
  postmortem: { schema: PostmortemFrontMatterSchema, title: "incidents/<id>/postmortem.md front matter" },
} as const satisfies Record<string, { schema: TSchema; title: string }>;

export type FileKind = keyof typeof FILE_KINDS;

export function schemaFileName(kind: FileKind): string {
  return `${kind}.schema.json`;
}

/** The published JSON Schema document for a kind: draft-07 so every editor understands it. */
export function jsonSchemaFor(kind: FileKind): Record<string, unknown> {
  const { schema, title } = FILE_KINDS[kind];
  // JSON round trip drops TypeBox's symbol keys so the output is plain JSON Schema.
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `${SCHEMA_BASE_URL}${schemaFileName(kind)}`,
    title,
    ...plain,
  };
}
