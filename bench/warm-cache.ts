import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { mapPool } from "../src/load/run-pool.js";
import { DEFAULT_MAX_FILE_BYTES } from "../src/load/yaml-options.js";
import { listWorkspaceFiles } from "./floor.js";

/** Reads every file once, untimed, so the first timed run does not pay for a cold page cache. */
export async function warmPageCache(dir: string): Promise<void> {
  const files = new NodeFileSource(dir);
  const paths = await listWorkspaceFiles(files);
  await mapPool(paths, 32, (path) => files.read(path, DEFAULT_MAX_FILE_BYTES));
}
