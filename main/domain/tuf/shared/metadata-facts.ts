// What both TUF sides agree on about a metadata file: the signed-time field the publisher writes, and the
// facts the client and the stored version floor read back (version, expiry, signed time, signing keys).
import { createHash } from 'node:crypto';
import type { Role } from './roles.ts';

/** Signed custom field: when the publisher signed it. Clients track the highest value seen (clock set back). */
export const ISSUED_FIELD = 'x-lifeline-issued';

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface MetadataFacts {
  role: Role;
  version: number;
  expires: string;
  issuedAt: string | null;
  /** Hash of the canonical signed part: equal versions must have equal hashes. */
  signedHash: string;
  keyIds: string[];
}

/** Key-sorted JSON, so the hash does not depend on how a server formatted the file. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function parseMetadataFacts(role: Role, bytes: Uint8Array): MetadataFacts {
  const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as { signed?: Record<string, unknown>; signatures?: { keyid?: unknown }[] };
  const signed = json.signed;
  if (!signed || typeof signed !== 'object') throw new Error(`${role}.json has no signed part`);
  const version = signed.version;
  const expires = signed.expires;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) throw new Error(`${role}.json has an invalid version`);
  if (typeof expires !== 'string' || Number.isNaN(Date.parse(expires))) throw new Error(`${role}.json has an invalid expiry`);
  const issued = signed[ISSUED_FIELD];
  return {
    role,
    version,
    expires,
    issuedAt: typeof issued === 'string' && !Number.isNaN(Date.parse(issued)) ? issued : null,
    signedHash: createHash('sha256').update(canonical(signed)).digest('hex'),
    keyIds: (json.signatures ?? []).map((s) => s.keyid).filter((k): k is string => typeof k === 'string'),
  };
}

export function earliest(times: string[]): string {
  return times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

export function latest(times: (string | null)[]): string | null {
  return times.reduce<string | null>((a, b) => (b === null ? a : a === null || Date.parse(b) > Date.parse(a) ? b : a), null);
}
