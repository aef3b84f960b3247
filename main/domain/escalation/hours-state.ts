// "open now" / "opens in 3 h" / "closes in 40 min": a plan's hours at an instant, in words and times.
import type { Hours } from '../../model/bundle.ts';
import type { HoursState } from '../../model/escalation.ts';
import { joinedWindows } from './business-hours.ts';
import { isKnownZone, MINUTE_MS } from './zoned-time.ts';

/** Within this long of closing, the state says when it closes rather than just "open now". */
const CLOSING_SOON_MS = 60 * MINUTE_MS;

/** "40 min", "3 h", "2 days": rounded the way a person says it. */
export function roughDuration(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE_MS));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

export function hoursState(hours: Hours, nowMs: number): HoursState {
  if (hours.kind === '24x7') return { open: true, always: true, label: 'open now (24x7)', opensAt: null, closesAt: null };
  if (!isKnownZone(hours.timezone))
    return {
      open: false,
      always: false,
      label: `hours unknown: time zone ${hours.timezone} is not known here`,
      opensAt: null,
      closesAt: null,
    };
  const next = joinedWindows(hours, nowMs).next();
  if (next.done) return { open: false, always: false, label: 'closed', opensAt: null, closesAt: null };
  const { start, end } = next.value;
  const iso = (ms: number) => new Date(ms).toISOString();
  if (start <= nowMs) {
    const left = end - nowMs;
    const label = left <= CLOSING_SOON_MS ? `closes in ${roughDuration(left)}` : 'open now';
    return { open: true, always: false, label, opensAt: null, closesAt: iso(end) };
  }
  return { open: false, always: false, label: `opens in ${roughDuration(start - nowMs)}`, opensAt: iso(start), closesAt: iso(end) };
}
