import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bundle } from '../../../main/model/bundle.ts';
import { diffBundles } from '../../../main/sync/diff.ts';
import { sampleBundle } from '../../helpers/tuf-repo.ts';

const bundle = (version: number, edit: (b: Bundle) => void = () => {}): Bundle => {
  const b = { ...structuredClone(sampleBundle()), version, publishedAt: '2026-01-01T00:00:00Z' } as Bundle;
  edit(b);
  return b;
};

test('first install lists everything as added', () => {
  const changes = diffBundles(null, bundle(1));
  assert.equal(changes.fromVersion, null);
  assert.deepEqual(changes.vendors, { added: ['cloudco'], removed: [], changed: [] });
  assert.deepEqual(changes.phones.added, ['cloudco / Dana TAM', 'cloudco / Support line']);
});

test('a changed phone number, a new contact, a removed service and a changed vendor', () => {
  const before = bundle(1);
  const after = bundle(2, (b) => {
    const vendor = b.vendors[0]!;
    vendor.channels[0] = { ...vendor.channels[0]!, value: '+1 206-555-0199', dial: '+12065550199' };
    vendor.contacts.push({ name: 'Sam AM', role: 'Account manager', verified: null });
    b.services = [];
  });
  const changes = diffBundles(before, after);
  assert.equal(changes.fromVersion, 1);
  assert.equal(changes.toVersion, 2);
  assert.deepEqual(changes.vendors.changed, ['cloudco']);
  assert.deepEqual(changes.services.removed, ['checkout']);
  assert.deepEqual(changes.contacts.added, ['cloudco / Sam AM']);
  assert.deepEqual(changes.phones, { added: [], removed: [], changed: ['cloudco / Support line'] });
});

test('identical bundles have no changes', () => {
  const changes = diffBundles(bundle(1), bundle(2));
  for (const kind of ['vendors', 'services', 'contacts', 'phones'] as const) {
    assert.deepEqual(changes[kind], { added: [], removed: [], changed: [] });
  }
});
