import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bundle } from '../../../main/model/bundle.ts';
import { diffBundles } from '../../../main/domain/sync/diff.ts';
import { describeChanges } from '../../../main/domain/sync/status-format.ts';
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

test('details give old and new written phone numbers and other changed values; none on a first install', () => {
  assert.deepEqual(diffBundles(null, bundle(1)).details, []);
  const after = bundle(2, (b) => {
    const vendor = b.vendors[0]!;
    vendor.channels[0] = { ...vendor.channels[0]!, value: '+1 206 555 0199', dial: '+12065550199' };
    vendor.plan = 'Premium';
    vendor.contacts.push({ name: 'Sam AM', role: 'Account manager', verified: null });
    b.services = [];
  });
  const details = diffBundles(bundle(1), after).details;
  const line = details.find((d) => d.kind === 'phone');
  assert.equal(line?.change, 'changed');
  assert.equal(line?.id, 'cloudco / Support line');
  assert.equal(line?.to, '+1 206 555 0199');
  assert.notEqual(line?.from, undefined);
  assert.ok(details.some((d) => d.kind === 'vendor' && d.change === 'changed' && d.label.endsWith(': plan') && d.to === 'Premium'));
  assert.ok(details.some((d) => d.kind === 'contact' && d.change === 'added' && d.id === 'cloudco / Sam AM'));
  assert.ok(details.some((d) => d.kind === 'service' && d.change === 'removed' && d.id === 'checkout'));
});

test('lifeline status prints changed numbers old -> new', () => {
  const after = bundle(2, (b) => {
    const vendor = b.vendors[0]!;
    vendor.channels[0] = { ...vendor.channels[0]!, value: '+1 206 555 0199', dial: '+12065550199' };
  });
  const before = bundle(1);
  const old = before.vendors[0]!.channels[0]!.value;
  const lines = describeChanges(diffBundles(before, after));
  assert.ok(lines.includes(`  ~phone ${after.vendors[0]!.name}: Support line: ${old} -> +1 206 555 0199`), lines.join('\n'));
});

test('a first install of many vendors is counted, not listed in full, and the long lists say where the rest is', () => {
  const many = bundle(1, (b) => {
    const template = b.vendors[0]!;
    b.vendors = Array.from({ length: 500 }, (_, i) => ({ ...template, id: `vendor-${i}`, name: `Vendor ${i}` }));
  });
  const lines = describeChanges(diffBundles(null, many));
  const vendors = lines.find((l) => l.startsWith('  vendors'));
  assert.ok(vendors, lines.join('\n'));
  assert.match(
    vendors,
    /^ {2}vendors \(500 added, 0 removed, 0 changed\): \+vendor-0, .* and 490 more \(`lifeline status --json` lists every one\)$/,
  );
  assert.ok(
    lines.every((l) => l.length < 400),
    'no line lists everything',
  );
});
