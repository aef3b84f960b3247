// The one clock of the main process: every deadline, countdown and incident timestamp reads it.
// The preview host can start it at a given instant (`--now`); from there it keeps running.
import { fail, ok, type Result } from '../../model/result.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that reads `startIso` now and advances in real time (monotonic, so a changed system clock does not jump it). */
export function clockStartingAt(startMs: number, elapsedMs: () => number = () => performance.now()): Clock {
  const origin = elapsedMs();
  return { now: () => new Date(startMs + (elapsedMs() - origin)) };
}

/** `--now <ISO time>`: a full date and time with a zone or Z; anything else is refused with the reason. */
export function parseStartTime(text: string): Result<number> {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    return fail(`${JSON.stringify(text)} is not an ISO time with a zone, e.g. 2026-11-27T17:30:00Z`);
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? fail(`${JSON.stringify(text)} is not a real date and time`) : ok(ms);
}
