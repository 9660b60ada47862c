import type { Org } from "./org.js";
import type { Prng } from "./prng.js";
import { addMinutes, BENCH_NOW_MS, DAY_MS, utcDate } from "./timestamps.js";
import { CAUSES, COMPONENT_IMPACTS, SYMPTOMS, TAGS } from "./vocabulary.js";

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

export const STAGES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type Stage = (typeof STAGES)[number];

/** The facts of one synthetic incident, before they are written as YAML and markdown. */
export interface IncidentPlan {
  id: string;
  title: string;
  severity: "sev1" | "sev2" | "sev3" | "sev4";
  status: Stage;
  isPublic: boolean;
  /** Service id -> impact. */
  services: Map<string, string>;
  serviceNames: string[];
  symptom: string;
  roles: Map<string, string>;
  tags: string[];
  /** started, detected, acknowledged, mitigated, resolved (epoch ms); open incidents have fewer. */
  lifecycle: number[];
  updates: { at: number; status: Stage; isPublic: boolean; author: string }[];
  cause: string;
}

const FIRST_DAY = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 3 * 365;
/** The last 3% of incidents are still open; they started in the hours before BENCH_NOW. */
const OPEN_SHARE = 0.03;

/** Plans incident `n` of `count` (from 1). */
export function planIncident(prng: Prng, org: Org, n: number, count: number): IncidentPlan {
  const severity = prng.weighted({ sev1: 5, sev2: 15, sev3: 40, sev4: 40 });
  const open = n > count - Math.round(count * OPEN_SHARE);
  const status = open ? prng.weighted({ monitoring: 2, identified: 1, investigating: 1 }) : "resolved";
  const started = open
    ? addMinutes(BENCH_NOW_MS, -prng.int(120, 360))
    : FIRST_DAY + prng.int(0, SPAN_DAYS - 1) * DAY_MS + prng.int(0, 24 * 60 - 1) * 60_000;
  const affected = prng.sample(org.services, prng.chance(0.7) ? 1 : 2);
  const cause = prng.pick(CAUSES);
  const symptom = prng.pick(SYMPTOMS);
  const title = `${symptom} on ${listWords(affected.map((s) => s.name))} ${cause}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").split("-").slice(0, 6).join("-");
  const lifecycle = lifecycleTimes(prng, started, status);
  const roles = pickRoles(prng, org);
  const isPublic = prng.chance(0.6);
  return {
    id: `${utcDate(started)}-${slug}-${n}`,
    title,
    severity,
    status,
    isPublic,
    services: new Map(affected.map((s) => [s.id, severity === "sev1" ? "major_outage" : prng.pick(COMPONENT_IMPACTS.slice(0, 2))])),
    serviceNames: affected.map((s) => s.name),
    symptom,
    roles,
    tags: prng.sample(TAGS, prng.int(1, 4)),
    lifecycle,
    updates: planUpdates(prng, lifecycle, status, isPublic, [...roles.values()]),
    cause,
  };
}

function lifecycleTimes(prng: Prng, started: number, status: Stage): number[] {
  const detected = addMinutes(started, prng.int(1, 30));
  const acknowledged = addMinutes(detected, prng.int(0, 15));
  const mitigated = addMinutes(acknowledged, status === "resolved" ? prng.int(10, 240) : prng.int(10, 60));
  const resolved = addMinutes(mitigated, prng.int(5, 600));
  const all = [started, detected, acknowledged, mitigated, resolved];
  if (status === "resolved") return all;
  return all.slice(0, status === "monitoring" ? 4 : 3);
}

function pickRoles(prng: Prng, org: Org): Map<string, string> {
  const handles = prng.sample(org.people.map((p) => p.handle), 4);
  const roles = new Map<string, string>([["commander", handles[0] ?? "alice"]]);
  if (prng.chance(0.8)) roles.set("communications", handles[1] ?? "bob");
  if (prng.chance(0.6)) roles.set("operations", handles[2] ?? "carol");
  if (prng.chance(0.4)) roles.set("scribe", handles[3] ?? "david");
  return roles;
}

/** 3–6 updates, oldest first, from acknowledgement to resolution (or to now); stages never go back. */
function planUpdates(prng: Prng, lifecycle: readonly number[], status: Stage, isPublic: boolean, authors: string[]) {
  const count = prng.int(3, 6);
  const first = addMinutes(lifecycle[2] ?? 0, prng.int(1, 10));
  // An open incident's latest update is minutes old, within every severity's update cadence.
  const last = status === "resolved" ? (lifecycle[4] ?? first) : addMinutes(BENCH_NOW_MS, -prng.int(5, 20));
  const finalStage = STAGES.indexOf(status);
  return Array.from({ length: count }, (_, i) => {
    const at = i === count - 1 ? last : first + Math.floor(((last - first) * i) / (count - 1) / 60_000) * 60_000;
    const stage = STAGES[Math.round((finalStage * i) / (count - 1))] ?? "investigating";
    return { at, status: stage, isPublic: isPublic && (i === 0 || prng.chance(0.7)), author: prng.pick(authors) };
  });
}
