// The renderer's pure helpers: hours in words, severities, contact freshness, the A–Z order and filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactAnchorId } from '../../../renderer/src/domain/anchors.ts';
import { contactFreshness } from '../../../renderer/src/domain/freshness.ts';
import { formatHours } from '../../../renderer/src/domain/hours.ts';
import { dialable, isExternalHref } from '../../../renderer/src/domain/links.ts';
import { formatFor, severityName, sortVendorSeverities } from '../../../renderer/src/domain/severities.ts';
import { absoluteTime, relativeTime } from '../../../renderer/src/domain/time.ts';
import { initialOf, matchesFilter, sortVendors } from '../../../renderer/src/domain/vendor-list.ts';

const scale = [
  { id: 'sev1', name: 'Sev1' },
  { id: 'sev2', name: 'Sev2' },
  { id: 'sev3', name: 'Sev3' },
];

test('hours read as people say them', () => {
  assert.equal(formatHours({ kind: '24x7' }), '24×7');
  const office = { kind: 'business', timezone: 'Europe/London', from: '09:00', to: '18:00' } as const;
  assert.equal(formatHours({ ...office, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }), 'Mon–Fri 09:00–18:00 (Europe/London)');
  assert.equal(formatHours({ ...office, days: ['sat', 'mon'] }), 'Mon, Sat 09:00–18:00 (Europe/London)');
  assert.equal(formatHours({ ...office, days: ['mon', 'tue'] }), 'Mon, Tue 09:00–18:00 (Europe/London)');
});

test('severities: names, channel limits and the table order', () => {
  assert.equal(formatFor(null, scale), null);
  assert.equal(formatFor(['sev1', 'sev2'], scale), 'Sev1, Sev2 only');
  assert.equal(severityName('sev9', scale), 'sev9');
  const row = (name: string, matches: string, minutes: number) => ({
    name,
    matches,
    firstResponseMinutes: minutes,
    firstResponse: '',
    businessHours: false,
    description: '',
  });
  const sorted = sortVendorSeverities([row('c', 'sev3', 240), row('x', 'unknown', 5), row('b', 'sev1', 60), row('a', 'sev1', 15)], scale);
  assert.deepEqual(
    sorted.map((r) => r.name),
    ['a', 'b', 'c', 'x'],
  );
});

test('contact freshness says "stale" in words when older than the limit or never verified', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  assert.deepEqual(contactFreshness('2026-11-30', 90, now), { stale: false, ageDays: 1, text: 'verified 1 day ago' });
  assert.equal(contactFreshness('2026-12-01', 90, now).text, 'verified today');
  assert.equal(contactFreshness('2026-09-02', 90, now).text, 'verified 90 days ago');
  assert.deepEqual(contactFreshness('2025-02-14', 90, now), { stale: true, ageDays: 655, text: 'stale: verified 655 days ago' });
  assert.deepEqual(contactFreshness(null, 90, now), { stale: true, ageDays: null, text: 'stale: never verified' });
  assert.equal(contactFreshness('not a date', 90, now).stale, true);
  assert.equal(contactFreshness('2027-01-01', 90, now).text, 'verified today', 'a future date is not negative');
});

test('vendors A–Z: locale order, initials and the filter', () => {
  const vendors = [{ name: 'azion' }, { name: 'Amazon' }, { name: '3Com' }, { name: 'Ökobank' }];
  assert.deepEqual(
    sortVendors(vendors).map((v) => v.name),
    ['3Com', 'Amazon', 'azion', 'Ökobank'],
  );
  assert.equal(initialOf(' azion'), 'A');
  assert.equal(initialOf('3Com'), '#');
  assert.equal(initialOf('Ökobank'), '#');
  const aws = { id: 'aws', name: 'Amazon Web Services', plan: 'Enterprise', accounts: ['1111-2222'] };
  assert.ok(matchesFilter(aws, ''));
  assert.ok(matchesFilter(aws, ' WEB '));
  assert.ok(matchesFilter(aws, '1111'));
  assert.ok(!matchesFilter(aws, 'azion'));
});

test('links: only https, mailto and tel leave the app; numbers dial without spaces', () => {
  for (const ok of ['https://x.example', 'mailto:a@b.example', 'tel:+15550100', ' HTTPS://X']) assert.ok(isExternalHref(ok), ok);
  for (const bad of ['http://x', 'javascript:alert(1)', 'file:///etc', 'lifeline://vendor/aws', 'data:text/html,x', ''])
    assert.ok(!isExternalHref(bad), bad);
  assert.equal(dialable('+1 (206) 555-0142'), '+12065550142');
  assert.equal(dialable('0800 123'), '0800123');
});

test('anchors and times', () => {
  assert.equal(contactAnchorId('Dana Whitfield'), 'contact-dana-whitfield');
  assert.equal(contactAnchorId('Payments incident commander (on call)'), 'contact-payments-incident-commander-on-call');
  assert.equal(contactAnchorId('李'), 'contact-unnamed');
  const now = Date.parse('2026-12-01T12:00:00Z');
  assert.equal(relativeTime('2026-12-01T11:48:00Z', now), '12 minutes ago');
  assert.equal(relativeTime('2026-12-01T11:59:40Z', now), 'just now');
  assert.equal(relativeTime('nonsense', now), 'unknown time');
  assert.equal(absoluteTime('nonsense'), 'nonsense');
});
