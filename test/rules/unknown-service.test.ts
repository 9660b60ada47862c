import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const MAINTENANCE = "maintenance/2026-04-01-db-upgrade.yaml";

describe("unknown-service (FL-302)", () => {
  it("reports an incident service that is not in services.yaml, at its key, with a suggestion", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["  api: partial_outage", "  apii: partial_outage"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-302 ${INCIDENT}:6:3 services.apii: unknown service 'apii'; did you mean 'api'?`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("unknown-service");
    expect(diagnostics[0]?.hint).toBe("Add 'apii' to services.yaml, or use one that is there.");
  });

  it("lists the known services when nothing is close enough to suggest", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["  api: partial_outage", "  api: partial_outage\n  payments: major_outage"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-302 ${INCIDENT}:7:3 services.payments: unknown service 'payments'; known: api or web`]);
  });

  it("accepts an incident that affects every known service", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["  api: partial_outage", "  api: partial_outage\n  web: degraded_performance"]]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports an unknown service in an update's components", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [
        ["    message: We are investigating elevated API errors.\n", "    message: We are investigating elevated API errors.\n    components:\n      api: partial_outage\n      webb: degraded_performance\n"],
      ]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-302 ${INCIDENT}:21:7 updates[0].components.webb: unknown service 'webb'; did you mean 'web'?`]);
  });

  it("accepts update components that are known services", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["    message: The issue is resolved.\n", "    message: The issue is resolved.\n    components:\n      api: operational\n      web: operational\n"]]),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports an unknown service in a maintenance window", async () => {
    const diagnostics = await diagnosticsFor({ [MAINTENANCE]: edit(MAINTENANCE, [["  api: degraded_performance", "  database: degraded_performance"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-302 ${MAINTENANCE}:5:3 services.database: unknown service 'database'; known: api or web`]);
  });

  it("reports a dependency on a service that is not in services.yaml", async () => {
    const diagnostics = await diagnosticsFor({ "services.yaml": edit("services.yaml", [["depends_on: [api]", "depends_on: [ap]"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-302 services.yaml:12:18 services.web.depends_on[0]: unknown service 'ap'; did you mean 'api'?"]);
  });

  it("reports a status-page component group that names an unknown service", async () => {
    const diagnostics = await diagnosticsFor({ "fireline.yaml": edit("fireline.yaml", [["services: [api, web]", "services: [api, wb]"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-302 fireline.yaml:8:23 status_page.component_groups[0].services[1]: unknown service 'wb'; did you mean 'web'?"]);
  });

  it("accepts a configuration without a status page", async () => {
    const diagnostics = await diagnosticsFor({ "fireline.yaml": "organization:\n  name: Test Org\n  time_zone: Europe/Berlin\n" });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports each unknown service in a second component group at its own place", async () => {
    const diagnostics = await diagnosticsFor({
      "fireline.yaml": edit("fireline.yaml", [["      services: [api, web]\n", "      services: [api, web]\n    - name: Payments\n      services:\n        - checkout\n"]]),
    });
    expect(summarize(diagnostics)).toEqual(["FL-302 fireline.yaml:11:11 status_page.component_groups[1].services[0]: unknown service 'checkout'; known: api or web"]);
  });

  it("checks no services when services.yaml is missing, so only the missing file is reported", async () => {
    const diagnostics = await diagnosticsFor({
      "services.yaml": null,
      [INCIDENT]: edit(INCIDENT, [["  api: partial_outage", "  apii: partial_outage"]]),
    });
    expect(summarize(diagnostics)).toEqual(["FL-111 services.yaml:1:1 services.yaml is missing; every workspace needs one"]);
  });

  it("checks no services when services.yaml does not match its schema", async () => {
    const diagnostics = await diagnosticsFor({
      "services.yaml": edit("services.yaml", [["    public: true\n    depends_on", "    public: yes-please\n    depends_on"]]),
      [MAINTENANCE]: edit(MAINTENANCE, [["  api: degraded_performance", "  database: degraded_performance"]]),
    });
    expect(summarize(diagnostics)).toEqual(["FL-201 services.yaml:11:13 services.web.public must be true or false, got 'yes-please'"]);
  });
});
