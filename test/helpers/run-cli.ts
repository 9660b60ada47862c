import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main.js";
import { MINIMAL_WORKSPACE } from "./minimal-workspace.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; tty?: boolean; stdin?: NodeJS.ReadableStream & { isTTY?: boolean } } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  return { code, stdout, stderr };
}

/** Writes the minimal workspace, with changes (null deletes), into a fresh temporary folder. */
export function writeWorkspace(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "fireline-test-"));
  const files: Record<string, string | null> = { ...MINIMAL_WORKSPACE, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
