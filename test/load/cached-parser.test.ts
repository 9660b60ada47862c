import { describe, expect, it } from "vitest";
import { cachedParser } from "../../src/load/cached-parser.js";
import type { BatchParser, YamlJob } from "../../src/load/parse-batch.js";
import { inThreadParser } from "../../src/load/run-parse-batch.js";

/** The in-thread parser, counting the files it is asked to parse. */
function countingParser(): BatchParser & { yamlFiles: number; postmortemFiles: number } {
  const counts = { yamlFiles: 0, postmortemFiles: 0 };
  return Object.assign(counts, {
    yaml: (jobs: readonly YamlJob[]) => {
      counts.yamlFiles += jobs.length;
      return inThreadParser.yaml(jobs);
    },
    postmortems: (...args: Parameters<BatchParser["postmortems"]>) => {
      counts.postmortemFiles += args[0].length;
      return inThreadParser.postmortems(...args);
    },
  });
}

const job = (path: string, text: string): YamlJob => ({ kind: "rotation", path, text, lineOffset: 0 });

describe("the caching parser", () => {
  it("parses only the files whose path or content it has not seen, with the same results", async () => {
    const store = new Map<string, unknown>();
    const cache = { get: (key: string) => store.get(key), set: (key: string, value: unknown) => store.set(key, value) };
    const inner = countingParser();
    const parser = cachedParser(inner, cache);
    const jobs = [job("rotations/a.yaml", "name: A\n"), job("rotations/b.yaml", "name: [broken\n")];
    const cold = await parser.yaml(jobs);
    expect(cold).toEqual(await inThreadParser.yaml(jobs));
    expect(inner.yamlFiles).toBe(2);

    expect(await parser.yaml(jobs)).toEqual(cold);
    expect(inner.yamlFiles).toBe(2);

    // Same text under another path: its diagnostics name the other file, so it is parsed again.
    const moved = await parser.yaml([job("rotations/c.yaml", "name: [broken\n"), ...jobs]);
    expect(inner.yamlFiles).toBe(3);
    expect(moved[0]?.diagnostics[0]?.file).toBe("rotations/c.yaml");
  });

  it("analyses a postmortem again when the policy or the people change", async () => {
    const store = new Map<string, unknown>();
    const inner = countingParser();
    const parser = cachedParser(inner, { get: (key) => store.get(key), set: (key, value) => store.set(key, value) });
    const body = [{ body: "## Summary\n\nAlice forgot to renew the certificate.\n", lineOffset: 5 }];
    await parser.postmortems(body, { people: [] });
    await parser.postmortems(body, { people: [] });
    expect(inner.postmortemFiles).toBe(1);
    const withAlice = await parser.postmortems(body, { people: [{ handle: "alice", name: "Alice" }] });
    expect(inner.postmortemFiles).toBe(2);
    expect(withAlice[0]?.blameless.length).toBeGreaterThan(0);
  });
});
