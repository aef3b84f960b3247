// Vendors A–Z: the order, the letter each belongs under, and the quick filter.
import type { Vendor } from '../../../preload/contract.ts';

type Named = Pick<Vendor, 'name'>;

export function sortVendors<V extends Named>(vendors: V[]): V[] {
  return [...vendors].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** "A".."Z", or "#" for names starting with a digit or a symbol. */
export function initialOf(name: string): string {
  const letter = name.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

export function matchesFilter(vendor: Pick<Vendor, 'name' | 'id' | 'plan' | 'accounts'>, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [vendor.name, vendor.id, vendor.plan, ...vendor.accounts].join(' ').toLowerCase();
  return haystack.includes(needle);
}
