import { describe, expect, it } from "vitest";
import { diagnosticsFor, summarize } from "./helpers/minimal-workspace.js";

describe("the minimal test workspace", () => {
  it("is valid, so every other test breaks exactly one thing", async () => {
    expect(summarize(await diagnosticsFor())).toEqual([]);
  });
});
