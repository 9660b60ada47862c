import { Temporal } from "temporal-polyfill";
import type { ActionItemRecord } from "./postmortems.js";
import { compareText } from "./grouping.js";

/**
 * Action items of the postmortems of the period's incidents:
 * - done: ticked off (`- [x]`); open: not ticked off;
 * - overdue: open, and its due date is before today in the organisation's zone;
 * - completion: done ÷ total.
 */
export interface ActionItemSummary {
  total: number;
  done: number;
  open: number;
  overdue: number;
  /** Open items without a due date, which can never be overdue. */
  openWithoutDue: number;
  completionPercent?: number;
  /** One row per owner ("" for items without one): most overdue first, then most open, then by handle. */
  byOwner: OwnerRow[];
  /** Every overdue item, longest overdue first. */
  overdueItems: OverdueItem[];
  /** Items by the month they are due in: done, open and overdue, months in order; items without a due date are left out. */
  byDueMonth: DueMonthRow[];
}

export interface OwnerRow {
  owner: string;
  total: number;
  done: number;
  open: number;
  overdue: number;
}

export interface OverdueItem {
  incident: string;
  text: string;
  owner?: string;
  due: string;
  /** Calendar days from the due date to today. */
  daysLate: number;
}

export interface DueMonthRow {
  /** YYYY-MM. */
  month: string;
  done: number;
  /** Open and not yet overdue. */
  open: number;
  overdue: number;
}

export function actionItemSummary(items: readonly ActionItemRecord[], today: Temporal.PlainDate): ActionItemSummary {
  const todayText = today.toString();
  const summary: ActionItemSummary = { total: 0, done: 0, open: 0, overdue: 0, openWithoutDue: 0, byOwner: [], overdueItems: [], byDueMonth: [] };
  const owners = new Map<string, OwnerRow>();
  const months = new Map<string, DueMonthRow>();
  // Many items share a due date: count the days from each one to today once.
  const lateness = new Map<string, number>();
  const daysLate = (due: string) => {
    let days = lateness.get(due);
    if (days === undefined) lateness.set(due, (days = Temporal.PlainDate.from(due).until(today, { largestUnit: "days" }).days));
    return days;
  };
  for (const item of items) {
    const ownerKey = item.owner ?? "";
    let owner = owners.get(ownerKey);
    if (!owner) owners.set(ownerKey, (owner = { owner: ownerKey, total: 0, done: 0, open: 0, overdue: 0 }));
    // YYYY-MM-DD strings compare like the dates they name.
    const overdue = !item.done && item.due !== undefined && item.due < todayText;
    summary.total++;
    owner.total++;
    if (item.done) {
      summary.done++;
      owner.done++;
    } else {
      summary.open++;
      owner.open++;
      if (item.due === undefined) summary.openWithoutDue++;
    }
    if (overdue && item.due !== undefined) {
      summary.overdue++;
      owner.overdue++;
      const late: OverdueItem = { incident: item.incident, text: item.text, due: item.due, daysLate: daysLate(item.due) };
      if (item.owner !== undefined) late.owner = item.owner;
      summary.overdueItems.push(late);
    }
    if (item.due !== undefined) {
      const key = item.due.slice(0, 7);
      let month = months.get(key);
      if (!month) months.set(key, (month = { month: key, done: 0, open: 0, overdue: 0 }));
      if (item.done) month.done++;
      else if (overdue) month.overdue++;
      else month.open++;
    }
  }
  if (summary.total > 0) summary.completionPercent = (summary.done / summary.total) * 100;
  summary.byOwner = [...owners.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || compareText(a.owner, b.owner));
  summary.overdueItems.sort((a, b) => b.daysLate - a.daysLate || compareText(a.incident, b.incident) || compareText(a.text, b.text));
  summary.byDueMonth = fillMonths([...months.values()].sort((a, b) => compareText(a.month, b.month)));
  return summary;
}

const MAX_FILLED_MONTHS = 240;

/** Adds empty rows for months between the first and the last, so a chart's axis has no holes. */
function fillMonths(rows: DueMonthRow[]): DueMonthRow[] {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return rows;
  const end = Temporal.PlainYearMonth.from(last.month);
  // A due date mistyped centuries ahead must not make thousands of empty rows.
  if (Temporal.PlainYearMonth.from(first.month).until(end, { largestUnit: "months" }).months > MAX_FILLED_MONTHS) return rows;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const filled: DueMonthRow[] = [];
  for (let month = Temporal.PlainYearMonth.from(first.month); Temporal.PlainYearMonth.compare(month, end) <= 0; month = month.add({ months: 1 })) {
    const key = month.toString();
    filled.push(byMonth.get(key) ?? { month: key, done: 0, open: 0, overdue: 0 });
  }
  return filled;
}
