import { readdirSync, readFileSync, existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromModel, scanActionItems } from "../../../src/engine/metrics/action-item-scan.js";
import { analyzePostmortem } from "../../../src/engine/postmortem/parse-postmortem.js";
import { resolvePostmortemPolicy } from "../../../src/engine/postmortem/policy.js";
import { splitFrontMatter } from "../../../src/load/front-matter.js";

const policy = resolvePostmortemPolicy();
const options = { sections: policy.matcher, placeholders: policy.placeholders };
const full = (body: string) => fromModel(analyzePostmortem(body, { lineOffset: 1, sections: policy.matcher, placeholders: policy.placeholders }).actionItems);

describe("reading action items without the markdown parser", () => {
  it("reads one-line task items with their owner and due date", () => {
    const body = "## Summary\n\nText.\n\n## Action items\n\n- [ ] Add an alert (Owner: @alice, Due: 2026-03-20, Kind: detect)\n- [x] Write a runbook (Owner: bob)\n\n## Lessons learned\n\n- [ ] not an action item\n";
    expect(scanActionItems(body, options)).toEqual([
      { checked: false, text: "Add an alert", owner: "@alice", due: "2026-03-20" },
      { checked: true, text: "Write a runbook", owner: "bob" },
    ]);
  });

  it("gives up, so the full parser decides, on markup it cannot read exactly", () => {
    const section = (lines: string) => `## Action items\n\n${lines}\n`;
    for (const lines of [
      "- [ ] Fix `the` thing (Owner: @a)",
      "- [ ] Item\n  continued on a second line",
      "- [ ] Item\n  - [ ] nested",
      "- [ ] TODO",
      "1. [ ] numbered",
      "<!-- a comment -->\n- [ ] Item",
      "Some prose.",
      "```\n- [ ] in code\n```",
      "### Sub-heading\n- [ ] Item",
    ]) {
      expect(scanActionItems(section(lines), options), lines).toBeUndefined();
    }
  });

  it("answers exactly as the full parser on every postmortem of the example workspace", () => {
    const dirs = readdirSync("incidents").filter((dir) => existsSync(`incidents/${dir}/postmortem.md`));
    expect(dirs.length).toBeGreaterThan(5);
    for (const dir of dirs) {
      const text = readFileSync(`incidents/${dir}/postmortem.md`, "utf8");
      const split = splitFrontMatter(text);
      if (!split) throw new Error(`${dir}: no front matter`);
      const scanned = scanActionItems(split.body, options);
      expect(scanned, dir).toBeDefined();
      expect(scanned, dir).toEqual(fromModel(analyzePostmortem(split.body, { lineOffset: split.bodyLine - 1, sections: policy.matcher, placeholders: policy.placeholders }).actionItems));
    }
  });

  it("never answers differently from the full parser, for any mix of lines", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "",
        "- [ ] Add an alert (Owner: @alice, Due: 2026-03-20)",
        "- [x] Done thing (Owner: bob, Due: 2026-02-30)",
        "* [X] Star item (Due: 2026-01-01, Owner: @c)",
        "+ [ ] Plus item",
        "- [ ] Two owners (Owner: @a, @b)",
        "- [ ] TBD",
        "- plain item (Owner: @a)",
        "  - [ ] nested (Owner: @n)",
        "  continuation (Owner: @late)",
        "## Action items",
        "## Action Items:",
        "# Title",
        "### Follow-ups",
        "## Lessons learned",
        "## Timeline",
        "Action items",
        "---",
        "===",
        "***",
        "<!-- note -->",
        "> quoted - [ ] item",
        "| a | b |",
        "```",
        "    indented code",
        "- [ ] With *emphasis* (Owner: @e)",
        "- [ ] Link [x](http://e.com) (Owner: @l)",
        "- [ ]",
        "- [ ]   spaced   text   (Owner:  @s ,  Due: 2026-05-05 )",
      ),
      fc.stringMatching(/^[- a-z[\]x()@:,#]{0,30}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        const body = lines.join("\n");
        const scanned = scanActionItems(body, options);
        if (scanned !== undefined) expect(scanned).toEqual(full(body));
      }),
      { numRuns: 1500 },
    );
  });
});
