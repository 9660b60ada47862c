import { join } from "node:path";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { deadlines } from "../src/commands/deadlines.js";
import { validateWorkspace } from "../src/commands/validate.js";

const REPO = join(import.meta.dirname, "..");
const NOW = Temporal.Instant.from("2026-11-23T12:00:00Z");

describe("the example workspace's postmortems", () => {
  it("validate without postmortem errors or warnings: open overdue items and an unfinished draft are notices", async () => {
    const result = await validateWorkspace(new NodeFileSource(REPO), { now: NOW });
    if (!result.ok) throw new Error("the repository is not a workspace");
    const postmortem = result.diagnostics.filter((d) => d.code.startsWith("FL-7"));
    expect(postmortem.filter((d) => d.severity !== "notice")).toEqual([]);
    expect(postmortem.map((d) => `${d.code} ${d.file.split("/")[1] ?? ""}:${d.line}`)).toEqual([
      "FL-711 2026-01-14-api-tls-certificate-expiry:93",
      "FL-711 2026-07-22-ledger-balance-data-loss-scare:87",
      "FL-711 2026-08-05-eu-region-network-partition:88",
      "FL-711 2026-08-05-eu-region-network-partition:89",
      "FL-711 2026-10-29-checkout-3ds-timeouts:84",
      "FL-704 2026-11-10-dashboard-session-store-failover:63",
      "FL-704 2026-11-10-dashboard-session-store-failover:74",
    ]);
  });

  it("have the deadlines the README shows: one postmortem overdue, one due, five action items overdue", async () => {
    const result = await deadlines(new NodeFileSource(REPO), { now: NOW });
    if (!result.ok) throw new Error("the repository is not a workspace");
    const { report } = result;
    expect(report.postmortems.map((p) => `${p.incident} ${p.status} ${p.deadline.due} ${p.deadline.state}`)).toEqual([
      "2026-10-29-checkout-3ds-timeouts in-review 2026-11-12 overdue",
      "2026-11-10-dashboard-session-store-failover draft 2026-11-24 due",
    ]);
    expect(report.awaitingResolution).toEqual([{ incident: "2026-11-23-payments-api-elevated-declines", severity: "sev2", rule: "10 business days" }]);
    expect(report.actionItems.filter((a) => a.deadline.state === "overdue").map((a) => `@${a.owner ?? ""} ${a.deadline.due}`)).toEqual([
      "@alice 2026-09-16",
      "@bob 2026-09-02",
      "@carol 2026-11-20",
      "@oscar 2026-02-25",
      "@paula 2026-09-16",
    ]);
    expect(report.actionItems).toHaveLength(10);
  });
});
