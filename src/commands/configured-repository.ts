import { loadYamlFile } from "../load/load-yaml-file.js";
import { DEFAULT_MAX_FILE_BYTES } from "../load/yaml-options.js";
import type { FileSource } from "../ports.js";
import type { FirelineConfig } from "../schema/fireline-config.js";

/**
 * fireline.yaml's `github.repository`, read before the whole workspace so the tracker can be
 * chosen first. A fireline.yaml that does not load gives undefined; the full load reports why.
 */
export async function configuredRepository(files: FileSource, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<string | undefined> {
  const result = await loadYamlFile<FirelineConfig>(files, "fireline", "fireline.yaml", maxFileBytes);
  return result.loaded?.data.github?.repository;
}
