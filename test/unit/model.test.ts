import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BundleSchema } from '../../main/model/bundle.ts';

const minimal = {
  format: 1,
  id: 'acme',
  title: 'Acme support plans',
  publisher: 'Acme SRE',
  version: 3,
  publishedAt: '2026-11-01T00:00:00Z',
  contactsMaxAgeDays: 90,
  severities: [{ id: 'sev1', name: 'Critical' }],
  vendors: [],
  services: [],
  runbooks: [],
};

test('a minimal bundle parses', () => {
  assert.equal(BundleSchema.parse(minimal).id, 'acme');
});

test('unknown keys and bad ids are rejected', () => {
  assert.equal(BundleSchema.safeParse({ ...minimal, extra: 1 }).success, false);
  assert.equal(BundleSchema.safeParse({ ...minimal, id: '../x' }).success, false);
  assert.equal(BundleSchema.safeParse({ ...minimal, severities: [] }).success, false);
});
