import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planLabels } from "../../src/plan/labels.js";

const label = (name: string, color = "d73a4a") => ({ name, color, description: "" });

describe("planLabels", () => {
  it("plans only the labels the repository does not have", () => {
    expect(planLabels([label("action-item"), label("sev1"), label("service:checkout")], [label("sev1")]).map((l) => l.name)).toEqual([
      "action-item",
      "service:checkout",
    ]);
  });

  it("treats a label that differs only in case as existing, as GitHub does", () => {
    expect(planLabels([label("Sev1")], [label("sev1")])).toEqual([]);
  });

  it("plans a name wanted twice only once, with the first colour given", () => {
    expect(planLabels([label("overdue", "aaaaaa"), label("OVERDUE", "bbbbbb")], [])).toEqual([label("overdue", "aaaaaa")]);
  });

  it("never plans a label that exists, and plans every missing one exactly once", () => {
    const name = fc.stringMatching(/^[a-zA-Z:-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(name), fc.array(name), (wanted, existing) => {
        const planned = planLabels(wanted.map((n) => label(n)), existing.map((n) => label(n))).map((l) => l.name.toLowerCase());
        const existingKeys = new Set(existing.map((n) => n.toLowerCase()));
        expect(new Set(planned).size).toBe(planned.length);
        expect(planned.some((n) => existingKeys.has(n))).toBe(false);
        expect(new Set(planned)).toEqual(new Set(wanted.map((n) => n.toLowerCase()).filter((n) => !existingKeys.has(n))));
      }),
    );
  });
});
