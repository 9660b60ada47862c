import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/load/front-matter.js";

describe("splitFrontMatter", () => {
  it("returns the YAML between the first two --- lines and where the body starts", () => {
    expect(splitFrontMatter("---\nstatus: draft\n---\n\n# Title\n")).toEqual({ yaml: "status: draft\n", yamlLine: 2, body: "\n# Title\n", bodyLine: 4 });
  });

  it("accepts CRLF line endings", () => {
    expect(splitFrontMatter("---\r\nstatus: draft\r\n---\r\nbody")?.yaml).toBe("status: draft\r\n");
  });

  it("finds nothing when the file does not start with ---", () => {
    expect(splitFrontMatter("# Title\n\n---\nstatus: draft\n---\n")).toBeUndefined();
  });

  it("finds nothing when the block is never closed", () => {
    expect(splitFrontMatter("---\nstatus: draft\n# Title\n")).toBeUndefined();
  });
});
