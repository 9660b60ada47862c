import { describe, expect, it } from "vitest";
import { addSelfTimes, topEntries, type CpuProfile, type SelfTimes } from "../../bench/profile/self-time.js";

const frame = (id: number, functionName: string, url: string, lineNumber = 0) => ({ id, callFrame: { functionName, url, lineNumber } });

const profile: CpuProfile = {
  nodes: [
    frame(1, "(garbage collector)", ""),
    frame(2, "next", "file:///work/main/node_modules/yaml/dist/parse/parser.js", 174),
    frame(3, "epochMs", "file:///work/main/build/src/model/instant.js", 11),
    frame(4, "from", "file:///work/main/node_modules/@scope/pkg/index.js"),
  ],
  samples: [2, 2, 3, 1, 4],
  timeDeltas: [1000, 3000, 500, 2000, 250],
};

describe("summing the self time of CPU profiles", () => {
  it("adds each sample's time to its file, grouping packages by name and native code and V8's own entries apart", () => {
    const totals: SelfTimes = { byFile: new Map(), byFunction: new Map() };
    addSelfTimes(profile, totals);
    addSelfTimes(profile, totals);
    expect(Object.fromEntries(totals.byFile)).toEqual({ yaml: 8, "build/src/model/instant.js": 1, "(native)": 4, "@scope/pkg": 0.5 });
    expect(totals.byFunction.get("next yaml:175")).toBe(8);
  });

  it("lists the largest totals first", () => {
    const totals: SelfTimes = { byFile: new Map(), byFunction: new Map() };
    addSelfTimes(profile, totals);
    expect(topEntries(totals.byFile, 2)).toEqual(["      4 ms  yaml", "      2 ms  (native)"]);
  });
});
