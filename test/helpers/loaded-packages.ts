import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN = new URL("../../bin/fireline.js", import.meta.url).pathname;

// A module-load hook (it runs in Node's loader thread) that appends every loaded URL to a file.
const HOOKS = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) { appendFileSync(process.env.FIRELINE_LOAD_LOG, url + "\\n"); return next(url, context); }`;
const REGISTER = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/** The npm packages (by name) that `node bin/fireline.js ...args` loads, from the built CLI, and what it printed. */
export async function packagesLoadedBy(args: readonly string[], options: { cwd?: string } = {}): Promise<{ packages: string[]; stdout: string }> {
  const log = join(mkdtempSync(join(tmpdir(), "fireline-loads-")), "loads.txt");
  const { stdout } = await run(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, FIRELINE_LOAD_LOG: log, FIRELINE_NOW: "2026-11-23T10:00:00Z" },
  }).catch((error: unknown) => {
    // Exit code 1 (findings) still loaded what it needed; only a crash is a failure here.
    if ((error as { code?: unknown }).code !== 1) throw error;
    return { stdout: String((error as { stdout?: unknown }).stdout) };
  });
  const names = new Set<string>();
  for (const url of readFileSync(log, "utf8").split("\n")) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match?.[1] !== undefined) names.add(match[1]);
  }
  return { packages: [...names].sort(), stdout };
}
