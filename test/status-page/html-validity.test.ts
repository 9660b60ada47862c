import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { buildInMemory, buildMinimal } from "./site-helpers.js";
import { xssWorkspace } from "./xss-corpus.js";

const REPO = join(import.meta.dirname, "..", "..");

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // The pages are generated, one element a line; long lines and whitespace style are not ours to lint.
    "no-trailing-whitespace": "off",
    // A page's title is the incident's own title (up to 200 characters in incident.yaml) and must name it.
    "long-title": "off",
  },
});

async function problems(site: Map<string, string>): Promise<string[]> {
  const found: string[] = [];
  for (const [path, html] of site) {
    if (!path.endsWith(".html")) continue;
    const report = await validator.validateString(html, path);
    for (const result of report.results) {
      for (const message of result.messages) found.push(`${path}:${String(message.line)} ${message.ruleId}: ${message.message}`);
    }
  }
  return found;
}

describe("the generated HTML", () => {
  it("is valid (html-validate, recommended rules) for the example workspace", async () => {
    expect(await problems(await buildInMemory(new NodeFileSource(REPO), { now: "2026-11-23T10:00:00Z" }))).toEqual([]);
  });

  it("is valid for a workspace without a URL (no feeds), during maintenance", async () => {
    expect(await problems(await buildMinimal({}, { now: "2026-04-01T06:30:00Z" }))).toEqual([]);
  });

  it("stays valid with the XSS corpus in every text field", async () => {
    expect(await problems(await buildInMemory(xssWorkspace(), { now: "2026-03-05T06:30:00Z" }))).toEqual([]);
  });

  it("the validator does report a broken page, so the checks above can fail", async () => {
    const report = await validator.validateString("<!doctype html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>");
    expect(report.valid).toBe(false);
  });
});
