import { resolve } from "node:path";
import { writeFileAtomic } from "../adapters/atomic-write.js";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { cliNow } from "../cli/clock.js";
import { displayPath } from "../cli/display-paths.js";
import { UsageError } from "../cli/io.js";
import { parsePeriod, parseWindow } from "../cli/metrics-options.js";
import { collectMetrics } from "../commands/metrics.js";
import { GROUP_BY, type GroupBy } from "../engine/metrics/grouping.js";
import { renderMetricsJson } from "../render/metrics/metrics-json.js";
import { renderMetricsMarkdown } from "../render/metrics/metrics-markdown.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { notAWorkspace } from "./not-a-workspace.js";

/** `command: metrics`: the markdown report in the job summary; with `out`, the JSON report in that file too. */
export async function metricsStep(runtime: ActionRuntime, inputs: ActionInputs): Promise<void> {
  const by = groupBy(inputs.by);
  const result = await collectMetrics(new NodeFileSource(inputs.dir), {
    at: (timeZone) => {
      const now = cliNow(runtime).epochMilliseconds;
      return { period: parsePeriod({ ...(inputs.from ? { from: inputs.from } : {}), ...(inputs.to ? { to: inputs.to } : {}) }, timeZone, now), now };
    },
    by,
    recurrenceWindow: parseWindow(undefined),
  });
  if (!result.ok) throw notAWorkspace(runtime, inputs.dir);
  const extra = { unreadable: result.unreadable };
  await runtime.appendSummary(renderMetricsMarkdown(result.metrics, result.context, extra));
  runtime.setOutput("incidents", String(result.metrics.total.incidents));
  if (inputs.out !== "") {
    const path = resolve(runtime.cwd, inputs.out);
    await writeFileAtomic(path, renderMetricsJson(result.metrics, result.context, extra));
    runtime.setOutput("metrics-path", displayPath(runtime.cwd, path).replace(/\/$/, ""));
  }
  if (result.loadErrors > 0) {
    runtime.fail(`fireline metrics: ${String(result.loadErrors)} files did not load, so the numbers leave them out; run the validate command for the details.`);
  }
}

function groupBy(text: string): GroupBy | undefined {
  if (text === "") return undefined;
  const found = GROUP_BY.find((value) => value === text);
  if (found === undefined) throw new UsageError(`input 'by' must be one of ${GROUP_BY.join(", ")}; got '${text}'`);
  return found;
}
