import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildMarker, itemTextHash, parseMarker } from "../../src/plan/action-item-marker.js";
import { issueNumberIn } from "../../src/plan/issue-reference.js";

describe("the action-item marker", () => {
  it("reads back what it writes, for any incident id and serial", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]{1,30}$/), fc.integer({ min: 1, max: 999_999 }), fc.string(), (incident, serial, text) => {
        const marker = { incident, serial, textHash: itemTextHash(text) };
        expect(parseMarker(`Some body\n\n${buildMarker(marker)}\n`)).toEqual(marker);
      }),
    );
  });

  it("takes the last marker, so an item text quoting one does not hijack the issue", () => {
    const body = `<!-- fireline:action-item 2026-01-01-other/9 text:aaaaaaaaaaaa -->\n\n${buildMarker({ incident: "2026-03-03-x", serial: 2, textHash: "bbbbbbbbbbbb" })}`;
    expect(parseMarker(body)).toMatchObject({ incident: "2026-03-03-x", serial: 2 });
  });

  it("finds no marker in an issue opened by hand", () => {
    expect(parseMarker("Please fix the alert. <!-- a comment -->")).toBeUndefined();
  });

  it("hashes texts that differ only in case and spacing alike, and different texts differently", () => {
    expect(itemTextHash("Add  the ALERT\n")).toBe(itemTextHash("add the alert"));
    expect(itemTextHash("Add the alert")).not.toBe(itemTextHash("Add the alerts"));
  });
});

describe("issue references", () => {
  it("reads #N, owner/name#N and issue URLs of the repository, and tells other repositories apart", () => {
    expect(issueNumberIn("#12", "acme/incidents")).toBe(12);
    expect(issueNumberIn("Acme/Incidents#12", "acme/incidents")).toBe(12);
    expect(issueNumberIn("https://github.com/acme/incidents/issues/12", "acme/incidents")).toBe(12);
    expect(issueNumberIn("other/repo#12", "acme/incidents")).toBe("elsewhere");
    expect(issueNumberIn("https://github.com/other/repo/issues/12", "acme/incidents")).toBe("elsewhere");
  });
});
