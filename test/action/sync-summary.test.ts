import { describe, expect, it } from "vitest";
import { renderSyncSummary } from "../../src/action/sync-summary.js";
import type { SyncResult } from "../../src/commands/sync-action-items.js";

function result(titles: string[], dryRun: boolean): SyncResult {
  const creates = titles.map((title, i) => ({
    item: { incident: "2026-03-03-api-errors", file: "incidents/2026-03-03-api-errors/postmortem.md", line: 40 + i, column: 1, text: title },
    id: `2026-03-03-api-errors/${String(i + 1)}`,
    draft: { title, body: "", labels: [], assignees: [] },
  }));
  return {
    ok: true,
    plan: { labels: [], creates, updates: [], closes: [], reports: [], warnings: [] },
    refused: [],
    dryRun,
    created: dryRun ? [] : creates.map((_, i) => i + 1),
    updated: [],
    closed: [],
    labelsCreated: [],
    ticked: [],
    diagnostics: [],
  };
}

describe("the sync job summary", () => {
  it("lists each issue it creates, with the item's place, and escapes the title", () => {
    const { log, markdown } = renderSyncSummary(result(["Alert on <pool> saturation"], false), "acme/incidents", "ops/");
    expect(log).toBe("Action items in acme/incidents: 1 created, 0 updated, 0 closed.");
    expect(markdown).toContain("<li>create: Alert on &#60;pool&#62; saturation (<code>ops/incidents/2026-03-03-api-errors/postmortem.md:40</code>)</li>");
  });

  it("says what a dry run would write", () => {
    expect(renderSyncSummary(result(["a", "b"], true), "acme/incidents", "").log).toBe(
      "Action items in acme/incidents: dry run: 2 writes planned (2 to create, 0 to update, 0 to close).",
    );
  });

  it("lists at most 500 issues and counts the rest, so a first sync of thousands stays under the summary limit", () => {
    const { markdown } = renderSyncSummary(result(Array.from({ length: 1200 }, (_, i) => `item ${String(i)}`), false), "acme/incidents", "");
    expect(markdown.split("<li>")).toHaveLength(501);
    expect(markdown).toContain("_and 700 more._");
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
  });
});
