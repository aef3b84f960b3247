// Deadlines in words: 24-hour HH:MM in the vendor's zone and the local one, and a countdown.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string | undefined, withDay: boolean): Intl.DateTimeFormat {
  const key = `${zone ?? 'local'}|${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
      ...(zone ? { timeZone: zone } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

const dayKey = (ms: number, zone: string | undefined) =>
  new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', ...(zone ? { timeZone: zone } : {}) }).format(ms);

/** "16:30", or "Mon 30 Nov, 16:30" when it is not today in that zone. Local time when no zone is given. */
export function clockTime(ms: number, zone: string | undefined, nowMs: number): string {
  const otherDay = dayKey(ms, zone) !== dayKey(nowMs, zone);
  return formatter(zone, otherDay).format(ms);
}

/** The vendor's zone name for display ("Europe/London"), UTC for round-the-clock plans. */
export function zoneLabel(zone: string | undefined): string {
  return zone ?? 'UTC';
}

/** "0:14:59" up to a day, "2 d 03:10" beyond. */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return days > 0 ? `${days} d ${two(h)}:${two(m)}` : `${h}:${two(m)}:${two(s)}`;
}

/** "in 14 min", "3 min ago": for due times of escalation steps. */
export function minutesFrom(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes === 0) return 'now';
  const size = Math.abs(minutes) >= 120 ? `${Math.round(Math.abs(minutes) / 60)} h` : `${Math.abs(minutes)} min`;
  return minutes > 0 ? `in ${size}` : `${size} ago`;
}
