import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Measurement } from "./measure.js";

const MEASURE_ENTRY = fileURLToPath(new URL("./measure.js", import.meta.url));

/**
 * Runs a Node script in a fresh process and parses the JSON it prints, so no run inherits
 * another's JIT state or heap. `label` names the run in the error when it fails.
 */
export function runJsonChild<T>(nodeArgs: readonly string[], label: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`${label} failed (exit ${String(code)}):\n${stderr}`));
      else resolve(JSON.parse(stdout) as T);
    });
  });
}

/** Runs one validate-bench measurement in a fresh Node process. */
export function measureInChild(mode: Measurement["mode"], dir: string): Promise<Measurement> {
  return runJsonChild<Measurement>([MEASURE_ENTRY, mode, dir], `${mode} on ${dir}`);
}

/** Wall-clock milliseconds of `node bin/fireline.js --version`, start to exit. */
export function timeColdStart(root: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["bin/fireline.js", "--version"], { cwd: root, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`fireline --version failed: ${result.stderr}`);
  return ms;
}
