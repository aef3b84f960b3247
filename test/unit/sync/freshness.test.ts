import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MetadataFacts } from '../../../main/domain/tuf/shared/metadata-facts.ts';
import type { GenerationManifest } from '../../../main/domain/storage/manifest.ts';
import { EMPTY_RECORD } from '../../../main/domain/storage/sync-record.ts';
import { emptyTrustedState } from '../../../main/domain/storage/trusted-state.ts';
import type { Role } from '../../../main/domain/tuf/shared/roles.ts';
import { checkAgainstFloor, effectiveNow, staleness, type RoleFacts } from '../../../main/domain/sync/freshness.ts';

const fact = (role: Role, version: number, hash = `h${version}`): MetadataFacts => ({
  role,
  version,
  expires: '2030-01-01T00:00:00Z',
  issuedAt: null,
  signedHash: hash,
  keyIds: [],
});
const facts = (v: number, hash?: string): RoleFacts => ({
  root: fact('root', 1),
  timestamp: fact('timestamp', v, hash),
  snapshot: fact('snapshot', v),
  targets: fact('targets', v),
});

function floorAt(v: number) {
  const floor = emptyTrustedState();
  floor.roles = {
    root: { version: 1, signedHash: 'h1' },
    timestamp: { version: v, signedHash: `h${v}` },
    snapshot: { version: v, signedHash: `h${v}` },
    targets: { version: v, signedHash: `h${v}` },
  };
  return floor;
}

test('an older version of any role is a rollback', () => {
  assert.match(checkAgainstFloor(floorAt(5), facts(4)) ?? '', /rollback refused: timestamp\.json version 4 is older than version 5/);
  assert.equal(checkAgainstFloor(floorAt(5), facts(6)), null);
  assert.equal(checkAgainstFloor(floorAt(5), facts(5)), null, 'same version, same content');
});

test('the same version with different signed content is refused', () => {
  assert.match(checkAgainstFloor(floorAt(5), facts(5, 'other')) ?? '', /same version, different content/);
});

test('an empty floor accepts anything', () => {
  assert.equal(checkAgainstFloor(emptyTrustedState(), facts(1)), null);
});

test('effective now never goes below the highest signed time', () => {
  const clock = new Date('2025-01-01T00:00:00Z');
  assert.equal(effectiveNow(clock, '2026-01-01T00:00:00Z').toISOString(), '2026-01-01T00:00:00.000Z');
  assert.equal(effectiveNow(clock, '2024-01-01T00:00:00Z'), clock);
  assert.equal(effectiveNow(clock, null), clock);
  assert.equal(effectiveNow(clock, 'garbage'), clock);
});

const manifest = { expires: '2026-06-01T00:00:00Z', versions: { root: 1, timestamp: 3, snapshot: 3, targets: 3 } } as GenerationManifest;

test('stale when expired by the clock, or by the highest signed time when the clock is behind', () => {
  const fresh = staleness(manifest, EMPTY_RECORD, emptyTrustedState(), new Date('2026-05-01T00:00:00Z'));
  assert.equal(fresh.stale, false);
  const byClock = staleness(manifest, EMPTY_RECORD, emptyTrustedState(), new Date('2026-07-01T00:00:00Z'));
  assert.equal(byClock.stale, true);
  assert.equal(byClock.since, manifest.expires);
  const floor = { ...emptyTrustedState(), highestSignedTime: '2026-07-01T00:00:00Z' };
  const bySigned = staleness(manifest, EMPTY_RECORD, floor, new Date('2025-07-01T00:00:00Z'));
  assert.equal(bySigned.stale, true);
  assert.match(bySigned.reason ?? '', /highest signed time/);
});

test('recorded staleness sticks for the same timestamp version, whatever the clock says', () => {
  const record = { ...EMPTY_RECORD, staleSince: '2026-06-01T00:00:00Z', staleReason: 'expired', staleAtTimestampVersion: 3 };
  assert.equal(staleness(manifest, record, emptyTrustedState(), new Date('2020-01-01T00:00:00Z')).stale, true);
  const newer = { ...manifest, versions: { ...manifest.versions, timestamp: 4 } };
  assert.equal(staleness(newer, record, emptyTrustedState(), new Date('2026-05-01T00:00:00Z')).stale, false);
});
