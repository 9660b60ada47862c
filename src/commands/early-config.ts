import { loadYamlFile } from "../load/load-yaml-file.js";
import { DEFAULT_MAX_FILE_BYTES } from "../load/yaml-options.js";
import type { FileSource } from "../ports.js";
import type { FirelineConfig } from "../schema/fireline-config.js";

/**
 * fireline.yaml alone, read before the whole workspace for the settings a command needs first
 * (which repository, which time zone). Undefined when it does not load; the full load says why.
 */
async function earlyConfig(files: FileSource, maxFileBytes: number): Promise<FirelineConfig | undefined> {
  const result = await loadYamlFile<FirelineConfig>(files, "fireline", "fireline.yaml", maxFileBytes);
  return result.loaded?.data;
}

/** fireline.yaml's `github.repository`, so the tracker can be chosen before the workspace loads. */
export async function configuredRepository(files: FileSource, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<string | undefined> {
  return (await earlyConfig(files, maxFileBytes))?.github?.repository;
}

/** fireline.yaml's `organization.time_zone` (UTC without one), so a local time on the command line can be placed first. */
export async function organizationZone(files: FileSource, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  return (await earlyConfig(files, maxFileBytes))?.organization.time_zone ?? "UTC";
}
