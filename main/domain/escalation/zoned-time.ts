// Wall-clock time in an IANA time zone with Intl only: the wall clock of an instant, and the instant of
// a wall-clock time (DST gaps resolve forward, repeated hours to the first occurrence, like Temporal).
import { WEEKDAYS, type Hours } from '../../model/bundle.ts';

export type Weekday = (typeof WEEKDAYS)[number];
export type BusinessHours = Extract<Hours, { kind: 'business' }>;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone (plans lint checks this too; stored data may still be hostile). */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

export function wallClock(instantMs: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  const w = wallClock(instantMs, zone);
  const whole = Math.floor(instantMs / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

/** A calendar date as a day number (days since 1970-01-01), so date arithmetic never meets a zone. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function weekdayOf(dayNo: number): Weekday {
  // 1970-01-01 was a Thursday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(((dayNo + 3) % 7) + 7) % 7] as Weekday;
}

/** The instant at which the zone's clock shows `minuteOfDay` (0..1440) on the given day. */
export function instantOfWallTime(dayNo: number, minuteOfDay: number, zone: string): number {
  const local = dayNo * DAY_MS + minuteOfDay * MINUTE_MS;
  const before = zoneOffsetMs(local - DAY_MS, zone);
  const after = zoneOffsetMs(local + DAY_MS, zone);
  const valid = [before, after].map((offset) => local - offset).filter((utc) => utc + zoneOffsetMs(utc, zone) === local);
  // A repeated hour has two valid instants (take the first); a skipped one none (use the offset before it).
  return valid.length > 0 ? Math.min(...valid) : local - before;
}

export function localDayOf(instantMs: number, zone: string): number {
  const w = wallClock(instantMs, zone);
  return dayNumber(w.year, w.month, w.day);
}

/** Minutes since midnight from "HH:MM"; "24:00" is 1440, the end of the day. */
export function minutesOfTime(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
