import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CACHE_FILE_NAME, decodePack, encodePack } from "../../src/adapters/parse-cache-file.js";
import { parseCacheSalt } from "../../src/load/parse-cache.js";
import { copyExampleWorkspace, OPEN_INCIDENT } from "../helpers/example-workspace.js";
import { generatedWorkspace } from "../helpers/generated-workspace.js";
import { runCli } from "../helpers/run-cli.js";

const BIN = new URL("../../bin/fireline.js", import.meta.url).pathname;
const ENV = { FIRELINE_NOW: "2026-11-23T12:00:00Z" };
const run = promisify(execFile);

/** Runs the built CLI in its own process; its stdout, whatever the exit code. */
async function runBin(args: string[]): Promise<string> {
  const options = { env: { ...process.env, ...ENV } };
  try {
    return (await run(process.execPath, [BIN, ...args], options)).stdout;
  } catch (error: unknown) {
    return (error as { stdout: string }).stdout;
  }
}

const freshDir = () => mkdtempSync(join(tmpdir(), "fireline-cache-"));
const validate = (dir: string, ...flags: string[]) => runCli(["validate", "--dir", dir, "--format", "json", ...flags], { env: ENV });
const readdir = (dir: string) => readdirSync(dir).sort();
const cacheEntries = (cacheDir: string) => decodePack(readFileSync(join(cacheDir, CACHE_FILE_NAME)), parseCacheSalt());

/** Edits one incident, adds one (a copy under a new name) and deletes another. */
function editAddDelete(dir: string, remove: string): void {
  const incident = join(dir, "incidents", OPEN_INCIDENT, "incident.yaml");
  writeFileSync(incident, readFileSync(incident, "utf8").replace(/^title: .*$/m, "title: Card payments declined more often than usual"));
  cpSync(join(dir, "incidents", OPEN_INCIDENT), join(dir, "incidents", "2026-11-24-payments-api-again"), { recursive: true });
  rmSync(join(dir, "incidents", remove), { recursive: true });
}

describe("the parse cache", () => {
  it("gives the example workspace the same output cold, warm and without a cache, also after editing, adding and deleting files", async () => {
    const dir = copyExampleWorkspace();
    const cache = freshDir();
    const uncached = await validate(dir, "--no-cache");
    expect(uncached.stdout).toContain('"diagnostics"');
    expect(await validate(dir, "--cache-dir", cache)).toEqual(uncached);
    expect(cacheEntries(cache)?.size).toBeGreaterThan(10);
    expect(await validate(dir, "--cache-dir", cache)).toEqual(uncached);

    editAddDelete(dir, "2026-03-03-checkout-db-pool-exhaustion");
    const changed = await validate(dir, "--no-cache");
    expect(changed.stdout).not.toEqual(uncached.stdout);
    expect(await validate(dir, "--cache-dir", cache)).toEqual(changed);
    expect(await validate(dir, "--cache-dir", cache)).toEqual(changed);
  });

  it("gives a generated workspace the same output cold, warm, single-threaded and after changes", async () => {
    const dir = await generatedWorkspace(300);
    const cache = freshDir();
    const reference = await validate(dir, "--no-cache", "--jobs", "1");
    expect(await validate(dir, "--no-cache", "--jobs", "2")).toEqual(reference);
    expect(await validate(dir, "--cache-dir", cache, "--jobs", "2")).toEqual(reference);
    expect(await validate(dir, "--cache-dir", cache, "--jobs", "2")).toEqual(reference);

    const incidents = join(dir, "incidents");
    const [first, second] = readdir(incidents);
    writeFileSync(join(incidents, first ?? "", "incident.yaml"), "title: [broken\n");
    rmSync(join(incidents, second ?? ""), { recursive: true });
    const changed = await validate(dir, "--no-cache", "--jobs", "1");
    expect(changed.stdout).toContain("FL-103");
    expect(await validate(dir, "--cache-dir", cache, "--jobs", "2")).toEqual(changed);
  }, 180_000);

  it("drops the entries of deleted files instead of growing", async () => {
    const dir = await generatedWorkspace(120);
    const cache = freshDir();
    await validate(dir, "--cache-dir", cache);
    const before = cacheEntries(cache)?.size ?? 0;
    const ids = readdir(join(dir, "incidents"));
    for (const id of ids.slice(0, 60)) rmSync(join(dir, "incidents", id), { recursive: true });
    await validate(dir, "--cache-dir", cache);
    const after = cacheEntries(cache)?.size ?? 0;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(before - 60);
  }, 120_000);

  it.each([
    ["corrupt", (path: string) => writeFileSync(path, Buffer.from(readFileSync(path).map((byte, i) => (i === 200 ? byte ^ 0xff : byte))))],
    ["truncated", (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2))],
    ["foreign", (path: string) => writeFileSync(path, encodePack(new Map([["y:x", { value: { title: "not ours" }, diagnostics: [] }]]), "another version"))],
    ["not a cache at all", (path: string) => writeFileSync(path, "hello\n")],
  ])("ignores a %s cache file and writes a good one in its place", async (_name, damage) => {
    const dir = copyExampleWorkspace();
    const cache = freshDir();
    const reference = await validate(dir, "--cache-dir", cache);
    const path = join(cache, CACHE_FILE_NAME);
    damage(path);
    expect(cacheEntries(cache)).toBeUndefined();
    expect(await validate(dir, "--cache-dir", cache)).toEqual(reference);
    expect(cacheEntries(cache)?.size).toBeGreaterThan(10);
  });

  it("keeps a good cache when two processes share it at the same time", async () => {
    const dir = copyExampleWorkspace();
    const cache = freshDir();
    const args = ["validate", "--dir", dir, "--format", "json"];
    for (let round = 0; round < 3; round++) {
      if (round === 1) editAddDelete(dir, "2026-03-03-checkout-db-pool-exhaustion");
      const expected = await runBin([...args, "--no-cache"]);
      const runs = await Promise.all([1, 2, 3].map(() => runBin([...args, "--cache-dir", cache])));
      for (const stdout of runs) expect(stdout).toEqual(expected);
      expect(cacheEntries(cache)?.size).toBeGreaterThan(10);
    }
  }, 120_000);

  it("writes to node_modules/.cache/fireline by default and nothing with --no-cache", async () => {
    const dir = copyExampleWorkspace();
    await validate(dir, "--no-cache");
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    await validate(dir);
    expect(cacheEntries(join(dir, "node_modules", ".cache", "fireline"))?.size).toBeGreaterThan(10);
  });

  it("leaves no cache in a workspace fireline init creates", async () => {
    const dir = join(freshDir(), "new-workspace");
    const result = await runCli(["init", dir, "--name", "Acme Corp", "--time-zone", "UTC"]);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, "fireline.yaml"))).toBe(true);
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
  });

  it("warns, and still validates, when the cache folder cannot be written", async () => {
    const dir = copyExampleWorkspace();
    const blocker = join(freshDir(), "a-file");
    writeFileSync(blocker, "not a folder\n");
    const uncached = await validate(dir, "--no-cache");
    const result = await validate(dir, "--cache-dir", join(blocker, "cache"));
    expect(result.stdout).toEqual(uncached.stdout);
    expect(result.code).toBe(uncached.code);
    expect(result.stderr).toMatch(/^fireline: warning: the cache in .*a-file\/cache could not be written/);
  });
});

describe("--jobs", () => {
  it.each(["0", "abc", "1.5"])("refuses --jobs %s with a usage error", async (jobs) => {
    const result = await validate(copyExampleWorkspace(), "--jobs", jobs);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--jobs expects a whole number of threads, 1 or more, got '${jobs}'`);
    expect(result.stdout).toBe("");
  });

  it("is listed with --cache-dir and --no-cache in the help of fireline and of every command", async () => {
    for (const argv of [["--help"], ["validate", "--help"], ["build", "--help"], ["incident", "declare", "--help"]]) {
      const { stdout } = await runCli(argv);
      expect(stdout).toMatch(/--jobs <n>\s+threads that parse files/);
      expect(stdout).toMatch(/--cache-dir <path>/);
      expect(stdout).toMatch(/--no-cache/);
    }
  });
});
