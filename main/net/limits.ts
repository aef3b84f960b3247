// Caps on every download: bytes after decoding, a deadline for the whole transfer, a silence limit.
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

export type FailureCode = 'http-status' | 'too-large' | 'deadline' | 'idle' | 'redirect' | 'html' | 'truncated' | 'unreachable' | 'not-found' | 'not-a-file' | 'escape' | 'io';

/** A download that failed for a reason worth one clear line; `status` is set for HTTP error statuses. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly code: FailureCode,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export function describeBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
