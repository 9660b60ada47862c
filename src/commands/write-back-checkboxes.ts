import { splitFrontMatter } from "../load/front-matter.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";
import type { WorkspaceWriter } from "../ports.js";
import type { ItemPlace } from "../plan/sync-plan.js";
import { tickCheckboxes } from "../plan/tick-checkbox.js";

/** The postmortem body the plan's positions were read from. */
export interface LoadedBody {
  body: string;
  bodyLine: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const BOM = "\uFEFF";

/**
 * Ticks the boxes of items whose issues were closed on GitHub, one compare-and-swap write per
 * postmortem.md. A file edited since the sync read it is left alone and reported, never
 * overwritten: its lines may have moved, and the next run plans again from the new text.
 */
export async function writeBackCheckboxes(
  writer: WorkspaceWriter,
  items: readonly ItemPlace[],
  loaded: ReadonlyMap<string, LoadedBody>,
): Promise<{ ticked: ItemPlace[]; diagnostics: Diagnostic[] }> {
  const ticked: ItemPlace[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [file, places] of groupByFile(items)) {
    const first = places[0] as ItemPlace;
    const conflict = (why: string) => diagnostics.push(makeDiagnostic("sync-write-back-conflict", file, first, `${file} ${why}, so its boxes were not ticked`, "Run fireline sync --write-back again."));
    const current = await writer.read(file);
    const text = current === undefined ? undefined : decode(current.bytes);
    const expected = loaded.get(file);
    if (current === undefined || text === undefined || expected === undefined || !sameBody(text, expected)) {
      conflict(current === undefined ? "was removed during the sync" : "changed during the sync");
      continue;
    }
    const hasBom = text.startsWith(BOM);
    const result = tickCheckboxes(hasBom ? text.slice(1) : text, places);
    for (const missed of result.missed) {
      diagnostics.push(makeDiagnostic("sync-write-back-conflict", file, missed, "no unchecked box was found at this action item", "Tick the box by hand."));
    }
    if (result.ticked.length === 0) continue;
    const outcome = await writer.write(file, (hasBom ? BOM : "") + result.text, current.version);
    if (!outcome.ok) {
      conflict(outcome.reason === "busy" ? `is being edited by ${outcome.holder}` : "changed during the sync");
      continue;
    }
    ticked.push(...places.filter((place) => result.ticked.includes(place)));
  }
  return { ticked, diagnostics };
}

function groupByFile(items: readonly ItemPlace[]): Map<string, ItemPlace[]> {
  const groups = new Map<string, ItemPlace[]>();
  for (const item of items) groups.set(item.file, [...(groups.get(item.file) ?? []), item]);
  return groups;
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether the file still has the body the positions were read from (the front matter may differ). */
function sameBody(text: string, loaded: LoadedBody): boolean {
  const plain = text.startsWith(BOM) ? text.slice(1) : text;
  const split = splitFrontMatter(plain);
  const body = split ? split.body : plain;
  const bodyLine = split ? split.bodyLine : 1;
  return body === loaded.body && bodyLine === loaded.bodyLine;
}
