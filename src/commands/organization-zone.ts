import { loadYamlFile } from "../load/load-yaml-file.js";
import { DEFAULT_MAX_FILE_BYTES } from "../load/yaml-options.js";
import type { FileSource } from "../ports.js";
import type { FirelineConfig } from "../schema/fireline-config.js";

/**
 * fireline.yaml's `organization.time_zone`, read before the whole workspace so a local time given
 * on the command line can be placed first. UTC when fireline.yaml does not load; the full load says why.
 */
export async function organizationZone(files: FileSource, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  const result = await loadYamlFile<FirelineConfig>(files, "fireline", "fireline.yaml", maxFileBytes);
  return result.loaded?.data.organization.time_zone ?? "UTC";
}
