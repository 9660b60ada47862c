import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { buildInMemory } from "./site-helpers.js";

const REPO = join(import.meta.dirname, "..", "..");
const NOW = "2026-11-23T10:00:00Z";

/**
 * The example workspace's whole site at a fixed instant, one snapshot file per output file under
 * __snapshots__/example-site/. A change to the example data or the templates shows up here as a
 * reviewable diff; accept an intended one with `npx vitest run test/status-page/example-site.test.ts -u`.
 */
describe(`the example workspace's status page at ${NOW}`, () => {
  const site = buildInMemory(new NodeFileSource(REPO), { now: NOW });

  it("has the same list of files", async () => {
    await expect(`${[...(await site).keys()].sort().join("\n")}\n`).toMatchFileSnapshot("__snapshots__/example-site/FILES.txt");
  });

  it("has the same content in every file", async () => {
    for (const [path, content] of await site) await expect(content).toMatchFileSnapshot(`__snapshots__/example-site/${path}`);
  });

  it("shows what the example data says is going on", async () => {
    const home = (await site).get("index.html") ?? "";
    expect(home).toContain('<p class="banner-text">Degraded performance</p>');
    expect(home).toContain("Elevated card payment declines");
    expect(home).toContain("Delayed webhook deliveries");
    expect(home).toContain("Card network certificate rotation");
    for (const hidden of ["Card Vault", "Reconciliation", "Refunds shown in green", "Nightly card settlement", "acq-endpoint-3"]) expect(home).not.toContain(hidden);
  });
});
