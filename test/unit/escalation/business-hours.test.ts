import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hours } from '../../../main/model/bundle.ts';
import { addOpenMinutes, firstResponseDue } from '../../../main/domain/escalation/business-hours.ts';
import { dayNumber, instantOfWallTime } from '../../../main/domain/escalation/zoned-time.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const business = (timezone: string, from: string, to: string, days: readonly string[] = weekdays): Hours =>
  ({ kind: 'business', timezone, days: [...days], from, to }) as Hours;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

test('Friday 17:30 London with 8 business hours on Mon-Fri 09:00-18:00 is due Monday 16:30 London', () => {
  const london = business('Europe/London', '09:00', '18:00');
  assert.equal(iso(addOpenMinutes(at('2026-11-27T17:30:00Z'), 8 * 60, london)), '2026-11-30T16:30:00.000Z');
});

test('a case opened on a Saturday starts counting at Monday opening', () => {
  const london = business('Europe/London', '09:00', '18:00');
  assert.equal(iso(addOpenMinutes(at('2026-11-28T11:00:00Z'), 60, london)), '2026-11-30T10:00:00.000Z');
});

test('a case opened before opening time starts counting at opening time', () => {
  const london = business('Europe/London', '09:00', '18:00');
  assert.equal(iso(addOpenMinutes(at('2026-11-30T06:00:00Z'), 30, london)), '2026-11-30T09:30:00.000Z');
});

test('a deadline landing exactly on closing time is due at closing, not the next morning', () => {
  const london = business('Europe/London', '09:00', '18:00');
  assert.equal(iso(addOpenMinutes(at('2026-11-30T17:00:00Z'), 60, london)), '2026-11-30T18:00:00.000Z');
});

test('business hours count in the vendor zone, not the machine zone (Chicago, UTC-6 in winter)', () => {
  const chicago = business('America/Chicago', '08:00', '18:00');
  // Friday 17:00 Chicago = 23:00Z; 1 h Friday, then Monday 08:00 Chicago (14:00Z) + 7 h.
  assert.equal(iso(addOpenMinutes(at('2026-11-27T23:00:00Z'), 8 * 60, chicago)), '2026-11-30T21:00:00.000Z');
});

test('a half-hour zone (Kolkata, UTC+5:30)', () => {
  const kolkata = business('Asia/Kolkata', '09:30', '18:30');
  // Monday 18:00 Kolkata = 12:30Z; 30 min Monday, then Tuesday 09:30 (04:00Z) + 30 min.
  assert.equal(iso(addOpenMinutes(at('2026-11-30T12:30:00Z'), 60, kolkata)), '2026-12-01T04:30:00.000Z');
});

test('the end of US daylight saving over a weekend: Monday opening is an hour later in UTC', () => {
  const newYork = business('America/New_York', '09:00', '17:00');
  // Friday 30 Oct 2026 16:00 EDT = 20:00Z; 1 h Friday; DST ends Sunday 1 Nov; Monday 09:00 EST = 14:00Z.
  assert.equal(iso(addOpenMinutes(at('2026-10-30T20:00:00Z'), 120, newYork)), '2026-11-02T15:00:00.000Z');
});

test('the short day of the spring change counts 23 real hours (every day 00:00-24:00 in London)', () => {
  const everyDay = business('Europe/London', '00:00', '24:00', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  // Saturday 27 March 2027 12:00 GMT + 24 open hours = Sunday 13:00 BST (12:00Z): the clock skipped 01:00-02:00.
  assert.equal(iso(addOpenMinutes(at('2027-03-27T12:00:00Z'), 24 * 60, everyDay)), '2027-03-28T12:00:00.000Z');
});

test('the long day of the autumn change counts 25 real hours', () => {
  const everyDay = business('Europe/London', '00:00', '24:00', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  // Sunday 25 October 2026 00:00 BST (24 Oct 23:00Z) + 25 h = Monday 00:00 GMT.
  assert.equal(iso(addOpenMinutes(at('2026-10-24T23:00:00Z'), 25 * 60, everyDay)), '2026-10-26T00:00:00.000Z');
});

test('24:00 closing time: the window runs to midnight and the count continues the next open day', () => {
  const evenings = business('Europe/Berlin', '16:00', '24:00');
  // Monday 23:00 Berlin (22:00Z) + 2 h: 1 h to midnight, then Tuesday 16:00 Berlin (15:00Z) + 1 h.
  assert.equal(iso(addOpenMinutes(at('2026-11-30T22:00:00Z'), 120, evenings)), '2026-12-01T16:00:00.000Z');
});

test('00:00-24:00 on weekdays runs straight through the week nights and stops for the weekend', () => {
  const weekdaysAllDay = business('UTC', '00:00', '24:00');
  assert.equal(iso(addOpenMinutes(at('2026-11-27T23:00:00Z'), 120, weekdaysAllDay)), '2026-11-30T01:00:00.000Z');
});

test('an overnight plan (22:00-06:00) counts across midnight', () => {
  const nights = business('UTC', '22:00', '06:00');
  // Monday 21:00: Monday night 22:00-06:00 gives 8 h, then Tuesday 22:00 + 1 h.
  assert.equal(iso(addOpenMinutes(at('2026-11-30T21:00:00Z'), 9 * 60, nights)), '2026-12-01T23:00:00.000Z');
});

test('multi-day business deadlines (2d = 48 business hours) on a 10-hour day', () => {
  const chicago = business('America/Chicago', '08:00', '18:00');
  // Monday 08:00 Chicago: 48 h = 4 days of 10 h + 8 h on Friday -> Friday 16:00 Chicago (22:00Z).
  assert.equal(iso(addOpenMinutes(at('2026-11-30T14:00:00Z'), 48 * 60, chicago)), '2026-12-04T22:00:00.000Z');
});

test('24x7 and severities without business hours count straight time', () => {
  assert.equal(iso(addOpenMinutes(at('2026-11-28T10:00:00Z'), 15, { kind: '24x7' })), '2026-11-28T10:15:00.000Z');
  const london = business('Europe/London', '09:00', '18:00');
  const noBusiness = { firstResponseMinutes: 60, businessHours: false };
  assert.equal(iso(firstResponseDue(at('2026-11-28T10:00:00Z'), noBusiness, london)), '2026-11-28T11:00:00.000Z');
  const counted = { firstResponseMinutes: 60, businessHours: true };
  assert.equal(iso(firstResponseDue(at('2026-11-28T10:00:00Z'), counted, london)), '2026-11-30T10:00:00.000Z');
});

test('wall times in a DST gap resolve forward, repeated ones to the first occurrence', () => {
  // 01:30 on 28 March 2027 does not exist in London: it becomes 02:30 BST (01:30Z).
  assert.equal(iso(instantOfWallTime(dayNumber(2027, 3, 28), 90, 'Europe/London')), '2027-03-28T01:30:00.000Z');
  // 01:30 on 25 October 2026 happens twice: the first is BST (00:30Z).
  assert.equal(iso(instantOfWallTime(dayNumber(2026, 10, 25), 90, 'Europe/London')), '2026-10-25T00:30:00.000Z');
});

test('a plan opening inside the spring gap opens at the first real minute after it', () => {
  const early = business('Europe/London', '01:30', '06:00', ['sun']);
  assert.equal(iso(addOpenMinutes(at('2027-03-27T22:00:00Z'), 30, early)), '2027-03-28T02:00:00.000Z');
});
