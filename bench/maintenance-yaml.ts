import type { Org } from "./org.js";
import type { Prng } from "./prng.js";
import { addMinutes, DAY_MS, instant, utcDate } from "./timestamps.js";

const WORKS = ["Database upgrade", "Network maintenance", "Certificate rotation", "Failover drill", "Storage migration", "Kernel patching"] as const;

export const MAINTENANCE_COUNT = 12;

/** One planned maintenance window a month from January 2024: file name and text. */
export function maintenanceFile(prng: Prng, org: Org, n: number): { name: string; text: string } {
  const starts = Date.UTC(2024, n, prng.int(1, 28), prng.int(0, 5));
  const ends = addMinutes(starts, prng.int(1, 8) * 30);
  const work = prng.pick(WORKS);
  const services = prng.sample(org.services, prng.int(1, 3));
  const name = `${utcDate(starts)}-${work.toLowerCase().replace(/ /g, "-")}.yaml`;
  const text = `title: ${work}
description: >-
  ${work} on ${services.map((s) => s.name).join(" and ")}. Requests may be slower for a few minutes during the window.
public: ${String(prng.chance(0.7))}
services:
${services.map((s) => `  ${s.id}: ${prng.chance(0.5) ? "degraded_performance" : "operational"}\n`).join("")}starts_at: ${instant(starts)}
ends_at: ${instant(ends)}
updates:
  - at: ${instant(starts - DAY_MS)}
    message: Reminder posted to the status page.
`;
  return { name, text };
}
