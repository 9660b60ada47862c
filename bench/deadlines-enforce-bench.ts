/**
 * `npm run bench:deadlines [-- --postmortems 300]`: the requests `fireline deadlines --enforce`
 * makes, counted by the loopback fake GitHub (test/fake-github), for that many overdue
 * postmortems over the days of their deadline: the first run (every tracking issue opened), a
 * re-run the same day, the day of the next step, and the day they are all published. Counts, not
 * timings, are the measure: they are exact on any machine.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Temporal } from "temporal-polyfill";
import { MemoryFileSource } from "../src/adapters/memory-file-source.js";
import { createGitHubTracker } from "../src/adapters/github/github-tracker.js";
import { enforceDeadlines } from "../src/commands/enforce-deadlines.js";
import { startFakeGitHub, type FakeGitHub } from "../test/fake-github/fake-github-server.js";
import { MINIMAL_WORKSPACE } from "../test/helpers/minimal-workspace.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS = join(ROOT, "bench-results", "deadlines-enforce.json");
const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

interface Step {
  name: string;
  issueLists: number;
  commentLists: number;
  otherReads: number;
  writes: number;
  expected: { writes: number; reads: number };
}

/** n sev1 incidents resolved on Tuesday 2026-03-03, each postmortem due Tuesday 2026-03-10. */
function workspace(n: number): MemoryFileSource {
  const files = new MemoryFileSource({ ...MINIMAL_WORKSPACE });
  const incident = (MINIMAL_WORKSPACE[INCIDENT] ?? "").replace("severity: sev2", "severity: sev1");
  files.delete(INCIDENT);
  for (let i = 1; i <= n; i++) files.set(`incidents/2026-03-03-api-errors-${String(i).padStart(4, "0")}/incident.yaml`, incident);
  return files;
}

async function step(fake: FakeGitHub, files: MemoryFileSource, name: string, date: string, expected: Step["expected"]): Promise<Step> {
  const before = fake.requests.length;
  const tracker = createGitHubTracker({ token: "fake-token", owner: fake.owner, repo: fake.repo, apiUrl: fake.url, retryAfterBaseMs: 1 });
  const now = Temporal.PlainDateTime.from(`${date}T12:00`).toZonedDateTime("Europe/Berlin").toInstant();
  const result = await enforceDeadlines(files, tracker, { now, repository: `${fake.owner}/${fake.repo}` });
  if (!result.ok || result.failure) throw new Error(`${name}: enforcement failed: ${JSON.stringify(result).slice(0, 400)}`);
  const requests = fake.requests.slice(before);
  const gets = requests.filter((r) => r.method === "GET").map((r) => r.url.split("?")[0] ?? "");
  const issueLists = gets.filter((path) => path.endsWith("/issues")).length;
  const commentLists = gets.filter((path) => path.endsWith("/comments")).length;
  return { name, issueLists, commentLists, otherReads: gets.length - issueLists - commentLists, writes: requests.length - gets.length, expected };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { postmortems: { type: "string", default: "300" } } });
  const n = Number(values.postmortems);
  if (!Number.isInteger(n) || n < 1) throw new Error("--postmortems takes a whole number ≥ 1");
  const pages = Math.ceil(n / 100);
  const fake = await startFakeGitHub();
  const files = workspace(n);
  const steps: Step[] = [];
  try {
    steps.push(await step(fake, files, "first run, 1 business day late (open every issue)", "2026-03-11", { writes: n + 1, reads: 2 }));
    steps.push(await step(fake, files, "same day again", "2026-03-11", { writes: 0, reads: pages + 1 }));
    steps.push(await step(fake, files, "step 3 reached (comment + step in body, each)", "2026-03-13", { writes: 2 * n, reads: pages + n + 1 }));
    steps.push(await step(fake, files, "same day again", "2026-03-13", { writes: 0, reads: pages + 1 }));
    steps.push(await step(fake, files, "a day between steps", "2026-03-16", { writes: 0, reads: pages + 1 }));
    for (let i = 1; i <= n; i++) {
      const path = `incidents/2026-03-03-api-errors-${String(i).padStart(4, "0")}/postmortem.md`;
      files.set(path, "---\nstatus: published\nauthors: [alice]\nreviewers: [bob]\npublished_at: 2026-03-16T09:00:00Z\n---\n# Done\n");
    }
    steps.push(await step(fake, files, "all published (comment and close each)", "2026-03-16", { writes: 2 * n, reads: pages + n + 1 }));
    steps.push(await step(fake, files, "same day again", "2026-03-16", { writes: 0, reads: pages + 1 }));
  } finally {
    await fake.close();
  }
  process.stdout.write(`fireline deadlines --enforce, ${String(n)} overdue postmortems, requests counted by the fake GitHub\n`);
  process.stdout.write("step                                                   issue lists  comment lists  other reads  writes  expected (reads/writes)\n");
  let missed = 0;
  for (const s of steps) {
    const reads = s.issueLists + s.commentLists + s.otherReads;
    const met = reads === s.expected.reads && s.writes === s.expected.writes;
    if (!met) missed++;
    process.stdout.write(
      `${s.name.padEnd(55)}${String(s.issueLists).padStart(11)}${String(s.commentLists).padStart(15)}${String(s.otherReads).padStart(13)}${String(s.writes).padStart(8)}  ${String(s.expected.reads)}/${String(s.expected.writes)}${met ? "" : "  MISSED"}\n`,
    );
  }
  await mkdir(join(ROOT, "bench-results"), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify({ postmortems: n, steps }, null, 2)}\n`);
  if (missed > 0) process.stdout.write(`${String(missed)} step(s) made other counts than expected\n`);
}

await main();
