import type { SourceFile } from "../load/source-file.js";
import type { EscalationPolicyFile } from "../schema/escalation-policy.js";
import type { FirelineConfig } from "../schema/fireline-config.js";
import type { IncidentFile } from "../schema/incident.js";
import type { MaintenanceFile } from "../schema/maintenance.js";
import type { PeopleFile } from "../schema/people.js";
import type { PostmortemFrontMatter } from "../schema/postmortem-front-matter.js";
import type { PostmortemPolicyFile } from "../schema/postmortem-policy.js";
import type { RotationFile } from "../schema/rotation.js";
import type { ServicesFile } from "../schema/services.js";
import type { SeverityPolicyFile } from "../schema/severity-policy.js";

/** A file that parsed and matched its schema: typed data plus where it came from. */
export interface Loaded<T> {
  source: SourceFile;
  data: T;
}

/** Something named by its file or folder (a rotation, an incident, a maintenance window). */
export interface Named<T> extends Loaded<T> {
  id: string;
}

export interface IncidentEntry {
  /** The folder name, e.g. 2026-03-03-checkout-errors. */
  id: string;
  /** Names of the files in the folder (incident.yaml, postmortem.md, attachments). */
  files: ReadonlySet<string>;
  /** Absent when incident.yaml is missing or invalid; the loader reported why. */
  incident?: Loaded<IncidentFile>;
  postmortem?: PostmortemEntry;
}

export interface PostmortemEntry {
  source: SourceFile;
  /** Absent when the front matter is missing or invalid. */
  frontMatter?: PostmortemFrontMatter;
  /** The markdown after the front matter. */
  body: string;
  /** Line in postmortem.md where `body` starts. */
  bodyLine: number;
}

/**
 * Everything read from a workspace. Parts that failed to load are absent; their diagnostics
 * travel separately, so every rule can rely on the types it sees.
 */
export interface Workspace {
  config?: Loaded<FirelineConfig>;
  people?: Loaded<PeopleFile>;
  services?: Loaded<ServicesFile>;
  severity?: Loaded<SeverityPolicyFile>;
  escalation?: Loaded<EscalationPolicyFile>;
  /** policies/postmortem.yaml, optional: without it the built-in postmortem policy applies. */
  postmortemPolicy?: Loaded<PostmortemPolicyFile>;
  rotations: Named<RotationFile>[];
  incidents: IncidentEntry[];
  maintenance: Named<MaintenanceFile>[];
  /** How many files were read, for the summary line. */
  fileCount: number;
  /** Files that exist but did not load; references to what they define are not second-guessed. */
  failedFiles: Set<string>;
}
