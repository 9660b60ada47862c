import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writePacer } from "../../../src/adapters/github/write-pacer.js";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the write pacer", () => {
  it("starts jobs in the order scheduled, each at least the interval after the one before", async () => {
    const limiter = writePacer(800).key();
    const started: [string, number][] = [];
    const job = (name: string) => () => started.push([name, Date.now()]);

    const all = Promise.all([limiter.schedule({}, job("a")), limiter.schedule({ priority: 0 }, job("b")), limiter.schedule(job("c"))]);
    await vi.advanceTimersByTimeAsync(2_000);
    await all;

    expect(started).toEqual([
      ["a", 0],
      ["b", 800],
      ["c", 1600],
    ]);
  });

  it("does not hold back a job scheduled after a quiet spell", async () => {
    const limiter = writePacer(800).key();
    await limiter.schedule({}, () => undefined);
    await vi.advanceTimersByTimeAsync(5_000);

    const started: number[] = [];
    await limiter.schedule({}, () => started.push(Date.now()));

    expect(started).toEqual([5_000]);
  });

  it("passes the job's arguments through and returns its result", async () => {
    const limiter = writePacer(0).key();

    expect(await limiter.schedule({}, (a: unknown, b: unknown) => `${String(a)}-${String(b)}`, 1, 2)).toBe("1-2");
  });
});
