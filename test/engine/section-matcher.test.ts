import { describe, expect, it } from "vitest";
import { SectionMatcher, normalizeHeading, sectionSpecs } from "../../src/engine/postmortem/section-matcher.js";

const matcher = new SectionMatcher(sectionSpecs());

describe("matching headings to postmortem sections", () => {
  it.each([
    ["Summary", "summary"],
    ["Executive Summary", "summary"],
    ["Root cause", "root-cause"],
    ["Root causes", "root-cause"],
    ["Root causes and contributing factors", "root-cause"],
    ["3. Root Cause:", "root-cause"],
    ["ROOT CAUSE ANALYSIS", "root-cause"],
    ["Contributing factors", "root-cause"],
    ["Timeline (UTC)", "timeline"],
    ["Timeline of events", "timeline"],
    ["What went well?", "what-went-well"],
    ["What went wrong", "what-went-wrong"],
    ["What went badly", "what-went-wrong"],
    ["Where we got lucky", "where-we-got-lucky"],
    ["Action items", "action-items"],
    ["Action Item", "action-items"],
    ["Follow-up actions", "action-items"],
    ["Lessons learned", "lessons-learned"],
    ["Lessons", "lessons-learned"],
    ["Impact on customers", "impact"],
    ["Resolution and recovery", "resolution"],
  ])("%j is %s", (heading, id) => {
    expect(matcher.match(heading)).toBe(id);
  });

  it.each(["Trigger", "Detection", "Supporting information", "Appendix", "What went", "Actions taken", "Mitigation", "Summaryish"])("%j is no section", (heading) => {
    expect(matcher.match(heading)).toBeUndefined();
  });

  it("takes a policy's own sections and extra headings for built-in ones", () => {
    const custom = new SectionMatcher(sectionSpecs({ "root-cause": { heading: "Root cause", aliases: ["Why it happened"] }, comms: { heading: "Customer communication", aliases: ["Comms"] } }));
    expect(custom.match("Why it happened")).toBe("root-cause");
    expect(custom.match("Root causes and contributing factors")).toBe("root-cause");
    expect(custom.match("Comms")).toBe("comms");
    expect(custom.match("Customer communications")).toBe("comms");
  });

  it("normalises case, numbering, punctuation and plurals", () => {
    expect(normalizeHeading("2. Root Causes:")).toEqual(["root", "cause"]);
    expect(normalizeHeading("iv. Lessons Learned!")).toEqual(["lesson", "learned"]);
    expect(normalizeHeading("Process")).toEqual(["process"]);
  });
});
