import { Temporal } from "temporal-polyfill";
import { SCHEMA_BASE_URL } from "../../schema/common.js";
import { renderInlineScalar } from "../incident/render-yaml.js";

/** The files `fireline init` writes, each from a built-in template (or empty, to keep a folder in Git). */
export const SCAFFOLD: readonly { path: string; template?: string }[] = [
  { path: "fireline.yaml", template: "init/fireline.yaml.hbs" },
  { path: "people.yaml", template: "init/people.yaml.hbs" },
  { path: "services.yaml", template: "init/services.yaml.hbs" },
  { path: "policies/severity.yaml", template: "init/severity.yaml.hbs" },
  { path: "policies/escalation.yaml", template: "init/escalation.yaml.hbs" },
  { path: "rotations/primary.yaml", template: "init/rotation.yaml.hbs" },
  { path: ".github/workflows/fireline.yml", template: "init/workflow.yml.hbs" },
  { path: "incidents/.gitkeep" },
  { path: "maintenance/.gitkeep" },
];

export interface ScaffoldOptions {
  name: string;
  timeZone: string;
  now: Temporal.Instant;
  version: string;
}

/** What the init templates see: values already quoted as YAML needs them. */
export interface ScaffoldView {
  organization: string;
  statusPageTitle: string;
  timeZone: string;
  effectiveFrom: string;
  schemaBase: string;
  version: string;
}

export function scaffoldView(options: ScaffoldOptions): ScaffoldView {
  return {
    organization: renderInlineScalar(options.name),
    statusPageTitle: renderInlineScalar(`${options.name} Status`),
    timeZone: renderInlineScalar(options.timeZone),
    effectiveFrom: rotationStart(options.now, options.timeZone),
    schemaBase: SCHEMA_BASE_URL,
    version: options.version,
  };
}

/** The Monday 09:00 that starts the current week in the zone, so the rotation is in effect at once. */
function rotationStart(now: Temporal.Instant, timeZone: string): string {
  let zoned: Temporal.ZonedDateTime;
  try {
    zoned = now.toZonedDateTimeISO(timeZone);
  } catch {
    // An unknown zone is reported by validation, at fireline.yaml; the rotation falls back to UTC.
    zoned = now.toZonedDateTimeISO("UTC");
  }
  const monday = zoned.toPlainDate().subtract({ days: zoned.dayOfWeek - 1 });
  return monday.toZonedDateTime({ timeZone: zoned.timeZoneId, plainTime: "09:00" }).toString({ timeZoneName: "never" });
}
