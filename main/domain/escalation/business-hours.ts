// Business-hours arithmetic: the open windows of a support plan in its own zone and days, adding
// business time to an instant, and whether the plan is open at an instant.
import type { Hours } from '../../model/bundle.ts';
import { DAY_MS, MINUTE_MS, instantOfWallTime, localDayOf, minutesOfTime, weekdayOf, type BusinessHours } from './zoned-time.ts';

export interface OpenWindow {
  start: number;
  end: number;
}

/** Enough for the longest business-hours wait a plan can express (one open day a week, 2d and more). */
const MAX_DAYS_SCANNED = 3700;

/** Open windows that end after `fromMs`, in time order, the first clipped to start no earlier than it. */
export function* openWindows(hours: BusinessHours, fromMs: number): Generator<OpenWindow> {
  const opens = minutesOfTime(hours.from);
  const closes = minutesOfTime(hours.to);
  // A closing time at or before the opening time runs overnight into the next day.
  const overnight = closes <= opens;
  const firstDay = localDayOf(fromMs, hours.timezone) - 1;
  for (let day = firstDay; day < firstDay + MAX_DAYS_SCANNED; day++) {
    if (!hours.days.includes(weekdayOf(day))) continue;
    const start = instantOfWallTime(day, opens, hours.timezone);
    const end = instantOfWallTime(overnight ? day + 1 : day, closes, hours.timezone);
    if (end > fromMs && end > start) yield { start: Math.max(start, fromMs), end };
  }
}

/** Open windows with touching ones joined (a plan open 00:00-24:00 every day is one long window). */
export function* joinedWindows(hours: BusinessHours, fromMs: number): Generator<OpenWindow> {
  let current: OpenWindow | null = null;
  for (const window of openWindows(hours, fromMs)) {
    if (current && window.start <= current.end) {
      current = { start: current.start, end: Math.max(current.end, window.end) };
      continue;
    }
    if (current) yield current;
    current = window;
  }
  if (current) yield current;
}

/** The instant `minutes` of open time after `startMs`: only time inside the plan's hours counts. */
export function addOpenMinutes(startMs: number, minutes: number, hours: Hours): number {
  if (hours.kind === '24x7' || minutes <= 0) return startMs + minutes * MINUTE_MS;
  let remaining = minutes * MINUTE_MS;
  for (const window of openWindows(hours, startMs)) {
    const available = window.end - window.start;
    if (remaining <= available) return window.start + remaining;
    remaining -= available;
  }
  throw new Error(`no open time found within ${Math.round((MAX_DAYS_SCANNED * DAY_MS) / (365 * DAY_MS))} years in ${hours.timezone}`);
}

/** The first-response deadline of a case opened at `openedAtMs`. */
export function firstResponseDue(
  openedAtMs: number,
  severity: { firstResponseMinutes: number; businessHours: boolean },
  hours: Hours,
): number {
  return severity.businessHours
    ? addOpenMinutes(openedAtMs, severity.firstResponseMinutes, hours)
    : openedAtMs + severity.firstResponseMinutes * MINUTE_MS;
}
