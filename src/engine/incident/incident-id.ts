import { Temporal } from "temporal-polyfill";

const MAX_SLUG = 48;

/** "Checkout errors after payment-gateway deploy" → "checkout-errors-after-payment-gateway-deploy". */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    // Cut at a word boundary; a single very long word is cut where it must be.
    if (next.length > MAX_SLUG) return slug === "" ? word.slice(0, MAX_SLUG) : slug;
    slug = next;
  }
  return slug === "" ? "incident" : slug;
}

/** The incident id for a start time and title: `<day in the organisation's zone>-<slug>`, made unique with -2, -3, ... */
export function newIncidentId(startedAt: Temporal.Instant, timeZone: string, title: string, taken: ReadonlySet<string>): string {
  const base = `${startedAt.toZonedDateTimeISO(timeZone).toPlainDate().toString()}-${slugify(title)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
