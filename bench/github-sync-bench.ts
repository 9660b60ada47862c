/**
 * `npm run bench:github [-- --items 1000]`: the requests `fireline sync` makes, counted by the
 * loopback fake GitHub (test/fake-github), for a postmortem with that many action items:
 * the first sync (every issue created), the steady state (a re-run with no change) and one edited
 * item. Counts, not timings, are the measure: they are exact on any machine. A report, not a test:
 * missed targets are printed, and the exit code is 1 only when the bench itself cannot run.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { SyncOutcome } from "../src/commands/sync-action-items.js";
import { startFakeGitHub, type FakeGitHub } from "../test/fake-github/fake-github-server.js";
import { actionItems, setItems, syncAgainst, workspaceWithItems } from "../test/fake-github/sync-against-fake.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS = join(ROOT, "bench-results", "github-sync.json");
const PER_PAGE = 100;

const log = (line: string) => process.stdout.write(`${line}\n`);

interface Step {
  name: string;
  /** Requests by kind, as the fake server received them. */
  issueLists: number;
  labelLists: number;
  otherReads: number;
  creates: number;
  updates: number;
  labelCreates: number;
  writes: number;
  wallMs: number;
  target: { writes: number; issueLists: number };
  met: boolean;
}

async function step(fake: FakeGitHub, name: string, run: () => Promise<SyncOutcome>, target: Step["target"]): Promise<Step> {
  const before = fake.requests.length;
  const started = performance.now();
  const outcome = await run();
  const wallMs = Math.round(performance.now() - started);
  if (!outcome.ok || outcome.failure) throw new Error(`${name}: sync failed: ${JSON.stringify(outcome).slice(0, 500)}`);
  const requests = fake.requests.slice(before);
  const count = (method: string, path: RegExp) => requests.filter((r) => r.method === method && path.test(r.url.split("?")[0] ?? "")).length;
  const issueLists = count("GET", /\/issues$/);
  const labelLists = count("GET", /\/labels$/);
  const writes = requests.filter((r) => r.method !== "GET").length;
  return {
    name,
    issueLists,
    labelLists,
    otherReads: requests.filter((r) => r.method === "GET").length - issueLists - labelLists,
    creates: count("POST", /\/issues$/),
    updates: count("PATCH", /\/issues\/\d+$/),
    labelCreates: count("POST", /\/labels$/),
    writes,
    wallMs,
    target,
    met: writes === target.writes && issueLists === target.issueLists,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { items: { type: "string", default: "1000" } }, strict: true });
  const items = Number(values.items);
  if (!Number.isSafeInteger(items) || items < 1) throw new Error(`--items expects a positive whole number, got '${values.items}'`);
  const fake = await startFakeGitHub();
  try {
    const files = workspaceWithItems(actionItems(items));
    const sync = () => syncAgainst(fake, files);
    const labels = 3; // action-item, the severity and the service, each created once
    const pages = (issues: number) => Math.max(1, Math.ceil(issues / PER_PAGE));
    const steps = [await step(fake, "first sync", sync, { writes: items + labels, issueLists: 1 })];
    steps.push(await step(fake, "steady state", sync, { writes: 0, issueLists: pages(items) }));
    setItems(files, actionItems(items).map((line, i) => (i === 0 ? line.replace("Action 1 ", "Action 1 revised ") : line)));
    steps.push(await step(fake, "one edited item", sync, { writes: 1, issueLists: pages(items) }));
    report(items, steps);
    await mkdir(join(ROOT, "bench-results"), { recursive: true });
    await writeFile(RESULTS, `${JSON.stringify({ bench: "github-sync", items, perPage: PER_PAGE, steps }, null, 2)}\n`);
    log(`\nwrote ${RESULTS}`);
  } finally {
    await fake.close();
  }
}

function report(items: number, steps: Step[]): void {
  log(`fireline sync of ${String(items)} action items against the fake GitHub (requests counted by the server)\n`);
  const header = ["step", "issue lists", "label lists", "creates", "updates", "label creates", "writes", "target writes/lists", "wall ms"];
  const rows = steps.map((s) => [s.name, s.issueLists, s.labelLists, s.creates, s.updates, s.labelCreates, s.writes, `${String(s.target.writes)}/${String(s.target.issueLists)}`, s.wallMs, s.met ? "" : "MISSED"]);
  log(header.map((cell, i) => (i === 0 ? cell.padEnd(16) : cell)).join("  "));
  for (const row of rows) log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(16) : String(cell).padStart(header[i]?.length ?? 0))).join("  "));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
