import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStatusPageTemplates } from "../../src/adapters/status-page-templates.js";
import { workspaceWith } from "../helpers/minimal-workspace.js";
import { buildInMemory, listFiles } from "./site-helpers.js";

/**
 * test/fixtures/status-page/<case>/: `input/` holds files laid over the minimal workspace
 * (templates/ included), `case.json` the build's now and the files to compare, `expected/` those
 * files as they must come out. UPDATE_FIXTURES=1 rewrites expected/ after an intended change.
 */
const ROOT = join(import.meta.dirname, "..", "fixtures", "status-page");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

interface Case {
  description: string;
  now: string;
  baseUrl?: string;
  expected: string[];
}

describe("status page renderer fixtures", () => {
  for (const name of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, name);
    const spec = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as Case;
    it(`${name}: ${spec.description}`, async () => {
      const input = join(dir, "input");
      const overrides = existsSync(input) ? listFiles(input).filter((path) => !path.startsWith("templates/")) : [];
      const files = workspaceWith(Object.fromEntries(overrides.map((path) => [path, readFileSync(join(input, path), "utf8")])));
      const templates = await loadStatusPageTemplates(input);
      const site = await buildInMemory(files, { now: spec.now, ...(spec.baseUrl === undefined ? {} : { baseUrl: spec.baseUrl }), templates });
      for (const path of spec.expected) {
        const actual = site.get(path);
        expect(actual, `${name} did not produce ${path}`).toBeDefined();
        const target = join(dir, "expected", path);
        if (UPDATE) {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, actual ?? "");
        }
        expect(actual, `${name}: ${path} differs from expected/${path} (UPDATE_FIXTURES=1 to accept)`).toBe(readFileSync(target, "utf8"));
      }
    });
  }
});
