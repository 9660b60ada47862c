import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../../src/commands/validate.js";
import { diagnosticsFor, workspaceWith } from "../helpers/minimal-workspace.js";

describe("the file size limit", () => {
  it("shows exact byte counts when rounding would make the size and the limit look equal", async () => {
    const files = workspaceWith({ "maintenance/2026-04-01-db-upgrade.yaml": `# ${"x".repeat(1030)}\n` });
    const result = await validateWorkspace(files, { maxFileBytes: 1024 });
    if (!result.ok) throw new Error("not a workspace");
    expect(result.diagnostics.find((d) => d.code === "FL-101")?.message).toBe("the file is 1033 bytes, over the 1024-byte limit, so it was not read");
  });

  it("uses KiB and MiB when they tell the sizes apart", async () => {
    const diagnostics = await diagnosticsFor({ "maintenance/2026-04-01-db-upgrade.yaml": `# ${"x".repeat(1_300_000)}\n` });
    expect(diagnostics.find((d) => d.code === "FL-101")?.message).toBe("the file is 1.2 MiB, over the 1.0 MiB limit, so it was not read");
  });
});
