import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODES } from "../src/model/codes.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("lists every diagnostic code with its rule name and severity", () => {
    for (const [rule, info] of Object.entries(CODES)) {
      expect(readme, `${info.code} ${rule} is not in the README's code table`).toContain(`| ${info.code} | \`${rule}\` | ${info.severity} |`);
    }
  });

  it("gives the two set-up commands", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
  });
});
