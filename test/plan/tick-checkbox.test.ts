import { describe, expect, it } from "vitest";
import { tickCheckboxes } from "../../src/plan/tick-checkbox.js";

describe("tickCheckboxes", () => {
  it("changes only the space inside the box, for -, * and numbered items", () => {
    const text = "# Items\n\n- [ ] one\n* [ ] two\n3. [ ] three\n";
    const result = tickCheckboxes(text, [
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 5, column: 1 },
    ]);
    expect(result.text).toBe("# Items\n\n- [x] one\n* [x] two\n3. [x] three\n");
    expect(result.missed).toEqual([]);
  });

  it("keeps CRLF line ends, indentation and everything around the item", () => {
    const text = "intro\r\n  - [ ] nested  (Owner: @a)\r\n\r\ntail without newline";
    expect(tickCheckboxes(text, [{ line: 2, column: 3 }]).text).toBe("intro\r\n  - [x] nested  (Owner: @a)\r\n\r\ntail without newline");
  });

  it("leaves an item whose box is already ticked or gone, and says so", () => {
    const text = "- [x] done\n- plain item\n";
    const result = tickCheckboxes(text, [
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 9, column: 1 },
    ]);
    expect(result.text).toBe(text);
    expect(result.ticked).toEqual([]);
    expect(result.missed).toHaveLength(3);
  });

  it("does not tick a box that is not at the item's start", () => {
    const text = "- see [ ] in the text\n";
    expect(tickCheckboxes(text, [{ line: 1, column: 1 }]).missed).toHaveLength(1);
  });
});
