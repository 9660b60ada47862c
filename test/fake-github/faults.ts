/** Faults the fake GitHub server injects, counted: "the next 2 requests to POST issues answer 502". */

export type RouteName = "issues" | "issue" | "comments" | "labels";

/** Which requests a fault meets: `times` of them (default 1) after letting `skip` through. */
interface Target {
  times?: number;
  skip?: number;
  method?: string;
  route?: RouteName;
}

export type Fault =
  /** "hang" never answers (until the server closes). */
  | ({ kind: "500" | "502" | "drop-connection" | "hang" } & Target)
  /** Carries out the write, then drops the connection before answering: the client cannot know it happened. */
  | ({ kind: "drop-after-write" } & Target)
  /** 403 or 429 "You have exceeded a secondary rate limit" with a Retry-After header. */
  | ({ kind: "secondary-rate-limit"; status?: 403 | 429; retryAfterSeconds?: number } & Target)
  /** 403 with x-ratelimit-remaining: 0 and a reset time `resetSeconds` from now. */
  | ({ kind: "rate-limit"; resetSeconds?: number } & Target)
  /** After `afterWrites` more successful writes the server stops answering (every connection is dropped) until `recover()`. */
  | { kind: "crash"; afterWrites: number };

type Counted = Exclude<Fault, { kind: "crash" }>;

export class FaultPlan {
  #pending: { fault: Counted; skip: number; left: number }[] = [];
  #crashAfterWrites: number | undefined;
  #down = false;

  add(fault: Fault): void {
    if (fault.kind === "crash") {
      this.#crashAfterWrites = fault.afterWrites;
      this.#down = fault.afterWrites <= 0;
    } else this.#pending.push({ fault, skip: fault.skip ?? 0, left: fault.times ?? 1 });
  }

  get down(): boolean {
    return this.#down;
  }

  recover(): void {
    this.#down = false;
    this.#crashAfterWrites = undefined;
  }

  /** The fault this request meets, if any; each one met counts down. */
  take(method: string, route: RouteName): Counted | undefined {
    const entry = this.#pending.find(({ fault }) => (fault.method === undefined || fault.method === method) && (fault.route === undefined || fault.route === route));
    if (!entry) return undefined;
    if (entry.skip > 0) {
      entry.skip -= 1;
      return undefined;
    }
    entry.left -= 1;
    if (entry.left <= 0) this.#pending = this.#pending.filter((other) => other !== entry);
    return entry.fault;
  }

  /** Called after each successful write. */
  wrote(): void {
    if (this.#crashAfterWrites === undefined) return;
    this.#crashAfterWrites -= 1;
    if (this.#crashAfterWrites <= 0) this.#down = true;
  }
}
