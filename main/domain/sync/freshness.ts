// Rollback, same-version and freeze checks of freshly verified metadata against the trusted floor,
// and whether the active copy is stale. "Now" never goes below the highest signed time seen.
import type { MetadataFacts } from '../tuf/shared/metadata-facts.ts';
import type { GenerationManifest } from '../storage/manifest.ts';
import type { SyncRecord } from '../storage/sync-record.ts';
import { CLIENT_UPDATE_ORDER, type Role } from '../tuf/shared/roles.ts';
import type { TrustedState } from '../storage/trusted-state.ts';

export type RoleFacts = Record<Role, MetadataFacts>;

export function effectiveNow(clock: Date, highestSignedTime: string | null): Date {
  const signed = highestSignedTime === null ? NaN : Date.parse(highestSignedTime);
  return Number.isNaN(signed) || signed <= clock.getTime() ? clock : new Date(signed);
}

/** A refusal message, or null when no role goes backwards or changes content under the same version. */
export function checkAgainstFloor(floor: TrustedState, facts: RoleFacts): string | null {
  for (const role of CLIENT_UPDATE_ORDER) {
    const seen = floor.roles[role];
    const got = facts[role];
    if (got.version < seen.version) {
      return `rollback refused: ${role}.json version ${got.version} is older than version ${seen.version} already trusted`;
    }
    if (got.version === seen.version && seen.signedHash !== null && got.signedHash !== seen.signedHash) {
      return `refused: ${role}.json version ${got.version} differs from the version ${got.version} already trusted (same version, different content)`;
    }
  }
  return null;
}

/** The first role whose metadata has expired at `now`, if any. */
export function firstExpired(expires: Record<Role, string>, now: Date): { role: Role; expires: string } | null {
  for (const role of CLIENT_UPDATE_ORDER) if (Date.parse(expires[role]) <= now.getTime()) return { role, expires: expires[role] };
  return null;
}

export interface Staleness {
  stale: boolean;
  since: string | null;
  reason: string | null;
}

export function staleness(manifest: GenerationManifest, record: SyncRecord, floor: TrustedState, clock: Date): Staleness {
  if (record.staleSince !== null && record.staleAtTimestampVersion === manifest.versions.timestamp) {
    return { stale: true, since: record.staleSince, reason: record.staleReason };
  }
  const now = effectiveNow(clock, floor.highestSignedTime);
  if (Date.parse(manifest.expires) <= now.getTime()) {
    const by = now === clock ? 'by the system clock' : 'by the highest signed time seen, the system clock is behind';
    return {
      stale: true,
      since: manifest.expires,
      reason: `signed metadata expired at ${manifest.expires} (${by}); no fresher copy verified since`,
    };
  }
  return { stale: false, since: null, reason: null };
}
