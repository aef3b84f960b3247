// Plain-words formatting of support hours and the severities a channel is limited to.
import type { Hours, Severity, Vendor } from '../../../preload/contract.ts';

const dayNames: Record<string, string> = {
  mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun',
};
const weekOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function formatHours(hours: Hours): string {
  if (hours.kind === '24x7') return '24×7';
  return `${formatDays(hours.days)} ${hours.from}–${hours.to} (${hours.timezone})`;
}

function formatDays(days: string[]): string {
  const idx = days.map((d) => weekOrder.indexOf(d)).sort((a, b) => a - b);
  const first = idx[0];
  const last = idx[idx.length - 1];
  const contiguous = first !== undefined && last !== undefined && last - first === idx.length - 1;
  if (contiguous && idx.length > 2) return `${dayNames[weekOrder[first] ?? ''] ?? ''}–${dayNames[weekOrder[last] ?? ''] ?? ''}`;
  return idx.map((i) => dayNames[weekOrder[i] ?? ''] ?? '').join(', ');
}

/** "Sev1 only", "Sev1, Sev2 only", or null when the channel serves every severity. */
export function formatFor(ids: string[] | null, severities: Severity[]): string | null {
  if (ids === null) return null;
  const names = ids.map((id) => severities.find((s) => s.id === id)?.name ?? id);
  return `${names.join(', ')} only`;
}

export function sortVendors(vendors: Vendor[]): Vendor[] {
  return [...vendors].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

export function initialOf(name: string): string {
  const letter = name.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

export function matchesFilter(vendor: Vendor, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [vendor.name, vendor.id, vendor.plan, ...vendor.accounts].join(' ').toLowerCase();
  return haystack.includes(needle);
}
