import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { timeProcess, type ProcessRun } from "./timed-process.js";
import { instant, BENCH_NOW_MS } from "./timestamps.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIRELINE = join(ROOT, "bin", "fireline.js");
const MEASURE = fileURLToPath(new URL("./measure.js", import.meta.url));
const AJV_CLI = join(ROOT, "node_modules", ".bin", "ajv");

/** What the scale bench runs side by side, each as a child process. */
export const SCALE_MODES = ["floor", "ajv-cli", "validate-cold", "validate-warm", "build-cold", "build-warm"] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

export const MODE_LABELS: Record<ScaleMode, string> = {
  floor: "parse floor (1 thread)",
  "ajv-cli": "ajv-cli (schema only)",
  "validate-cold": "validate, cold",
  "validate-warm": "validate, warm, 1 changed",
  "build-cold": "build, cold",
  "build-warm": "build, warm, 1 changed",
};

/** Where one size's runs keep their state: the workspace, a cache folder and the site folder. */
export interface ScaleRunDirs {
  workspace: string;
  cache: string;
  site: string;
}

/** Whether this fireline has the content cache's flags (`--cache-dir`, `--no-cache`). */
export function cacheFlagsAvailable(): boolean {
  const help = execFileSync(process.execPath, [FIRELINE, "--help"], { cwd: ROOT, encoding: "utf8" });
  return help.includes("--cache-dir");
}

/** Runs one mode once. Cold and warm runs differ only in what the cache folder already holds. */
export function runMode(mode: ScaleMode, dirs: ScaleRunDirs, withCache: boolean): Promise<ProcessRun> {
  const now = ["--now", instant(BENCH_NOW_MS)];
  const cache = withCache ? ["--cache-dir", dirs.cache] : [];
  switch (mode) {
    case "floor":
      return timeProcess(process.execPath, [MEASURE, "floor", dirs.workspace], { cwd: ROOT });
    case "ajv-cli":
      // ajv-cli expands the quoted glob itself; -c ajv-formats for the schema's date-time and uri formats.
      return timeProcess(AJV_CLI, ["validate", "--spec=draft7", "-s", join(ROOT, "schemas", "incident.schema.json"), "-d", `${dirs.workspace}/incidents/*/incident.yaml`, "-c", "ajv-formats"], { cwd: ROOT });
    case "validate-cold":
    case "validate-warm":
      return timeProcess(process.execPath, [FIRELINE, "validate", "--dir", dirs.workspace, "--format", "json", ...now, ...cache], { cwd: ROOT });
    case "build-cold":
    case "build-warm":
      return timeProcess(process.execPath, [FIRELINE, "build", "--dir", dirs.workspace, "--out", dirs.site, ...now, ...cache], { cwd: ROOT });
  }
}
