import type { PublicMaintenance } from "./public-records.js";

/** Statuspage's words for a maintenance window's state; fireline never uses "verifying". */
export type MaintenancePhase = "scheduled" | "in_progress" | "completed";

/** A window's state comes from the clock alone, so a scheduled rebuild moves it along without a commit. */
export function maintenancePhase(window: Pick<PublicMaintenance, "startsAt" | "endsAt">, now: number): MaintenancePhase {
  if (now < window.startsAt) return "scheduled";
  return now < window.endsAt ? "in_progress" : "completed";
}
