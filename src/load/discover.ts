import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic, START_OF_FILE } from "../model/make-diagnostic.js";
import type { FileSource } from "../ports.js";
import { listWords } from "./did-you-mean.js";
import { mapPool } from "./run-pool.js";

const LIST_CONCURRENCY = 32;

export interface Discovered {
  rotations: string[];
  incidentDirs: { id: string; files: Set<string> }[];
  maintenance: string[];
  policies: Set<string>;
  root: Set<string>;
  diagnostics: Diagnostic[];
}

const KNOWN_POLICIES = new Set(["severity.yaml", "escalation.yaml", "postmortem.yaml"]);

/** Lists the workspace's files by kind. Stray YAML where fireline looks is reported, not guessed at. */
export async function discoverWorkspace(files: FileSource): Promise<Discovered> {
  const diagnostics: Diagnostic[] = [];
  const [root, policies, rotations, incidents, maintenance] = await Promise.all(
    ["", "policies", "rotations", "incidents", "maintenance"].map((dir) => files.list(dir)),
  );
  const fileNames = (entries: typeof root = []) => entries.filter((e) => e.kind === "file").map((e) => e.name).sort();

  for (const name of fileNames(policies)) {
    if (!KNOWN_POLICIES.has(name) && /\.ya?ml$/.test(name)) {
      diagnostics.push(stray(`policies/${name}`, `fireline reads only ${listWords([...KNOWN_POLICIES])} in policies/`));
    }
  }
  const yamlIn = (dir: string, entries: typeof root) =>
    fileNames(entries).filter((name) => {
      if (name.endsWith(".yml")) diagnostics.push(stray(`${dir}/${name}`, `fireline reads .yaml files; rename it to ${name.slice(0, -4)}.yaml`));
      return name.endsWith(".yaml");
    });

  const dirNames: string[] = [];
  for (const entry of [...(incidents ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.kind === "directory" && !entry.name.startsWith(".")) dirNames.push(entry.name);
    else if (/\.ya?ml$/.test(entry.name)) {
      diagnostics.push(stray(`incidents/${entry.name}`, "each incident lives in its own folder: incidents/<YYYY-MM-DD-slug>/incident.yaml"));
    }
  }
  const incidentDirs = await mapPool(dirNames, LIST_CONCURRENCY, async (id) => ({
    id,
    files: new Set(fileNames(await files.list(`incidents/${id}`))),
  }));

  return {
    root: new Set(fileNames(root)),
    policies: new Set(fileNames(policies)),
    rotations: yamlIn("rotations", rotations),
    maintenance: yamlIn("maintenance", maintenance),
    incidentDirs,
    diagnostics,
  };
}

function stray(path: string, why: string): Diagnostic {
  return makeDiagnostic("unexpected-file", path, START_OF_FILE, `this file is ignored: ${why}`);
}
