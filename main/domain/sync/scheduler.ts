// Sync on start and every N minutes with jitter; after failures, exponential backoff (capped).
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ScheduleOptions {
  intervalMs: number;
  /** Fraction of the interval added or removed at random (0.1 = +-10%), so clients do not stampede. */
  jitter?: number;
  /** First retry delay after a failure; doubles per consecutive failure up to the interval. */
  backoffBaseMs?: number;
  random?: () => number;
  timers?: Timers;
}

export interface Scheduler {
  start(): void;
  stop(): void;
  /** Delay chosen for the next run (for tests and status). */
  readonly nextDelayMs: number | null;
}

export function nextDelay(options: ScheduleOptions, consecutiveFailures: number, random: () => number): number {
  const jitter = options.jitter ?? 0.1;
  const base =
    consecutiveFailures === 0
      ? options.intervalMs
      : Math.min(options.intervalMs, (options.backoffBaseMs ?? 30_000) * 2 ** (consecutiveFailures - 1));
  return Math.max(1, Math.round(base * (1 + jitter * (2 * random() - 1))));
}

export function createScheduler(task: () => Promise<boolean>, options: ScheduleOptions): Scheduler {
  const timers: Timers = options.timers ?? {
    setTimeout: (cb, ms) => setTimeout(cb, ms).unref(),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  const random = options.random ?? Math.random;
  let handle: unknown = null;
  let failures = 0;
  let running = false;
  let delay: number | null = null;

  const schedule = () => {
    if (!running) return;
    delay = nextDelay(options, failures, random);
    handle = timers.setTimeout(() => void tick(), delay);
  };
  const tick = async () => {
    handle = null;
    let ok: boolean;
    try {
      ok = await task();
    } catch {
      ok = false;
    }
    failures = ok ? 0 : failures + 1;
    schedule();
  };
  return {
    start() {
      if (running) return;
      running = true;
      void tick();
    },
    stop() {
      running = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    get nextDelayMs() {
      return delay;
    },
  };
}
