import { isAbsolute, relative, resolve } from "node:path";
import { EXIT, UsageError, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";
import { displayPath } from "./display-paths.js";

export interface ReportFlags {
  dir: string;
  out: string;
  from?: string;
  to?: string;
  now?: string;
  recurrenceWindow?: string;
  maxFileBytes?: string;
}

/** `fireline report`: writes the internal HTML report into --out; exit 0, or 1 when some files did not load. */
export async function runReport(flags: ReportFlags, io: CliIo, clock: () => number = () => Date.now()): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { NodeFileSource } = await import("../adapters/node-file-source.js");
  const { ReportOutputError, writeReportDirectory } = await import("../adapters/report-directory.js");
  const { buildReport } = await import("../commands/report.js");
  const { parseNow, parsePeriod, parseWindow } = await import("./metrics-options.js");
  const { parseByteSize } = await import("./parse-options.js");
  const dir = resolve(io.cwd, flags.dir);
  const out = resolve(io.cwd, flags.out);
  const inside = relative(out, dir);
  if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
    throw new UsageError(`--out ${out} would replace the workspace itself`, "Write the report into a folder of its own, such as _report.");
  }
  const recurrenceWindow = parseWindow(flags.recurrenceWindow);
  const result = await buildReport(
    {
      files: new NodeFileSource(dir),
      // vega and vega-lite are loaded here and nowhere else, so the other commands start fast.
      renderCharts: async (charts) => (await import("../render/metrics/vega-svg.js")).renderChartsSvg(charts),
      writeReport: (files) => writeReportDirectory(out, files),
    },
    {
      at: (timeZone) => {
        const now = parseNow(flags.now, timeZone, clock);
        return { period: parsePeriod(flags, timeZone, now), now };
      },
      recurrenceWindow,
      ...(flags.maxFileBytes === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileBytes) }),
    },
  ).catch((error: unknown) => {
    if (error instanceof ReportOutputError) throw new UsageError(error.message, "Choose another --out, or fix the folder's permissions.");
    throw error;
  });
  if (!result.ok) {
    throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
  }
  io.stdout.write(`✔ Wrote the report on ${String(result.incidents)} incident${result.incidents === 1 ? "" : "s"} to ${displayPath(io.cwd, out)}index.html (${String(result.written.files)} files).\n`);
  if (result.loadErrors > 0) {
    io.stderr.write(
      `fireline: the workspace has ${String(result.loadErrors)} error${result.loadErrors === 1 ? "" : "s"} in files that did not load; ` +
        `the report leaves those files out. Run fireline validate to see them.\n`,
    );
    return EXIT.findings;
  }
  return EXIT.ok;
}


export const registerReport: RegisterCommand = (program, io, setExit) => {
  program
    .command("report")
    .description("write the internal metrics report: HTML with SVG charts and data tables (exit 0, 1 files did not load, 2 usage)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("-o, --out <path>", "output folder, replaced as a whole", "_report")
    .option("--from <date>", "first day (2026-01-01), month (2026-01) or time of the period (default: 12 calendar months up to --to)")
    .option("--to <date>", "last day or month of the period, included (2026-03-31, 2026-03), or a time (default: now)")
    .option("--now <time>", "judge open incidents and deadlines at this time instead of now (RFC 3339)")
    .option("--recurrence-window <duration>", "how far apart a repeat may start (default 180d)")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .addHelpText(
      "after",
      "\nThe report is for the team: it is never linked from the status page. Publish it only somewhere internal.\n" +
        "\nExamples:\n  fireline report --out _report\n  fireline report --out _report --from 2026-01 --to 2026-06",
    )
    .action(async (flags: ReportFlags) => {
      setExit(await runReport(flags, io));
    });
};
