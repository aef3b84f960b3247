// Words for paper: deadlines as "+15 min", severities by name and id, times with their zone.
import type { Severity } from '../../../../preload/contract.ts';

/** "+15 min", "+1 h", "+2 days": how long after opening the case the vendor owes a first response. */
export function deadlineText(minutes: number): string {
  if (minutes < 60 || minutes % 60 !== 0) return `+${minutes} min`;
  const hours = minutes / 60;
  if (hours < 24 || hours % 24 !== 0) return `+${hours} h`;
  const days = hours / 24;
  return `+${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "Critical (sev1)"; the id alone when the bundle does not know it. */
export function severityLabel(id: string, severities: Severity[]): string {
  const name = severities.find((severity) => severity.id === id)?.name;
  return name ? `${name} (${id})` : id;
}

export function severitiesText(ids: string[] | null, severities: Severity[]): string {
  if (ids === null) return 'all severities';
  return ids.map((id) => severityLabel(id, severities)).join(', ');
}

// One formatter for every sheet: building an Intl.DateTimeFormat costs far more than using one.
const paperTimeFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "1 Dec 2026, 21:40 UTC": times on paper say their zone. */
export function paperTime(iso: string | number): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? String(iso) : paperTimeFormat.format(at);
}
