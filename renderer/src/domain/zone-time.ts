// Times shown twice at 3 a.m.: in the vendor's zone (what their desk says) and in local time.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? 'local';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(zone ? { timeZone: zone } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "Mon 09:00" in the given IANA zone (local time when none); the raw text when it is not a time. */
export function zonedTime(iso: string, zone?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  try {
    return formatter(zone).format(ms);
  } catch {
    return formatter(undefined).format(ms); // an unknown zone name: local time rather than nothing
  }
}

/** "Mon 09:00 Europe/London (Mon 10:00 your time)". */
export function bothTimes(iso: string, zone: string): string {
  return `${zonedTime(iso, zone)} ${zone} (${zonedTime(iso)} your time)`;
}
