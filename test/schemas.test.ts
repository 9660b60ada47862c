import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSchemaFiles } from "../src/schema/render-schema-files.js";

const schemasDir = join(import.meta.dirname, "..", "schemas");

/** Every schema node that declares properties, with its path, so the description check names the culprit. */
function* propertyNodes(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  for (const [key, child] of Object.entries((record.properties ?? {}) as Record<string, unknown>)) {
    yield [`${path}.${key}`, child as Record<string, unknown>];
  }
  for (const [key, child] of Object.entries(record)) yield* propertyNodes(child, `${path}/${key}`);
}

describe("the JSON Schemas in schemas/", () => {
  const rendered = renderSchemaFiles();

  it("match the schemas defined in src/schema (run `npm run schemas` after changing them)", () => {
    for (const [name, text] of rendered) {
      expect(readFileSync(join(schemasDir, name), "utf8"), `schemas/${name} is stale`).toBe(text);
    }
  });

  it("has no file that src/schema no longer defines", () => {
    expect(readdirSync(schemasDir).sort()).toEqual([...rendered.keys()].sort());
  });

  it("are draft-07 with an $id, and describe every property so editors can show help", () => {
    for (const [name, text] of rendered) {
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
      expect(schema.$id).toMatch(new RegExp(`/${name.replace(".", "\\.")}$`));
      expect(schema.additionalProperties).toBe(false);
      for (const [path, property] of propertyNodes(schema, name)) {
        expect(typeof property.description, `${path} has no description`).toBe("string");
      }
    }
  });
});
