// The renderer's pure formatting: hours, severity limits, A–Z order, the filter and relative times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHours } from '../../../renderer/src/domain/hours.ts';
import { formatFor } from '../../../renderer/src/domain/severities.ts';
import { relativeTime } from '../../../renderer/src/domain/time.ts';
import { initialOf, matchesFilter, sortVendors } from '../../../renderer/src/domain/vendor-list.ts';
import { fixtureBundle } from '../../e2e/fixtures/bundle.ts';

test('hours read as 24×7 or day ranges with the time zone', () => {
  assert.equal(formatHours({ kind: '24x7' }), '24×7');
  const weekdays = {
    kind: 'business',
    timezone: 'Europe/London',
    days: ['fri', 'mon', 'tue', 'wed', 'thu'],
    from: '08:00',
    to: '17:00',
  } as const;
  assert.equal(formatHours({ ...weekdays, days: [...weekdays.days] }), 'Mon–Fri 08:00–17:00 (Europe/London)');
  assert.equal(formatHours({ ...weekdays, days: ['mon', 'wed'] }), 'Mon, Wed 08:00–17:00 (Europe/London)');
});

test('channel limits use the organisation’s severity names', () => {
  const { severities } = fixtureBundle();
  assert.equal(formatFor(null, severities), null);
  assert.equal(formatFor(['sev1', 'sev2'], severities), 'Sev1, Sev2 only');
  assert.equal(formatFor(['unknown'], severities), 'unknown only');
});

test('vendors sort by name regardless of case; the filter matches name, plan and account ids', () => {
  const vendors = fixtureBundle().vendors;
  assert.deepEqual(
    sortVendors(vendors).map((v) => v.name),
    ['Amazon Web Services', 'Azion', 'Ledgerly Payments'],
  );
  const azion = vendors.find((v) => v.id === 'azion')!;
  for (const needle of ['azi', 'MISSION', 'AZN-40213', '  azion  ', '']) assert.equal(matchesFilter(azion, needle), true, needle);
  assert.equal(matchesFilter(azion, 'ledgerly'), false);
  assert.equal(initialOf('azion'), 'A');
  assert.equal(initialOf('1Password'), '#');
});

test('relative times are plain words, for past and future', () => {
  const now = Date.parse('2026-11-22T03:00:00Z');
  assert.equal(relativeTime('2026-11-22T02:59:40Z', now), 'just now');
  assert.equal(relativeTime('2026-11-22T02:48:00Z', now), '12 minutes ago');
  assert.equal(relativeTime('2026-11-21T23:00:00Z', now), '4 hours ago');
  assert.equal(relativeTime('2026-11-19T03:00:00Z', now), '3 days ago');
  assert.equal(relativeTime('2026-11-22T05:00:00Z', now), 'in 2 hours');
  assert.equal(relativeTime('not a date', now), 'unknown time');
});
