// Caps on every download: bytes after decoding, a deadline for the whole transfer, a silence limit.
import { isLifelineError, LifelineError, type FailureCode } from '../../model/errors.ts';
export interface FetchLimits {
  /** Maximum decoded bytes per file (gzip bombs and endless bodies stop here). */
  maxBytes: number;
  /** Overall deadline for one file, headers to last byte. */
  deadlineMs: number;
  /** Longest silence (no headers, no body bytes) before giving up on a stalled server. */
  idleMs: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  maxBytes: 50 * 1024 * 1024,
  deadlineMs: 60_000,
  idleMs: 15_000,
  maxRedirects: 5,
};

/** A download that failed for a reason worth one clear line; `status` is set for HTTP error statuses. */
export function fetchFailure(message: string, code: FailureCode, status?: number): LifelineError<'fetch'> {
  return new LifelineError('fetch', message, status === undefined ? { code } : { code, status });
}

export function describeBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}

/** A total time allowance for everything fetched from one source in one sync (all files together). */
export interface SourceBudget {
  /** Epoch milliseconds at which the source's time is up. */
  endsAt: number;
  totalMs: number;
}

export const DEFAULT_SOURCE_BUDGET_MS = 120_000;

export function startBudget(totalMs: number, now = Date.now()): SourceBudget {
  return { endsAt: now + totalMs, totalMs };
}

export function budgetUsedUp(budget: SourceBudget): LifelineError<'fetch'> {
  return fetchFailure(`gave up on this source: its time budget of ${budget.totalMs / 1000} s is used up (a slow mirror?)`, 'deadline');
}

/** The per-file limits cut down to what is left of the budget; throws once nothing is left. */
export function limitsWithin(limits: FetchLimits, budget: SourceBudget | undefined): FetchLimits {
  if (!budget) return limits;
  const left = budget.endsAt - Date.now();
  if (left <= 0) throw budgetUsedUp(budget);
  return left < limits.deadlineMs ? { ...limits, deadlineMs: left } : limits;
}

/** A deadline that fired because the budget ran out is reported as that, not as one slow file. */
export function explainDeadline(error: unknown, budget: SourceBudget | undefined): unknown {
  const late = budget !== undefined && Date.now() >= budget.endsAt - 100;
  return late && isLifelineError(error, 'fetch') && error.detail.code === 'deadline' ? budgetUsedUp(budget) : error;
}
