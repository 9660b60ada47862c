import * as vega from "vega";
import { compile } from "vega-lite";
import type { Chart } from "./chart-specs.js";

/**
 * Renders charts to static SVG at build time: vega-lite compiles each spec to vega, and vega's
 * headless View draws it with its SVG string renderer. No browser, no canvas, no network.
 *
 * This module pulls in vega and vega-lite (a few megabytes of JavaScript): only `fireline report`
 * loads it, with a dynamic import, so other commands start fast.
 *
 * The output is deterministic: text is measured by vega's estimate rather than a canvas (which
 * depends on the fonts installed), and the ids vega numbers from a process-wide counter (clip
 * paths, gradients) are renamed in order of appearance under the chart's own prefix, which also
 * keeps ids unique when several charts share one HTML page.
 */
export async function renderChartSvg(chart: Chart): Promise<string> {
  useEstimatedTextWidths();
  const { spec } = compile(chart.spec);
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return accessible(renameIds(svg, chart.id), chart);
  } finally {
    view.finalize();
  }
}

export async function renderChartsSvg(charts: readonly Chart[]): Promise<string[]> {
  const rendered: string[] = [];
  // One at a time: vega's id counters are global, and the renaming makes the result independent of them anyway.
  for (const chart of charts) rendered.push(await renderChartSvg(chart));
  return rendered;
}

function useEstimatedTextWidths(): void {
  const metrics = (vega as unknown as { textMetrics?: { canvas?: (use: boolean) => unknown } }).textMetrics;
  metrics?.canvas?.(false);
}

/** Renames every id (and its url(#…) and href="#…" references) to `<prefix>-<n>`, numbered in order of first appearance. */
export function renameIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1];
    if (id !== undefined && !names.has(id)) names.set(id, `${prefix}-${String(names.size + 1)}`);
  }
  if (names.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (all, open: string, id: string, close: string) => `${open}${names.get(id) ?? id}${close}`)
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => `url(#${names.get(id) ?? id})`)
    .replace(/(href=")#([^"]+)(")/g, (all, open: string, id: string, close: string) => `${open}#${names.get(id) ?? id}${close}`);
}

/** role="img" with a <title> and <desc> the root points at, so screen readers announce the chart. */
function accessible(svg: string, chart: Chart): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`vega did not return an SVG for ${chart.id}`);
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const root = open[0].replace(/^<svg\b/, `<svg role="img" aria-labelledby="${titleId} ${descId}"`);
  return `${root}<title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.description)}</desc>${svg.slice(open[0].length)}`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
