import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aboutDetail } from '../../../main/desktop/about.ts';
import { fakeStatus } from '../ipc/fake-deps.ts';

test('About names the bundle version, demo flag and every signing key id', () => {
  const text = aboutDetail(fakeStatus({ keyIds: ['4f1c9a', '77be02'] }), '0.1.0');
  assert.match(text, /^Lifeline 0\.1\.0$/m);
  assert.match(text, /Bundle: Demo support plans version 3 \(DEMO data/);
  assert.match(text, /Signing key ids:\n {2}4f1c9a\n {2}77be02/);
  assert.match(text, /Verified: 2026-11-22T10:00:00.000Z/);
});

test('About says so when the copy is stale or nothing is installed', () => {
  const stale = aboutDetail(
    fakeStatus({ demo: false, stale: true, staleSince: '2026-10-01T00:00:00Z', staleReason: 'timestamp expired' }),
    '1.0.0',
  );
  assert.match(stale, /STALE since 2026-10-01T00:00:00Z: timestamp expired/);
  assert.doesNotMatch(stale, /DEMO/);
  assert.match(aboutDetail(fakeStatus({ version: null }), '1.0.0'), /No verified bundle is installed/);
  assert.match(aboutDetail(null, '1.0.0'), /No verified bundle is installed/);
});
