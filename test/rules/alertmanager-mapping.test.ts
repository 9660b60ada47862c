import { describe, expect, it } from "vitest";
import { diagnosticsFor, MINIMAL_WORKSPACE, summarize } from "../helpers/minimal-workspace.js";

const withMapping = (block: string) => ({ "fireline.yaml": `${MINIMAL_WORKSPACE["fireline.yaml"] ?? ""}alertmanager:\n${block}` });

describe("alertmanager mapping references", () => {
  it("accepts severities and services that exist", async () => {
    expect(summarize(await diagnosticsFor(withMapping("  severities: { critical: sev1 }\n  default_severity: sev3\n  services: { gateway: api }\n")))).toEqual([]);
  });

  it("reports an unknown severity or service where the mapping names it, with the likely one", async () => {
    const diagnostics = await diagnosticsFor(withMapping("  severities:\n    critical: sev01\n  default_severity: sev9\n  services:\n    gateway: apii\n"));
    expect(summarize(diagnostics)).toEqual([
      "FL-303 fireline.yaml:11:15 alertmanager.severities.critical: unknown severity 'sev01'; did you mean 'sev1'?",
      "FL-303 fireline.yaml:12:21 alertmanager.default_severity: unknown severity 'sev9'; known: sev1, sev2, sev3 or sev4",
      "FL-302 fireline.yaml:14:14 alertmanager.services.gateway: unknown service 'apii'; did you mean 'api'?",
    ]);
  });
});
