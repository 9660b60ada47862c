import { readFile, rm, writeFile } from "node:fs/promises";
import { BatchWriter } from "./batch-writer.js";
import { planIncident } from "./incident-model.js";
import { incidentYaml } from "./incident-yaml.js";
import { MAINTENANCE_COUNT, maintenanceFile } from "./maintenance-yaml.js";
import { escalationYaml, firelineYaml, peopleYaml, rotationYaml, servicesYaml, SEVERITY_YAML } from "./org-files.js";
import { makeOrg, type Org } from "./org.js";
import { Prng } from "./prng.js";
import { postmortemMd } from "./postmortem-md.js";

/** Bump when the generated files change, so cached workspaces are regenerated. */
const GENERATOR_VERSION = 3;

export interface GenerateOptions {
  incidents: number;
  seed: number;
}

export interface GenerateResult {
  files: number;
  bytes: number;
  postmortems: number;
  /** True when a cached workspace with the same parameters was reused. */
  reused: boolean;
}

/**
 * Writes a valid synthetic workspace into `dir`: the same seed gives byte-identical files. A stamp
 * next to the folder (`<dir>.stamp.json`) records the parameters, so an identical workspace is not written twice.
 */
export async function generateWorkspace(dir: string, options: GenerateOptions): Promise<GenerateResult> {
  const stampPath = `${dir}.stamp.json`;
  const params = { generator: GENERATOR_VERSION, incidents: options.incidents, seed: options.seed };
  const cached = await readStamp(stampPath, params);
  if (cached) return { ...cached, reused: true };

  await rm(stampPath, { force: true });
  await rm(dir, { recursive: true, force: true });
  const writer = new BatchWriter(dir);
  const prng = new Prng(options.seed);
  const org = makeOrg(prng);
  await writeOrgFiles(writer, prng, org);
  const postmortems = await writeIncidents(writer, prng, org, options.incidents);
  await writer.flush();

  const result = { files: writer.files, bytes: writer.bytes, postmortems };
  await writeFile(stampPath, `${JSON.stringify({ ...params, ...result }, null, 2)}\n`);
  return { ...result, reused: false };
}

async function writeOrgFiles(writer: BatchWriter, prng: Prng, org: Org): Promise<void> {
  await writer.add("fireline.yaml", firelineYaml(org));
  await writer.add("people.yaml", peopleYaml(org));
  await writer.add("services.yaml", servicesYaml(org));
  await writer.add("policies/severity.yaml", SEVERITY_YAML);
  await writer.add("policies/escalation.yaml", escalationYaml(org));
  for (const [id, members] of org.rotations) await writer.add(`rotations/${id}.yaml`, rotationYaml(id, members));
  for (let n = 0; n < MAINTENANCE_COUNT; n++) {
    const { name, text } = maintenanceFile(prng, org, n);
    await writer.add(`maintenance/${name}`, text);
  }
}

/** Writes the incidents; sev1 and sev2 (about 20%) need a postmortem under the severity policy, so they get one. */
async function writeIncidents(writer: BatchWriter, prng: Prng, org: Org, count: number): Promise<number> {
  let postmortems = 0;
  for (let n = 1; n <= count; n++) {
    const plan = planIncident(prng, org, n, count);
    await writer.add(`incidents/${plan.id}/incident.yaml`, incidentYaml(prng, plan));
    if (plan.severity === "sev1" || plan.severity === "sev2") {
      await writer.add(`incidents/${plan.id}/postmortem.md`, postmortemMd(prng, org, plan));
      postmortems++;
    }
  }
  return postmortems;
}

async function readStamp(path: string, params: Record<string, number>): Promise<Omit<GenerateResult, "reused"> | undefined> {
  try {
    const stamp = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    const same = Object.entries(params).every(([key, value]) => stamp[key] === value);
    if (!same || typeof stamp.files !== "number" || typeof stamp.bytes !== "number" || typeof stamp.postmortems !== "number") return undefined;
    return { files: stamp.files, bytes: stamp.bytes, postmortems: stamp.postmortems };
  } catch {
    return undefined;
  }
}
