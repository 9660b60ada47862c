import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { buildInMemory, buildMinimal } from "./site-helpers.js";
import { xssWorkspace } from "./xss-corpus.js";

const REPO = join(import.meta.dirname, "..", "..");
const schema = JSON.parse(readFileSync(join(REPO, "test", "fixtures", "statuspage-v2", "statuspage-v2.schema.json"), "utf8")) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
ajv.addSchema(schema, "statuspage");

const ENDPOINTS = [
  "summary.json",
  "status.json",
  "components.json",
  "incidents.json",
  "incidents/unresolved.json",
  "scheduled-maintenances.json",
  "scheduled-maintenances/upcoming.json",
  "scheduled-maintenances/active.json",
];

function checkEndpoints(site: Map<string, string>): void {
  for (const name of ENDPOINTS) {
    const text = site.get(`api/v2/${name}`);
    expect(text, name).toBeDefined();
    const validate = ajv.getSchema(`statuspage#/definitions/${name.replace("/", "~1")}`);
    if (!validate) throw new Error(`no schema for ${name}`);
    const valid = validate(JSON.parse(text ?? ""));
    expect(valid ? [] : ajv.errorsText(validate.errors, { dataVar: name }).split(", "), name).toEqual([]);
  }
}

interface Listed {
  id: string;
  status: string;
  impact?: string;
}

describe("the Statuspage v2 JSON API", () => {
  it("matches the Statuspage shapes for the example workspace, mid-incident", async () => {
    checkEndpoints(await buildInMemory(new NodeFileSource(REPO), { now: "2026-11-23T10:00:00Z" }));
  });

  it("matches them during maintenance, with nothing open, and with hostile text", async () => {
    checkEndpoints(await buildMinimal({}, { now: "2026-04-01T06:30:00Z" }));
    checkEndpoints(await buildMinimal({}, { now: "2026-05-01T00:00:00Z" }));
    checkEndpoints(await buildInMemory(xssWorkspace(), { now: "2026-03-05T06:30:00Z" }));
  });

  it("the schema rejects a wrong enumeration value, so the check above can fail", () => {
    const validate = ajv.getSchema("statuspage#/definitions/status.json");
    expect(validate?.({ page: { id: "p", name: "n", url: "u", time_zone: "UTC", updated_at: "2026-01-01T00:00:00Z" }, status: { indicator: "degraded", description: "" } })).toBe(false);
  });

  it("lists unresolved incidents, and upcoming and active maintenance, by the clock", async () => {
    const during = await buildMinimal({}, { now: "2026-04-01T06:30:00Z" });
    const list = (path: string, key: string) => (JSON.parse(during.get(path) ?? "{}") as Record<string, Listed[]>)[key]?.map((item) => `${item.id} ${item.status}`);
    expect(list("api/v2/scheduled-maintenances/active.json", "scheduled_maintenances")).toEqual(["2026-04-01-db-upgrade in_progress"]);
    expect(list("api/v2/scheduled-maintenances/upcoming.json", "scheduled_maintenances")).toEqual([]);
    expect(list("api/v2/incidents/unresolved.json", "incidents")).toEqual([]);
    expect(JSON.parse(during.get("api/v2/status.json") ?? "{}")).toMatchObject({ status: { indicator: "maintenance", description: "Service Under Maintenance" } });

    const before = await buildMinimal({}, { now: "2026-03-03T09:30:00Z" });
    expect(JSON.parse(before.get("api/v2/incidents/unresolved.json") ?? "{}")).toMatchObject({ incidents: [{ id: "2026-03-03-api-errors", status: "investigating", impact: "major" }] });
    expect(JSON.parse(before.get("api/v2/status.json") ?? "{}")).toMatchObject({ status: { indicator: "major", description: "Partial System Outage" } });
    expect(JSON.parse(before.get("api/v2/scheduled-maintenances/upcoming.json") ?? "{}")).toMatchObject({ scheduled_maintenances: [{ status: "scheduled" }] });
  });

  it("gives the same bytes when rebuilt later with nothing new to report", async () => {
    const first = await buildMinimal({}, { now: "2026-05-01T00:00:00Z", baseUrl: "https://status.test/" });
    const later = await buildMinimal({}, { now: "2026-05-01T06:00:00Z", baseUrl: "https://status.test/" });
    for (const name of ENDPOINTS) expect(later.get(`api/v2/${name}`), name).toBe(first.get(`api/v2/${name}`));
  });
});
