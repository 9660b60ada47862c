/**
 * The "Summary" section of a postmortem's markdown: the text under a level-1 or level-2 heading
 * named Summary, up to the next heading of that level or higher. Customers see this part only;
 * the rest (timeline, action items, names) stays internal.
 */
export function postmortemSummary(body: string): string | undefined {
  const lines = body.split(/\r?\n/);
  let level = 0;
  let fenced = false;
  const kept: string[] = [];
  for (const line of lines) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const depth = heading[1]?.length ?? 0;
      if (level > 0 && depth <= level) break;
      if (level === 0 && depth <= 2 && /^summary$/i.test(heading[2] ?? "")) {
        level = depth;
        continue;
      }
    }
    if (level > 0) kept.push(line);
  }
  const text = kept.join("\n").trim();
  return text === "" ? undefined : text;
}
