// Parse and check 2,000 postmortems; compare with remark-parse alone. Run with `npm run bench:postmortem`
// (`-- --count 500 --runs 3` for a quicker run). Writes bench-results/postmortem.json.
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const ROOT = join(import.meta.dirname, "..", "..");

/** Time to import a module the first time, in ms (before anything else has loaded it). */
async function importTime(load: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await load();
  return performance.now() - started;
}

const imports = {
  remark: await importTime(() => import("../src/engine/postmortem/parse-postmortem.js")),
  dateHolidays: await importTime(() => import("../src/engine/business-days/business-calendar.js")),
};

const { unified } = await import("unified");
const { default: remarkParse } = await import("remark-parse");
const { Temporal } = await import("temporal-polyfill");
const { MemoryFileSource } = await import("../src/adapters/memory-file-source.js");
const { loadWorkspace } = await import("../src/load/load-workspace.js");
const { analyzePostmortem } = await import("../src/engine/postmortem/parse-postmortem.js");
const { preparePostmortemFacts } = await import("../src/engine/postmortem/prepare.js");
const { runRules } = await import("../src/validate/run-rules.js");
const { RULES } = await import("../src/validate/index.js");

const { values } = parseArgs({ options: { count: { type: "string", default: "2000" }, runs: { type: "string", default: "5" } } });
const COUNT = Number(values.count);
const RUNS = Number(values.runs);

/** mulberry32: a small seeded PRNG, so every run checks the same postmortems. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260303);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const EXTRA = [
  "The dashboards showed the saturation twenty minutes before the first alert fired.",
  "Responders followed the runbook, which had been updated after the previous incident.",
  "Customer support received the first tickets before the status page was updated.",
  "The change had passed review and the staging load test, which replays average traffic.",
  "Retries from large merchants amplified the load once the first timeouts appeared.",
];

/** The example workspace's files, and COUNT incidents whose postmortems are its own ones, varied. */
function workspaceFiles(): { files: Record<string, string>; texts: string[] } {
  const files: Record<string, string> = {};
  for (const name of ["fireline.yaml", "people.yaml", "services.yaml", "policies/severity.yaml", "policies/escalation.yaml", "policies/postmortem.yaml"]) {
    files[name] = readFileSync(join(ROOT, name), "utf8");
  }
  const examples = readdirSync(join(ROOT, "incidents"))
    .filter((id) => existsSync(join(ROOT, "incidents", id, "postmortem.md")))
    .map((id) => ({
      id,
      incident: readFileSync(join(ROOT, "incidents", id, "incident.yaml"), "utf8"),
      postmortem: readFileSync(join(ROOT, "incidents", id, "postmortem.md"), "utf8"),
    }));
  const people = [...readFileSync(join(ROOT, "people.yaml"), "utf8").matchAll(/^ {2}([a-z]+):\n {4}name:/gm)].map((m) => m[1] ?? "alice");
  const texts: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const example = examples[i % examples.length];
    if (!example) break;
    const id = `${example.id}-${String(i).padStart(5, "0")}`;
    const text = example.postmortem
      .replace(/## Summary\n\n/, `## Summary\n\n${pick(EXTRA)} ${pick(EXTRA)}\n\n`)
      .replace(/\(Owner: @[a-z]+,/g, () => `(Owner: @${pick(people)},`);
    files[`incidents/${id}/incident.yaml`] = example.incident;
    files[`incidents/${id}/postmortem.md`] = text;
    texts.push(text);
  }
  return { files, texts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Measured {
  label: string;
  run: () => unknown;
  samples: number[];
  ratios: number[];
}

/**
 * Runs every measurement once per round, one after the other, so a machine whose load drifts
 * during the benchmark slows all of them alike; each round's ratio to the first (remark-parse
 * alone) is kept, and the report gives medians.
 */
async function measure(list: Measured[]): Promise<void> {
  for (const item of list) await item.run(); // warm-up
  for (let r = 0; r < RUNS; r++) {
    for (const item of list) {
      const started = performance.now();
      await item.run();
      item.samples.push(performance.now() - started);
    }
    const floor = list[0]?.samples[r] ?? 1;
    for (const item of list) item.ratios.push((item.samples[r] ?? 0) / floor);
  }
}

const { files, texts } = workspaceFiles();
const source = new MemoryFileSource(files);
const loaded = await loadWorkspace(source);
if (!loaded.ok) throw new Error("the generated workspace has no fireline.yaml");
const workspace = loaded.workspace;
const now = Temporal.Instant.from("2026-11-23T12:00:00Z");
const plain = unified().use(remarkParse).freeze();
const postmortemRules = RULES.filter((rule) => ["postmortem", "action-item", "section", "unknown-owner", "published", "timeline-contradiction", "blameless", "unknown-section"].some((p) => rule.name.includes(p)));

const results: Measured[] = [
  {
    label: "remark-parse alone",
    run: () => {
      for (const text of texts) plain.parse(text);
    },
    samples: [],
    ratios: [],
  },
  {
    label: "analyse (remark + GFM + front matter, model, blameless)",
    run: () => {
      for (const text of texts) analyzePostmortem(text);
    },
    samples: [],
    ratios: [],
  },
  {
    label: "parse and check (prepare + postmortem rules)",
    run: async () => {
      const facts = await preparePostmortemFacts(workspace, { now });
      runRules(workspace, postmortemRules, { now, postmortems: facts });
    },
    samples: [],
    ratios: [],
  },
];
await measure(results);

const bytes = texts.reduce((sum, text) => sum + text.length, 0);
console.log(`${texts.length} postmortems, ${(bytes / texts.length / 1024).toFixed(1)} KiB each on average; medians of ${RUNS} interleaved runs after a warm-up`);
console.log(`first import: remark and the parser ${imports.remark.toFixed(0)} ms, date-holidays ${imports.dateHolidays.toFixed(0)} ms`);
for (const result of results) {
  const ms = median(result.samples);
  console.log(
    `${result.label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / texts.length).toFixed(2).padStart(6)} ms/postmortem  ×${median(result.ratios).toFixed(2)}`,
  );
}
mkdirSync(join(ROOT, "bench-results"), { recursive: true });
writeFileSync(
  join(ROOT, "bench-results", "postmortem.json"),
  `${JSON.stringify(
    {
      count: texts.length,
      runs: RUNS,
      node: process.version,
      imports,
      results: results.map((r) => ({ label: r.label, medianMs: median(r.samples), minMs: Math.min(...r.samples), ratioToRemarkParse: median(r.ratios) })),
    },
    null,
    2,
  )}\n`,
);
