import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyExampleWorkspace } from "./helpers/example-workspace.js";
import { runCli } from "./helpers/run-cli.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The commands of the README's transcript, each with the output printed under it. */
function transcript(): { argv: string[]; output: string }[] {
  const start = readme.indexOf("### From declaration to postmortem");
  const block = /```\n([\s\S]*?)```/.exec(readme.slice(start))?.[1] ?? "";
  const steps: { argv: string[]; output: string }[] = [];
  const lines = block.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.startsWith("$ fireline ")) continue;
    let command = line.slice("$ fireline ".length);
    while (command.endsWith("\\")) command = `${command.slice(0, -1)} ${(lines[++i] ?? "").trim()}`;
    const output: string[] = [];
    while (i + 1 < lines.length && !(lines[i + 1] ?? "").startsWith("$ fireline ")) output.push(lines[++i] ?? "");
    steps.push({ argv: shellWords(command), output: output.join("\n").trim() });
  }
  return steps;
}

/** Splits a command line the way a shell would for these examples: spaces, and "double quotes". */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? "");
}

/** Lines that depend on when the test runs. */
const clockBound = (line: string) => /^(next update due|overdue: )|files checked in/.test(line) || line === "...";

describe("the README's transcript from declaration to postmortem", () => {
  it("replays on a copy of the example workspace with the same output, and ends without errors", async () => {
    const dir = copyExampleWorkspace();
    const steps = transcript();
    expect(steps.length).toBeGreaterThanOrEqual(10);
    let previous: string[] = [];
    // The transcript's clock: each command runs at its --at time, as a person following along would.
    let now = "2026-11-23T12:05:00Z";
    for (const step of steps) {
      // "...the same, without --dry-run" repeats the previous command for real.
      const argv = step.argv.includes("...the") ? previous.filter((arg) => arg !== "--dry-run") : step.argv;
      previous = argv;
      const at = argv.indexOf("--at");
      if (at !== -1) now = argv[at + 1] ?? now;
      const run = await runCli(argv, { cwd: dir, env: { FIRELINE_NOW: now } });
      const label = `fireline ${argv.join(" ")}`;
      expect(run.code, `${label}\n${run.stderr}`).toBe(0);
      const printed = `${run.stdout}${run.stderr}`.split("\n").filter((line) => !clockBound(line)).join("\n").trim();
      const expected = step.output.split("\n").filter((line) => !clockBound(line)).join("\n").trim();
      if (argv[0] === "validate") expect(run.stdout).toMatch(/files checked in .* s: 0 errors/);
      else expect(printed, label).toBe(expected);
    }
  });
});
