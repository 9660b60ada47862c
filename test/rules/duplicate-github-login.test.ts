import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

describe("duplicate-github-login (FL-307)", () => {
  it("reports a second person with the same GitHub login, at the second person's login", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["github: bob-example", "github: alice-example"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-307 people.yaml:12:13 bob and alice share the GitHub login 'alice-example'"]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("duplicate-github-login");
  });

  it("treats logins that differ only in case as the same login", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["github: bob-example", "github: Alice-Example"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-307 people.yaml:12:13 bob and alice share the GitHub login 'Alice-Example'"]);
  });

  it("reports each further person who shares the login, naming the first one", async () => {
    const diagnostics = await diagnosticsFor({
      "people.yaml": `${edit("people.yaml", [["github: bob-example", "github: alice-example"]])}  carol:
    name: Carol Example
    github: ALICE-EXAMPLE
    time_zone: UTC
`,
    });
    expect(summarize(diagnostics)).toEqual([
      "FL-307 people.yaml:12:13 bob and alice share the GitHub login 'alice-example'",
      "FL-307 people.yaml:17:13 carol and alice share the GitHub login 'ALICE-EXAMPLE'",
    ]);
  });

  it("accepts people without a GitHub login", async () => {
    const people = (MINIMAL_WORKSPACE["people.yaml"] ?? "").replace("    github: alice-example\n", "").replace("    github: bob-example\n", "");
    expect(summarize(await diagnosticsFor({ "people.yaml": people }))).toEqual([]);
  });

  it("accepts logins that are similar but not equal", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["github: bob-example", "github: alice-example2"]]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("accepts a login that equals another person's handle", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["github: bob-example", "github: alice"]]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("checks nothing when people.yaml does not load", async () => {
    const diagnostics = await diagnosticsFor({
      "people.yaml": edit("people.yaml", [
        ["github: bob-example", "github: alice-example"],
        ["time_zone: America/New_York", "time_zone: America/Springfield"],
      ]),
    });
    expect(diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(["FL-205 people.yaml"]);
  });
});
