import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic, START_OF_FILE } from "../model/make-diagnostic.js";
import type { IncidentEntry, Loaded, Named, PostmortemEntry, Workspace } from "../model/workspace.js";
import type { FileSource } from "../ports.js";
import type { FileKind } from "../schema/index.js";
import type { FirelineConfig } from "../schema/fireline-config.js";
import type { IncidentFile } from "../schema/incident.js";
import type { PostmortemFrontMatter } from "../schema/postmortem-front-matter.js";
import { discoverWorkspace } from "./discover.js";
import { splitFrontMatter } from "./front-matter.js";
import { loadYamlFile, parseAndCheck, readText } from "./load-yaml-file.js";
import { mapPool } from "./run-pool.js";
import { SourceFile } from "./source-file.js";
import { DEFAULT_MAX_FILE_BYTES } from "./yaml-options.js";

export interface LoadOptions {
  /** Overrides limits.max_file_bytes from fireline.yaml. */
  maxFileBytes?: number;
}

export type LoadResult =
  | { ok: true; workspace: Workspace; diagnostics: Diagnostic[] }
  | { ok: false; reason: "not-a-workspace" };

const READ_CONCURRENCY = 32;

/** Reads a whole workspace. Never throws for a user's mistake: problems come back as diagnostics. */
export async function loadWorkspace(files: FileSource, options: LoadOptions = {}): Promise<LoadResult> {
  const found = await discoverWorkspace(files);
  if (!found.root.has("fireline.yaml")) return { ok: false, reason: "not-a-workspace" };
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  const failedFiles = new Set<string>();
  const take = <T>(result: { loaded?: Loaded<T>; diagnostics: Diagnostic[] }, path: string) => {
    diagnostics.push(...result.diagnostics);
    if (!result.loaded) failedFiles.add(path);
    return result.loaded;
  };

  const config = take(await loadYamlFile<FirelineConfig>(files, "fireline", "fireline.yaml", options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES), "fireline.yaml");
  const maxBytes = options.maxFileBytes ?? config?.data.limits?.max_file_bytes ?? DEFAULT_MAX_FILE_BYTES;

  const required = async <T>(kind: FileKind, path: string, present: boolean) => {
    if (present) return take(await loadYamlFile<T>(files, kind, path, maxBytes), path);
    diagnostics.push(makeDiagnostic("missing-file", path, START_OF_FILE, `${path} is missing; every workspace needs one`, `Create ${path}; see the README's workspace layout.`));
    return undefined;
  };
  const workspace: Workspace = {
    config,
    people: await required("people", "people.yaml", found.root.has("people.yaml")),
    services: await required("services", "services.yaml", found.root.has("services.yaml")),
    severity: await required("severity", "policies/severity.yaml", found.policies.has("severity.yaml")),
    escalation: found.policies.has("escalation.yaml")
      ? take(await loadYamlFile(files, "escalation", "policies/escalation.yaml", maxBytes), "policies/escalation.yaml")
      : undefined,
    postmortemPolicy: found.policies.has("postmortem.yaml")
      ? take(await loadYamlFile(files, "postmortem-policy", "policies/postmortem.yaml", maxBytes), "policies/postmortem.yaml")
      : undefined,
    rotations: [],
    incidents: [],
    maintenance: [],
    fileCount: 0,
    failedFiles,
  };

  const named = async <T>(kind: FileKind, dir: string, names: string[]) => {
    const results = await mapPool(names, READ_CONCURRENCY, (name) => loadYamlFile<T>(files, kind, `${dir}/${name}`, maxBytes));
    return results.flatMap((result, i): Named<T>[] => {
      const loaded = take(result, `${dir}/${names[i] ?? ""}`);
      return loaded ? [{ ...loaded, id: (names[i] ?? "").replace(/\.yaml$/, "") }] : [];
    });
  };
  workspace.rotations = await named("rotation", "rotations", found.rotations);
  workspace.maintenance = await named("maintenance", "maintenance", found.maintenance);

  const incidents = await mapPool(found.incidentDirs, READ_CONCURRENCY, (dir) => loadIncident(files, dir.id, dir.files, maxBytes));
  for (const { entry, diagnostics: found } of incidents) {
    workspace.incidents.push(entry);
    diagnostics.push(...found);
  }

  workspace.fileCount =
    [found.root.has("fireline.yaml"), found.root.has("people.yaml"), found.root.has("services.yaml")].filter(Boolean).length +
    [...found.policies].filter((name) => name.endsWith(".yaml")).length +
    found.rotations.length +
    found.maintenance.length +
    found.incidentDirs.reduce((sum, dir) => sum + (dir.files.has("incident.yaml") ? 1 : 0) + (dir.files.has("postmortem.md") ? 1 : 0), 0);
  return { ok: true, workspace, diagnostics };
}

async function loadIncident(files: FileSource, id: string, present: Set<string>, maxBytes: number) {
  const diagnostics: Diagnostic[] = [];
  const entry: IncidentEntry = { id, files: present };
  const dir = `incidents/${id}`;
  if (present.has("incident.yaml")) {
    const result = await loadYamlFile<IncidentFile>(files, "incident", `${dir}/incident.yaml`, maxBytes);
    diagnostics.push(...result.diagnostics);
    if (result.loaded) entry.incident = result.loaded;
  } else {
    diagnostics.push(
      makeDiagnostic("missing-incident-file", dir, START_OF_FILE, `the incident folder ${dir} has no incident.yaml`, "Add incident.yaml, or remove the folder if it is not an incident."),
    );
  }
  if (present.has("postmortem.md")) {
    const postmortem = await loadPostmortem(files, `${dir}/postmortem.md`, maxBytes);
    diagnostics.push(...postmortem.diagnostics);
    if (postmortem.entry) entry.postmortem = postmortem.entry;
  }
  return { entry, diagnostics };
}

async function loadPostmortem(files: FileSource, path: string, maxBytes: number): Promise<{ entry?: PostmortemEntry; diagnostics: Diagnostic[] }> {
  const { text, diagnostics } = await readText(files, path, maxBytes);
  if (text === undefined) return { diagnostics };
  const split = splitFrontMatter(text);
  if (!split) {
    diagnostics.push(
      makeDiagnostic("front-matter", path, START_OF_FILE, "the postmortem has no front matter", "Start the file with a block between --- lines holding at least status and authors."),
    );
    return { entry: { source: new SourceFile(path, text), body: text, bodyLine: 1 }, diagnostics };
  }
  const checked = parseAndCheck<PostmortemFrontMatter>("postmortem", path, split.yaml, split.yamlLine - 1);
  diagnostics.push(...checked.diagnostics);
  const entry: PostmortemEntry = { source: checked.loaded?.source ?? new SourceFile(path, split.yaml, split.yamlLine - 1), body: split.body, bodyLine: split.bodyLine };
  if (checked.loaded) entry.frontMatter = checked.loaded.data;
  return { entry, diagnostics };
}
