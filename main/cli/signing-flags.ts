// Flag values shared by the signing commands (keys, publish, timestamp): role=N lists and durations.
import { parseDuration } from '../domain/tuf/signing/duration.ts';
import { ROLES, type Role } from '../domain/tuf/shared/roles.ts';
import { LifelineError } from '../model/errors.ts';

/** `--threshold root=2 --threshold targets=1` -> { root: 2, targets: 1 }. */
export function roleNumbers(values: string[] | undefined, flag: string, max = 16): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  for (const value of values ?? []) {
    const match = /^([a-z]+)=(\d{1,3})$/.exec(value);
    const role = match?.[1] as Role | undefined;
    const count = Number(match?.[2]);
    if (!match || !role || !(ROLES as readonly string[]).includes(role)) {
      throw new LifelineError('usage', `--${flag} takes role=N with role one of ${ROLES.join(', ')}, got ${JSON.stringify(value)}`);
    }
    if (count < 1 || count > max) throw new LifelineError('usage', `--${flag} ${role}= must be between 1 and ${max}`);
    out[role] = count;
  }
  return out;
}

export function durationFlag(value: string | undefined, flag: string, fallback: string): number {
  const ms = parseDuration(value ?? fallback);
  if (ms === null) throw new LifelineError('usage', `--${flag} takes a duration like 30m, 12h, 7d, 2w or 1y, got ${JSON.stringify(value)}`);
  return ms;
}

/** `--today YYYY-MM-DD`, defaulting to the clock's date (UTC). */
export function todayFlag(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new LifelineError('usage', `--today takes a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}
