// Words for paper: deadlines as "+15 min", severities by name and id, stale contacts said in words.
import type { Contact, Severity } from '../../../../preload/contract.ts';

const DAY_MS = 86_400_000;

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

/** Null when the contact was verified within the bundle's limit; otherwise why it must be checked, in words. */
export function staleContactText(contact: Contact, maxAgeDays: number, now: number): string | null {
  if (contact.verified === null) return 'NOT VERIFIED: check before relying on it';
  const at = Date.parse(`${contact.verified}T00:00:00Z`);
  if (Number.isNaN(at)) return 'NOT VERIFIED: check before relying on it';
  const days = Math.floor((now - at) / DAY_MS);
  return days > maxAgeDays ? `STALE: verified ${days} days ago (limit ${maxAgeDays}); check before relying on it` : null;
}

/** "1 Dec 2026, 21:40 UTC": times on paper say their zone. */
export function paperTime(iso: string | number): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return String(iso);
  return new Intl.DateTimeFormat('en-GB', {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(at);
}
