import { resolve } from "node:path";
import { Option } from "commander";
import { GROUP_BY, type GroupBy } from "../engine/metrics/group-by.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export const METRICS_FORMATS = ["human", "json", "markdown", "csv"] as const;

export interface MetricsFlags {
  dir: string;
  from?: string;
  to?: string;
  by?: string;
  format: string;
  now?: string;
  recurrenceWindow?: string;
  maxFileBytes?: string;
}

/** `fireline metrics`: prints the numbers; exit 0, or 1 when some files did not load (the numbers leave them out). */
export async function runMetrics(flags: MetricsFlags, io: CliIo, clock: () => number = () => Date.now()): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { NodeFileSource } = await import("../adapters/node-file-source.js");
  const { collectMetrics } = await import("../commands/metrics.js");
  const { renderMetricsCsv } = await import("../render/metrics/metrics-csv.js");
  const { renderMetricsHuman } = await import("../render/metrics/metrics-human.js");
  const { renderMetricsJson } = await import("../render/metrics/metrics-json.js");
  const { renderMetricsMarkdown } = await import("../render/metrics/metrics-markdown.js");
  const { parseNow, parsePeriod, parseWindow } = await import("./metrics-options.js");
  const { oneOf, parseByteSize } = await import("./parse-options.js");
  const format = oneOf("--format", METRICS_FORMATS, flags.format);
  const by: GroupBy | undefined = flags.by === undefined ? undefined : oneOf("--by", GROUP_BY, flags.by);
  const recurrenceWindow = parseWindow(flags.recurrenceWindow);
  const dir = resolve(io.cwd, flags.dir);
  const result = await collectMetrics(new NodeFileSource(dir), {
    at: (timeZone) => {
      const now = parseNow(flags.now, timeZone, clock);
      return { period: parsePeriod(flags, timeZone, now), now };
    },
    by,
    recurrenceWindow,
    ...(flags.maxFileBytes === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileBytes) }),
  });
  if (!result.ok) {
    throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
  }
  const { metrics, context, unreadable } = result;
  const extra = { unreadable };
  const render = { human: renderMetricsHuman, json: renderMetricsJson, markdown: renderMetricsMarkdown, csv: renderMetricsCsv }[format];
  io.stdout.write(render(metrics, context, extra));
  if (result.loadErrors > 0) {
    io.stderr.write(
      `fireline: the workspace has ${String(result.loadErrors)} error${result.loadErrors === 1 ? "" : "s"} in files that did not load; ` +
        `the numbers leave those files out. Run fireline validate to see them.\n`,
    );
    return EXIT.findings;
  }
  return EXIT.ok;
}

export const registerMetrics: RegisterCommand = (program, io, setExit) => {
  program
    .command("metrics")
    .description("incident metrics: MTTD/MTTA/MTTM/MTTR (median, p90, mean), targets, postmortems, action items, recurrences (exit 0, 1 files did not load, 2 usage)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--from <date>", "first day (2026-01-01), month (2026-01) or time of the period (default: 12 calendar months up to --to)")
    .option("--to <date>", "last day or month of the period, included (2026-03-31, 2026-03), or a time (default: now)")
    .addOption(new Option("--by <group>", "one row per severity, service, month or quarter").choices(GROUP_BY))
    .addOption(new Option("-f, --format <format>", "output format; markdown fits a GitHub job summary").choices(METRICS_FORMATS).default("human"))
    .option("--now <time>", "judge open incidents and deadlines at this time instead of now (RFC 3339)")
    .option("--recurrence-window <duration>", "how far apart a repeat may start (default 180d)")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .addHelpText(
      "after",
      "\nExamples:\n  fireline metrics\n  fireline metrics --from 2026-01 --to 2026-06 --by month\n" +
        "  fireline metrics --by severity --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n  fireline metrics --by service --format csv > metrics.csv\n" +
        "\nDefinitions of every number: the README, section \"Metrics and reports\".",
    )
    .action(async (flags: MetricsFlags) => {
      setExit(await runMetrics(flags, io));
    });
};
