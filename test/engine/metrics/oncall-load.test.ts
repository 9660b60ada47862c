import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../../src/adapters/node-file-source.js";
import { onCallWorkspace } from "../../../src/commands/oncall-workspace.js";
import { pagedIncidents } from "../../../src/commands/oncall-report.js";
import { pagesBeforeAcknowledgement } from "../../../src/engine/metrics/oncall-load.js";
import { incidentPages, type PagedIncident } from "../../../src/engine/oncall/incident-pages.js";
import { loadWorkspace } from "../../../src/load/load-workspace.js";

const loaded = await loadWorkspace(new NodeFileSource("."));
if (!loaded.ok) throw new Error("the example workspace did not load");
const oncall = onCallWorkspace(loaded.workspace);
const policies = [...oncall.policies.values()];

describe("pages before acknowledgement", () => {
  it("are the on-call engine's pages for every incident of the example workspace", () => {
    const incidents = pagedIncidents(oncall, Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1));
    expect(incidents.length).toBeGreaterThan(15);
    expect(pagesBeforeAcknowledgement(incidents, oncall.onCall)).toEqual(incidentPages(incidents, oncall.onCall));
  });

  it("are the on-call engine's pages for any alert and acknowledgement times over the example's rotations", () => {
    const incidentArb = fc.record({
      alertedAt: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
      ackAfter: fc.option(fc.integer({ min: 0, max: 6 * 3_600_000 }), { nil: undefined }),
      policies: fc.subarray(policies, { minLength: 0, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(incidentArb, { maxLength: 6 }), (specs) => {
        const incidents = specs.map(({ alertedAt, ackAfter, policies: chosen }, i): PagedIncident => {
          const incident: PagedIncident = { id: `i${String(i)}`, alertedAt, policies: chosen };
          if (ackAfter !== undefined) incident.acknowledgedAt = alertedAt + ackAfter;
          return incident;
        });
        expect(pagesBeforeAcknowledgement(incidents, oncall.onCall)).toEqual(incidentPages(incidents, oncall.onCall));
      }),
      { numRuns: 150 },
    );
  });
});
