import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hours } from '../../../main/model/bundle.ts';
import { hoursState, roughDuration } from '../../../main/domain/escalation/hours-state.ts';

const london: Hours = {
  kind: 'business',
  timezone: 'Europe/London',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '09:00',
  to: '18:00',
};
const at = (iso: string) => Date.parse(iso);

test('open now, closes in 40 min, opens in 3 h', () => {
  assert.equal(hoursState(london, at('2026-11-30T12:00:00Z')).label, 'open now');
  const closing = hoursState(london, at('2026-11-30T17:20:00Z'));
  assert.equal(closing.label, 'closes in 40 min');
  assert.equal(closing.closesAt, '2026-11-30T18:00:00.000Z');
  const early = hoursState(london, at('2026-11-30T06:00:00Z'));
  assert.equal(early.label, 'opens in 3 h');
  assert.equal(early.opensAt, '2026-11-30T09:00:00.000Z');
  assert.equal(early.open, false);
});

test('over the weekend it says when it opens on Monday', () => {
  const state = hoursState(london, at('2026-11-28T12:00:00Z'));
  assert.equal(state.label, 'opens in 2 days');
  assert.equal(state.opensAt, '2026-11-30T09:00:00.000Z');
});

test('24x7 is always open', () => {
  assert.deepEqual(hoursState({ kind: '24x7' }, 0), { open: true, always: true, label: 'open now (24x7)', opensAt: null, closesAt: null });
});

test('00:00-24:00 every weekday closes only on Friday at midnight', () => {
  const allDay: Hours = { kind: 'business', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '00:00', to: '24:00' };
  assert.equal(hoursState(allDay, at('2026-11-30T23:50:00Z')).closesAt, '2026-12-05T00:00:00.000Z');
});

test('durations read the way a person says them', () => {
  assert.equal(roughDuration(40 * 60_000), '40 min');
  assert.equal(roughDuration(10_000), '1 min');
  assert.equal(roughDuration(150 * 60_000), '3 h');
  assert.equal(roughDuration(60 * 3600_000), '3 days');
  assert.equal(roughDuration(30 * 3600_000), '1 day');
  assert.equal(roughDuration(23 * 3600_000), '23 h');
});

test('an unknown time zone is said plainly, never thrown', () => {
  const odd: Hours = { kind: 'business', timezone: 'Mars/Olympus_Mons', days: ['mon'], from: '09:00', to: '17:00' };
  assert.match(hoursState(odd, 0).label, /time zone Mars\/Olympus_Mons is not known/);
});
