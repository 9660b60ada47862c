import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseDocument } from "yaml";
import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { splitFrontMatter } from "../src/load/front-matter.js";
import { mapPool } from "../src/load/run-pool.js";
import { DEFAULT_MAX_FILE_BYTES } from "../src/load/yaml-options.js";
import type { FileSource } from "../src/ports.js";

/** The loader's READ_CONCURRENCY and LIST_CONCURRENCY (src/load/load-workspace.ts, discover.ts). */
const CONCURRENCY = 32;

export interface FloorResult {
  files: number;
  bytes: number;
  /** YAML syntax errors found; a generated workspace has none. */
  yamlErrors: number;
}

/** The markdown pipeline validate reads postmortem bodies with (CommonMark + GFM task lists). */
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The floor: list and read every workspace file and parse it — YAML with the yaml library, a
 * postmortem's front matter as YAML and its body as markdown with remark — with no schema
 * validation and no rules. Any tool that reads these files pays at least this much.
 */
export async function readAndParseAll(dir: string): Promise<FloorResult> {
  const files = new NodeFileSource(dir);
  const paths = await listWorkspaceFiles(files);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const results = await mapPool(paths, CONCURRENCY, async (path) => {
    const read = await files.read(path, DEFAULT_MAX_FILE_BYTES);
    if (!read.ok) throw new Error(`cannot read ${path}: ${read.reason}`);
    const text = decoder.decode(read.bytes);
    if (!path.endsWith(".md")) return { bytes: read.bytes.length, errors: parseDocument(text).errors.length };
    const split = splitFrontMatter(text);
    markdown.parse(split?.body ?? text);
    return { bytes: read.bytes.length, errors: parseDocument(split?.yaml ?? "").errors.length };
  });
  return {
    files: results.length,
    bytes: results.reduce((sum, result) => sum + result.bytes, 0),
    yamlErrors: results.reduce((sum, result) => sum + result.errors, 0),
  };
}

/** The paths fireline reads: root and policy files, rotations, maintenance, and each incident folder's two files. */
export async function listWorkspaceFiles(files: FileSource): Promise<string[]> {
  const folders = ["", "policies", "rotations", "maintenance"];
  const [incidents, ...listed] = await Promise.all(["incidents", ...folders].map((folder) => files.list(folder)));
  const paths = listed.flatMap((entries, i) =>
    entries.filter((e) => e.kind === "file" && e.name.endsWith(".yaml")).map((e) => (folders[i] ? `${folders[i]}/${e.name}` : e.name)),
  );
  const incidentDirs = (incidents ?? []).filter((e) => e.kind === "directory").map((e) => `incidents/${e.name}`);
  const inside = await mapPool(incidentDirs, CONCURRENCY, async (folder) => {
    const names = (await files.list(folder)).map((e) => e.name);
    return names.filter((name) => name === "incident.yaml" || name === "postmortem.md").map((name) => `${folder}/${name}`);
  });
  return [...paths, ...inside.flat()];
}
