import { describe, expect, it } from "vitest";
import { packagesLoadedBy } from "../helpers/loaded-packages.js";
import { writeWorkspace } from "../helpers/run-cli.js";

/** The only package the start-up path may load: everything else waits for a command's action. */
const STARTUP_PACKAGES = ["commander"];

/** The subcommands a help text lists under "Commands:". */
function subcommands(help: string): string[] {
  const section = (help.split(/^Commands:$/m)[1] ?? "").split(/\n\s*\n/)[0] ?? "";
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((match) => match[1] ?? "").filter((name) => name !== "help");
}

describe("what fireline loads before a command runs (the build under build/ is what runs)", () => {
  it("loads no package but commander for --version and --help", async () => {
    expect((await packagesLoadedBy(["--version"])).packages).toEqual(STARTUP_PACKAGES);
    expect((await packagesLoadedBy(["--help"])).packages).toEqual(STARTUP_PACKAGES);
  });

  it("loads no package but commander for the help of every command and subcommand", { timeout: 120_000 }, async () => {
    const names = subcommands((await packagesLoadedBy(["--help"])).stdout);
    expect(names).toEqual(expect.arrayContaining(["validate", "build", "incident", "metrics", "report"]));
    const loaded: Record<string, string[]> = {};
    const visit = async (path: string[]): Promise<void> => {
      if (path.length > 3) throw new Error(`unexpected nesting: fireline ${path.join(" ")}`);
      const { packages, stdout } = await packagesLoadedBy([...path, "--help"]);
      loaded[path.join(" ")] = packages;
      await Promise.all(subcommands(stdout).map((name) => visit([...path, name])));
    };
    await Promise.all(names.map((name) => visit([name])));
    expect(Object.keys(loaded)).toContain("incident declare");
    expect(loaded).toEqual(Object.fromEntries(Object.keys(loaded).map((path) => [path, STARTUP_PACKAGES])));
  });

  it("does see the heavy packages once a command runs (so the checks above can fail)", async () => {
    const { packages } = await packagesLoadedBy(["validate", "--dir", writeWorkspace()]);
    expect(packages).toEqual(expect.arrayContaining(["commander", "yaml", "ajv", "temporal-polyfill"]));
  });
});
