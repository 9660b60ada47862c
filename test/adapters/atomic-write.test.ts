import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/adapters/atomic-write.js";

describe("writing a file in one step", () => {
  it("writes a list of chunks one after the other and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fireline-atomic-"));
    const path = join(dir, "nested", "pack.bin");
    await writeFileAtomic(path, [Buffer.from("FLPC"), Buffer.from([1, 2, 3]), new Uint8Array([4])]);
    expect([...readFileSync(path)]).toEqual([...Buffer.from("FLPC"), 1, 2, 3, 4]);
    expect(readdirSync(join(dir, "nested"))).toEqual(["pack.bin"]);
  });

  it("replaces an existing file with text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fireline-atomic-"));
    const path = join(dir, "status.json");
    await writeFileAtomic(path, "old");
    await writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
  });
});
