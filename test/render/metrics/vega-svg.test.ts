import * as vega from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import type { Chart } from "../../../src/render/metrics/chart-specs.js";
import { renameIds, renderChartSvg } from "../../../src/render/metrics/vega-svg.js";

/** A chart whose marks are clipped, so vega writes a <clipPath> with a numbered id. */
const CLIPPED: Chart = {
  id: "clipped",
  title: "A <clipped> chart",
  description: "Bars & a clip path.",
  spec: {
    width: 100,
    height: 50,
    data: { values: [{ a: "x", b: 1 }, { a: "y", b: 3 }] },
    mark: { type: "bar", clip: true },
    encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
  },
  table: { caption: "", columns: [], rows: [] },
};

async function rawVegaSvg(chart: Chart): Promise<string> {
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

describe("charts rendered to SVG with vega", () => {
  it("needs the ids fixed: vega numbers clip paths from a counter that keeps counting across renders", async () => {
    const first = /id="(clip\d+)"/.exec(await rawVegaSvg(CLIPPED))?.[1];
    const second = /id="(clip\d+)"/.exec(await rawVegaSvg(CLIPPED))?.[1];
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
  });

  it("renders the same chart to the same bytes every time, with ids under the chart's own prefix", async () => {
    const first = await renderChartSvg(CLIPPED);
    await rawVegaSvg(CLIPPED);
    const second = await renderChartSvg(CLIPPED);
    expect(second).toBe(first);
    expect(first).toContain('<clipPath id="clipped-1">');
    expect(first).toContain('clip-path="url(#clipped-1)"');
    expect(first).not.toMatch(/clip\d/);
  });

  it("names the chart for screen readers with an escaped title and description", async () => {
    const svg = await renderChartSvg(CLIPPED);
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="clipped-title clipped-desc" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title id="clipped-title">A &lt;clipped&gt; chart</title><desc id="clipped-desc">Bars &amp; a clip path.</desc>');
  });

  it("renames ids and every reference to them in order of first appearance", () => {
    const svg = '<svg><defs><clipPath id="clip7"/><linearGradient id="gradient_3"/></defs><g clip-path="url(#clip7)"><path fill="url(#gradient_3)"/><use href="#clip7"/></g></svg>';
    expect(renameIds(svg, "c")).toBe('<svg><defs><clipPath id="c-1"/><linearGradient id="c-2"/></defs><g clip-path="url(#c-1)"><path fill="url(#c-2)"/><use href="#c-1"/></g></svg>');
  });
});
