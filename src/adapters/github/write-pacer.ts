type Job = (...args: unknown[]) => unknown;

/**
 * Spaces jobs at least `intervalMs` apart, in the order they were scheduled. It has the shape of
 * the Bottleneck group the throttling plugin calls (`group.key(id).schedule(options, job)`), so the
 * plugin's write pacing can be tuned per client: the plugin's own groups are shared by every
 * client in the process with fixed one- and three-second gaps, which tests cannot shrink.
 */
export function writePacer(intervalMs: number) {
  let nextStart = 0;
  const limiter = {
    async schedule(...args: unknown[]): Promise<unknown> {
      const [job, ...jobArgs] = (typeof args[0] === "function" ? args : args.slice(1)) as [Job, ...unknown[]];
      const now = Date.now();
      const start = Math.max(now, nextStart);
      nextStart = start + intervalMs;
      if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
      return job(...jobArgs);
    },
  };
  return { key: () => limiter };
}
