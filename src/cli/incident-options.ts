import { resolve } from "node:path";
import type { Temporal } from "temporal-polyfill";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { NodeWorkspaceWriter } from "../adapters/node-workspace-writer.js";
import type { EditIo } from "../commands/incident-edit.js";
import { organizationZone } from "../commands/early-config.js";
import type { FileSource } from "../ports.js";
import { didYouMean } from "../load/did-you-mean.js";
import { COMPONENT_STATUSES, INCIDENT_STATUSES, ROLES, type ComponentStatus, type IncidentStatus, type Role } from "../schema/common.js";
import { UsageError, type CliIo } from "./io.js";
import { parseInstantOption } from "./parse-options.js";

export { OUTPUT_FORMATS, addCommonOptions, addEditOptions, collect, type CommonFlags } from "./incident-flags.js";

export function workspaceIo(io: CliIo, dir: string): EditIo & { root: string } {
  const root = resolve(io.cwd, dir);
  return { root, files: new NodeFileSource(root), writer: new NodeWorkspaceWriter(root) };
}

/**
 * The instant --at (or --started-at) names; undefined without the flag. A time without an offset is
 * read in the organisation's zone, as oncall, deadlines and metrics read theirs.
 */
export async function eventTime(files: FileSource, flag: string, text: string | undefined): Promise<Temporal.Instant | undefined> {
  return text === undefined ? undefined : parseInstantOption(flag, text, await organizationZone(files));
}

export function parseStatus(text: string): IncidentStatus {
  return choose("--status", text, INCIDENT_STATUSES);
}

export function parseRole(text: string): Role {
  return choose("--role", text, ROLES);
}

export function parseImpact(flag: string, text: string): ComponentStatus {
  return choose(flag, text, COMPONENT_STATUSES);
}

/** `--component payments-api=degraded_performance`, repeatable. */
export function parseComponents(values: readonly string[]): Record<string, ComponentStatus> {
  const components: Record<string, ComponentStatus> = {};
  for (const value of values) {
    const [service, status] = splitPair("--component", value, "payments-api=degraded_performance");
    if (status === undefined) throw new UsageError(`--component needs a status: '${value}'`, `Write it as ${service}=${COMPONENT_STATUSES.join("|")}.`);
    components[service] = parseImpact("--component", status);
  }
  return components;
}

/** `--service checkout` or `--service checkout=partial_outage`, repeatable. */
export function parseServices(values: readonly string[]): { id: string; impact?: ComponentStatus }[] {
  return values.map((value) => {
    const [id, impact] = splitPair("--service", value, "checkout=partial_outage");
    return impact === undefined ? { id } : { id, impact: parseImpact("--service", impact) };
  });
}

function splitPair(flag: string, value: string, example: string): [string, string | undefined] {
  const [key = "", ...rest] = value.split("=");
  if (key.trim() === "") throw new UsageError(`${flag} needs a service id, got '${value}'`, `For example ${flag} ${example}.`);
  return [key.trim(), rest.length === 0 ? undefined : rest.join("=").trim()];
}

function choose<const T extends readonly string[]>(flag: string, text: string, allowed: T): T[number] {
  if ((allowed as readonly string[]).includes(text)) return text;
  const guess = didYouMean(text, allowed);
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got '${text}'${guess ? `; did you mean '${guess}'?` : ""}`);
}
