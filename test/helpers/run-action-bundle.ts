import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ACTION_BUNDLE_PATH = new URL("../../dist/index.js", import.meta.url).pathname;

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs dist/index.js as the runner does: inputs as INPUT_<NAME> variables (upper case, spaces as
 * underscores, dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, the workspace as cwd.
 */
export function runActionBundle(inputs: Record<string, string>, cwd: string, env: Record<string, string> = {}): Promise<BundleRun> {
  const files = mkdtempSync(join(tmpdir(), "fireline-runner-"));
  const outputFile = join(files, "output");
  const summaryFile = join(files, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]));
  const child = spawn(process.execPath, [ACTION_BUNDLE_PATH], {
    cwd,
    env: { PATH: process.env.PATH ?? "", GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: cwd, ...inputEnv, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8") });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter again. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name = "", delimiter] = match;
    const end = lines.indexOf(delimiter ?? "", i + 1);
    outputs[name] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}
