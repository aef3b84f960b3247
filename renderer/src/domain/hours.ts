// Support hours in plain words: "24×7", "Mon–Fri 09:00–18:00 (Europe/London)".
import type { Hours } from '../../../preload/contract.ts';

const dayNames: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
export const WEEK_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function formatHours(hours: Hours): string {
  if (hours.kind === '24x7') return '24×7';
  return `${formatDays(hours.days)} ${hours.from}–${hours.to} (${hours.timezone})`;
}

export function formatDays(days: readonly string[]): string {
  const idx = days.map((d) => WEEK_ORDER.indexOf(d as (typeof WEEK_ORDER)[number])).sort((a, b) => a - b);
  const first = idx[0];
  const last = idx[idx.length - 1];
  const contiguous = first !== undefined && last !== undefined && last - first === idx.length - 1;
  if (contiguous && idx.length > 2) return `${dayNames[WEEK_ORDER[first] ?? ''] ?? ''}–${dayNames[WEEK_ORDER[last] ?? ''] ?? ''}`;
  return idx.map((i) => dayNames[WEEK_ORDER[i] ?? ''] ?? '').join(', ');
}
