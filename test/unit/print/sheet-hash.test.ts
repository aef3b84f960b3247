// The sheet hash: real SHA-256, canonical JSON, and a hash that moves exactly when the printed facts move.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex } from '../../../renderer/src/features/print/sha256.ts';
import { canonicalJson, sheetHash } from '../../../renderer/src/features/print/sheet-hash.ts';
import { vendorSheetHash } from '../../../renderer/src/features/print/sheet-content.ts';
import { fixtureBundle } from '../../e2e/fixtures/bundle.ts';

test('sha256Hex agrees with node:crypto for any text, across block boundaries', () => {
  for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const text = 'x'.repeat(length);
    assert.equal(sha256Hex(text), createHash('sha256').update(text).digest('hex'));
  }
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      (text) => sha256Hex(text) === createHash('sha256').update(text).digest('hex'),
    ),
  );
});

test('canonical JSON ignores key order and drops undefined members', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } }), '{"a":{"d":[1,{"e":3,"f":2}]},"b":1}');
  assert.equal(sheetHash({ a: 1, b: 2 }), sheetHash({ b: 2, a: 1 }));
  assert.match(sheetHash({}), /^[0-9a-f]{6}$/);
});

test('a vendor sheet hash changes with a printed fact, not with notes, scope or the bundle version', () => {
  const bundle = fixtureBundle();
  const vendor = bundle.vendors[0];
  assert.ok(vendor);
  const hash = vendorSheetHash(bundle, vendor);
  assert.equal(vendorSheetHash({ ...bundle, version: bundle.version + 1 }, vendor), hash);
  assert.equal(vendorSheetHash(bundle, { ...vendor, notes: 'changed', scope: { covered: ['x'], notCovered: [] } }), hash);
  assert.notEqual(vendorSheetHash(bundle, { ...vendor, accounts: [...vendor.accounts, 'new-account'] }), hash);
  const channels = vendor.channels.map((c, i) => (i === 0 ? { ...c, value: `${c.value}9` } : c));
  assert.notEqual(vendorSheetHash(bundle, { ...vendor, channels }), hash, 'a changed number changes the hash');
});
