// The short hash printed on every sheet and shown on the matching screen: SHA-256 of the sheet's
// content in canonical JSON (sorted keys), first 6 hex digits. The printed-at time and the bundle
// version are not part of it, so an unchanged paper copy still matches after a re-publish.
import { sha256Hex } from './sha256.ts';

export const SHEET_HASH_LENGTH = 6;

/** JSON with object keys sorted at every level, undefined members dropped: the same data, the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

export function sheetHash(content: unknown): string {
  return sha256Hex(canonicalJson(content)).slice(0, SHEET_HASH_LENGTH);
}
