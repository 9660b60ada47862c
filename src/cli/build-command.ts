import { isAbsolute, relative, resolve } from "node:path";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";
import { displayPath, displayRoot } from "./display-paths.js";

export interface BuildFlags {
  dir: string;
  out: string;
  now?: string;
  baseUrl?: string;
  maxFileBytes?: string;
  calendars?: string;
}

/** A site-relative folder: no leading slash, no `..`, so calendars stay inside --out. */
function parseCalendarsPath(text: string): string {
  const path = text.trim().replace(/^\/+|\/+$/g, "");
  if (path === "" || path.split("/").some((part) => part === ".." || part === "." || part === "")) {
    throw new UsageError(`--calendars must be a folder inside the site such as _internal/oncall, got '${text}'`);
  }
  return path;
}

/** `fireline build`: validates, builds the status page into --out, and returns the exit code. */
export async function runBuild(flags: BuildFlags, io: CliIo, clock: () => number = () => Date.now()): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { NodeFileSource } = await import("../adapters/node-file-source.js");
  const { SiteOutputError, writeSiteDirectory } = await import("../adapters/site-directory.js");
  const { loadStatusPageTemplates } = await import("../adapters/status-page-templates.js");
  const { buildSite } = await import("../commands/build-site.js");
  const { renderHuman } = await import("../render/diagnostics-human.js");
  const { isoUtc } = await import("../render/status-page/zone-time.js");
  const { parseByteSize, parseInstantOption } = await import("./parse-options.js");
  const dir = resolve(io.cwd, flags.dir);
  const out = resolve(io.cwd, flags.out);
  checkOutput(dir, out);
  const baseUrl = flags.baseUrl === undefined ? undefined : parseBaseUrl(flags.baseUrl);
  const nowText = flags.now;
  const maxFileBytes = flags.maxFileBytes === undefined ? undefined : parseByteSize(flags.maxFileBytes);

  const result = await buildSite(
    {
      files: new NodeFileSource(dir),
      templates: () => loadStatusPageTemplates(dir),
      writeSite: (files, marker) => writeSiteDirectory(out, files, { marker }),
    },
    {
      // The real clock is read here and only here; everything below takes the instant as given.
      now: (timeZone) => (nowText === undefined ? clock() : parseInstantOption("--now", nowText, timeZone).epochMilliseconds),
      baseUrl,
      maxFileBytes,
      calendarsPath: flags.calendars === undefined ? undefined : parseCalendarsPath(flags.calendars),
    },
  ).catch((error: unknown) => {
    if (error instanceof SiteOutputError) throw new UsageError(error.message, "Choose another --out, or fix the folder's permissions.");
    throw error;
  });

  const human = (diagnostics: Parameters<typeof renderHuman>[0], counts: Parameters<typeof renderHuman>[1]) =>
    renderHuman(diagnostics, counts, { color: useColor(io.stdout, io.env), displayRoot: displayRoot(io.cwd, dir) });
  if (!result.ok) {
    if (result.reason === "not-a-workspace") {
      throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
    }
    if (result.reason === "template") throw new UsageError(`${result.origin}: ${result.message}`, "Fix the template, or delete your copy to use the built-in one.");
    io.stdout.write(human(result.diagnostics, result.counts));
    io.stderr.write("fireline: the status page was not built because the workspace has errors (see above); the previous site is unchanged.\n");
    return EXIT.findings;
  }
  const { summary, written, counts } = result;
  io.stdout.write(
    `✔ Built the status page in ${displayPath(io.cwd, out)} as of ${isoUtc(result.now)}: ${String(written.files)} files, ` +
      `${plural(summary.incidents, "incident")}, ${plural(summary.maintenance, "maintenance window")}, ${plural(summary.components, "component")}.\n`,
  );
  // Warnings do not stop a build; validate is where they are read. (Deadline notices need a clock
  // the build does not judge deadlines by, so they are validate's business alone.)
  if (counts.warnings > 0) io.stdout.write(`  The workspace has ${plural(counts.warnings, "warning")}; \`fireline validate\` lists them.\n`);
  if (!summary.feeds) io.stdout.write("  Feeds were skipped: they need the site's URL (status_page.url in fireline.yaml, or --base-url).\n");
  return EXIT.ok;
}

/** Building over the workspace (or a folder holding it) would replace the very files it is built from. */
function checkOutput(dir: string, out: string): void {
  const inside = relative(out, dir);
  if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
    throw new UsageError(`--out ${out} would replace the workspace itself`, "Build into a folder of its own, such as _site.");
  }
}

function parseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url must be an absolute http(s) URL such as https://status.example.com/, got '${text}'`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`--base-url must use http or https, got '${text}'`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}



function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? "" : "s"}`;
}

export const registerBuild: RegisterCommand = (program, io, setExit) => {
  program
    .command("build")
    .description("build the static status page: HTML, Statuspage-compatible JSON, feeds and badges (exit 0 built, 1 workspace errors, 2 usage)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("-o, --out <path>", "output folder, replaced as a whole on success", "_site")
    .option("--now <time>", "the instant the page shows (RFC 3339, or a local time in the page's zone); default: the clock")
    .option("--base-url <url>", "the site's public URL, for feeds and JSON links (default: status_page.url)")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .option("--calendars <folder>", "also write on-call iCalendar files (per rotation and person) into this site folder; no page links to it, but anyone with the URL can read it")
    .addHelpText(
      "after",
      "\nExamples:\n  fireline build\n  fireline build --out public --base-url https://status.example.com/\n  fireline build --now 2026-11-23T10:00:00Z   # the page as it stood then",
    )
    .action(async (flags: BuildFlags) => {
      setExit(await runBuild(flags, io));
    });
};
