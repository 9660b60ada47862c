import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

describe("YAML is read as YAML 1.2", () => {
  it("keeps an unquoted RFC 3339 timestamp a string, where YAML 1.1 parsers make a Date", () => {
    const { value } = parseYaml("x.yaml", "started_at: 2026-03-03T09:12:00Z\nday: 2026-03-03\n");
    expect(value).toEqual({ started_at: "2026-03-03T09:12:00Z", day: "2026-03-03" });
  });

  it("keeps yes, no, on and off strings, where YAML 1.1 turns them into booleans", () => {
    const { value } = parseYaml("x.yaml", "a: yes\nb: no\nc: on\nd: off\n");
    expect(value).toEqual({ a: "yes", b: "no", c: "on", d: "off" });
  });

  it("validates an incident whose timestamps are unquoted, with no 'must be string' errors", async () => {
    const path = "incidents/2026-03-03-api-errors/incident.yaml";
    expect(summarize(await diagnosticsFor({ [path]: edit(path, [["started_at: 2026-03-03T09:12:00Z", "started_at: 2026-03-03T09:12:00Z"]]) }))).toEqual([]);
  });

  it("reports `public: yes` as text where true or false is expected", async () => {
    const path = "incidents/2026-03-03-api-errors/incident.yaml";
    expect(summarize(await diagnosticsFor({ [path]: edit(path, [["public: true\nservices", "public: yes\nservices"]]) }))).toEqual([
      `FL-201 ${path}:4:9 public must be true or false, got 'yes'`,
    ]);
  });
});
