import type { Diagnostic } from "../model/diagnostic.js";
import type { IssueChange, IssueDraft, TrackerLabel } from "../ports.js";

/** Where an action item is: its incident, postmortem.md, the item's line and column, its text. */
export interface ItemPlace {
  incident: string;
  file: string;
  line: number;
  column: number;
  text: string;
}

export interface PlannedCreate {
  item: ItemPlace;
  /** The marker id the issue will carry, incident/serial. */
  id: string;
  draft: IssueDraft;
}

/** An update or a close: only the fields that differ. A close has `state: "closed"`. */
export interface PlannedUpdate {
  item: ItemPlace;
  number: number;
  change: IssueChange;
}

export type PlannedReport =
  /** Closed on GitHub while the box is unchecked; --write-back ticks it. */
  | { kind: "closed-on-github"; number: number; url: string; item: ItemPlace }
  /** An open issue whose item is gone from the postmortem; left open for a person to decide. */
  | { kind: "removed"; number: number; url: string; id: string; file: string };

/** Everything `fireline sync` would change on GitHub, as data. */
export interface SyncPlan {
  labels: TrackerLabel[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  closes: PlannedUpdate[];
  reports: PlannedReport[];
  warnings: Diagnostic[];
}

export function planWrites(plan: SyncPlan): number {
  return plan.labels.length + plan.creates.length + plan.updates.length + plan.closes.length;
}
