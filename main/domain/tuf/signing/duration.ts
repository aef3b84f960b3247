// Expiry periods written as 7d, 12h, 30m, 2w or 1y (365 days): what operators type on the command line.
const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

/** Milliseconds for a duration like "7d", or null when it is not one (or absurdly long: over 100 years). */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,6})([mhdwy])$/.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const unitMs = UNIT_MS[match[2] ?? ''];
  if (unitMs === undefined || amount <= 0) return null;
  const ms = amount * unitMs;
  return ms > 100 * 365 * 86_400_000 ? null : ms;
}

/** TUF expiry format: UTC, whole seconds, trailing Z. */
export function tufTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const DEFAULT_EXPIRY = { root: '365d', targets: '90d', snapshot: '90d', timestamp: '7d' } as const;
