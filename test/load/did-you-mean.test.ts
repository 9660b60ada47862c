import { describe, expect, it } from "vitest";
import { didYouMean, listWords } from "../../src/load/did-you-mean.js";

describe("didYouMean", () => {
  it("finds a transposition or a missing letter", () => {
    expect(didYouMean("serverity", ["severity", "status"])).toBe("severity");
    expect(didYouMean("alcie", ["alice", "bob"])).toBe("alice");
  });

  it("suggests nothing when no candidate is close", () => {
    expect(didYouMean("p1", ["sev1", "sev2"])).toBeUndefined();
    expect(didYouMean("zzz", [])).toBeUndefined();
  });

  it("ignores case", () => {
    expect(didYouMean("Europe/berlin", ["Europe/Berlin"])).toBe("Europe/Berlin");
  });
});

describe("listWords", () => {
  it("joins with commas and a final 'or'", () => {
    expect(listWords(["a", "b", "c"])).toBe("a, b or c");
    expect(listWords(["a"])).toBe("a");
  });
});
