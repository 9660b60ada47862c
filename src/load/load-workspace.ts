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
import { defaultParser } from "./default-parser.js";
import { loadYamlFile, readText, withSource, type FileResult } from "./load-yaml-file.js";
import type { BatchParser, YamlJob } from "./parse-batch.js";
import { mapPool } from "./run-pool.js";
import { SourceFile } from "./source-file.js";
import { DEFAULT_MAX_FILE_BYTES } from "./yaml-options.js";

export interface LoadOptions {
  /** Overrides limits.max_file_bytes from fireline.yaml. */
  maxFileBytes?: number;
  /** Parses the many files (incidents, postmortems, rotations, maintenance): worker threads, a cache. Default: defaultParser(). */
  parser?: BatchParser;
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

  const parser = options.parser ?? defaultParser();
  const named = async <T>(kind: FileKind, dir: string, names: string[]) => {
    const results = await parseMany<T>(files, parser, maxBytes, names.map((name) => ({ kind, path: `${dir}/${name}` })));
    return results.flatMap((result, i): Named<T>[] => {
      const loaded = take(result, `${dir}/${names[i] ?? ""}`);
      return loaded ? [{ ...loaded, id: (names[i] ?? "").replace(/\.yaml$/, "") }] : [];
    });
  };
  workspace.rotations = await named("rotation", "rotations", found.rotations);
  workspace.maintenance = await named("maintenance", "maintenance", found.maintenance);

  for (const incident of await loadIncidents(files, parser, found.incidentDirs, maxBytes)) {
    workspace.incidents.push(incident.entry);
    diagnostics.push(...incident.diagnostics);
  }

  workspace.fileCount =
    [found.root.has("fireline.yaml"), found.root.has("people.yaml"), found.root.has("services.yaml")].filter(Boolean).length +
    [...found.policies].filter((name) => name.endsWith(".yaml")).length +
    found.rotations.length +
    found.maintenance.length +
    found.incidentDirs.reduce((sum, dir) => sum + (dir.files.has("incident.yaml") ? 1 : 0) + (dir.files.has("postmortem.md") ? 1 : 0), 0);
  return { ok: true, workspace, diagnostics };
}

interface ParseSpec {
  kind: FileKind;
  path: string;
  /** For front matter: the markdown file's text is split and only the YAML part parsed. */
  frontMatter?: boolean;
}

type ParsedFile<T> = FileResult<T> & { frontMatter?: { found: false; text: string } | { found: true; body: string; bodyLine: number; yaml: string; lineOffset: number } };

/**
 * Reads every file, then parses them all in one call, so the parser can spread them over threads
 * and skip the ones it has cached. Results and diagnostics come in the order of `specs`.
 */
async function parseMany<T>(files: FileSource, parser: BatchParser, maxBytes: number, specs: readonly ParseSpec[]): Promise<ParsedFile<T>[]> {
  const read = await mapPool(specs, READ_CONCURRENCY, (spec) => readText(files, spec.path, maxBytes));
  const jobs: YamlJob[] = [];
  const prepared = read.map(({ text, diagnostics }, i): ParsedFile<T> & { job?: number } => {
    const spec = specs[i] as ParseSpec;
    if (text === undefined) return { diagnostics };
    if (!spec.frontMatter) return { diagnostics, job: jobs.push({ kind: spec.kind, path: spec.path, text, lineOffset: 0 }) - 1 };
    const split = splitFrontMatter(text);
    if (!split) return { diagnostics, frontMatter: { found: false, text } };
    const lineOffset = split.yamlLine - 1;
    const frontMatter = { found: true as const, body: split.body, bodyLine: split.bodyLine, yaml: split.yaml, lineOffset };
    return { diagnostics, frontMatter, job: jobs.push({ kind: spec.kind, path: spec.path, text: split.yaml, lineOffset }) - 1 };
  });
  const outcomes = await parser.yaml(jobs);
  return prepared.map(({ job, ...file }) => {
    if (job === undefined) return file;
    const { text, path, lineOffset } = jobs[job] as YamlJob;
    const result = withSource<T>(outcomes[job] ?? { diagnostics: [] }, path, text, lineOffset);
    return { ...file, ...result, diagnostics: [...file.diagnostics, ...result.diagnostics] };
  });
}

async function loadIncidents(files: FileSource, parser: BatchParser, dirs: readonly { id: string; files: Set<string> }[], maxBytes: number) {
  const specs: ParseSpec[] = dirs.flatMap(({ id, files: present }) => [
    ...(present.has("incident.yaml") ? [{ kind: "incident" as const, path: `incidents/${id}/incident.yaml` }] : []),
    ...(present.has("postmortem.md") ? [{ kind: "postmortem" as const, path: `incidents/${id}/postmortem.md`, frontMatter: true }] : []),
  ]);
  const parsed = await parseMany<unknown>(files, parser, maxBytes, specs);
  let next = 0;
  return dirs.map(({ id, files: present }) => {
    const diagnostics: Diagnostic[] = [];
    const entry: IncidentEntry = { id, files: present };
    const dir = `incidents/${id}`;
    if (present.has("incident.yaml")) {
      const result = parsed[next++] as ParsedFile<IncidentFile>;
      diagnostics.push(...result.diagnostics);
      if (result.loaded) entry.incident = result.loaded;
    } else {
      diagnostics.push(
        makeDiagnostic("missing-incident-file", dir, START_OF_FILE, `the incident folder ${dir} has no incident.yaml`, "Add incident.yaml, or remove the folder if it is not an incident."),
      );
    }
    if (present.has("postmortem.md")) {
      const postmortem = postmortemEntry(`${dir}/postmortem.md`, parsed[next++] as ParsedFile<PostmortemFrontMatter>);
      diagnostics.push(...postmortem.diagnostics);
      if (postmortem.entry) entry.postmortem = postmortem.entry;
    }
    return { entry, diagnostics };
  });
}

function postmortemEntry(path: string, parsed: ParsedFile<PostmortemFrontMatter>): { entry?: PostmortemEntry; diagnostics: Diagnostic[] } {
  const diagnostics = [...parsed.diagnostics];
  const split = parsed.frontMatter;
  if (!split) return { diagnostics };
  if (!split.found) {
    diagnostics.push(
      makeDiagnostic("front-matter", path, START_OF_FILE, "the postmortem has no front matter", "Start the file with a block between --- lines holding at least status and authors."),
    );
    return { entry: { source: new SourceFile(path, split.text), body: split.text, bodyLine: 1 }, diagnostics };
  }
  const entry: PostmortemEntry = { source: parsed.loaded?.source ?? new SourceFile(path, split.yaml, split.lineOffset), body: split.body, bodyLine: split.bodyLine };
  if (parsed.loaded) entry.frontMatter = parsed.loaded.data;
  return { entry, diagnostics };
}
