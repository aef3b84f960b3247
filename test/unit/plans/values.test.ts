import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkDate,
  checkDayRange,
  checkDuration,
  checkEmail,
  checkHttpsUrl,
  checkId,
  checkPhone,
  checkTime,
  checkTimezone,
  closest,
  daysBetween,
  didYouMean,
} from '../../../main/domain/plans/values.ts';
import type { Result } from '../../../main/model/result.ts';

const reason = (r: Result<unknown>) => (r.ok ? '' : r.error);

test('durations: N + m/h/d to minutes, anything else explained', () => {
  assert.deepEqual(checkDuration('15m'), { ok: true, value: 15 });
  assert.deepEqual(checkDuration('4h'), { ok: true, value: 240 });
  assert.deepEqual(checkDuration('24h'), { ok: true, value: 1440 });
  assert.deepEqual(checkDuration('2d'), { ok: true, value: 2880 });
  assert.deepEqual(checkDuration('90m'), { ok: true, value: 90 });
  assert.match(reason(checkDuration('15 mins')), /write '15m'/);
  assert.match(reason(checkDuration('2 hours')), /write '2h'/);
  assert.match(reason(checkDuration('1H')), /write '1h'/);
  assert.match(reason(checkDuration('0m')), /more than zero/);
  assert.match(reason(checkDuration('-1h')), /not a duration/);
  assert.match(reason(checkDuration('1.5h')), /not a duration/);
  assert.match(reason(checkDuration('soon')), /e\.g\. 15m, 4h, 2d/);
  assert.match(reason(checkDuration('999999d')), /longer than a year/);
});

test('dates: YYYY-MM-DD and real calendar days only', () => {
  assert.equal(checkDate('2026-02-28').ok, true);
  assert.equal(checkDate('2028-02-29').ok, true);
  assert.match(reason(checkDate('2026-02-29')), /not a real calendar date/);
  assert.match(reason(checkDate('2026-13-01')), /not a real calendar date/);
  assert.match(reason(checkDate('2026-04-31')), /not a real calendar date/);
  assert.match(reason(checkDate('22/11/2026')), /YYYY-MM-DD/);
  assert.match(reason(checkDate('2026-1-5')), /YYYY-MM-DD/);
  assert.equal(daysBetween('2026-11-22', '2026-12-22'), 30);
  assert.equal(daysBetween('2026-11-22', '2026-11-21'), -1);
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2, 'no daylight-saving off-by-one');
});

test('times: 24-hour HH:MM; 24:00 only as a closing time', () => {
  assert.deepEqual(checkTime('08:00', false), { ok: true, value: 480 });
  assert.deepEqual(checkTime('23:59', false), { ok: true, value: 1439 });
  assert.deepEqual(checkTime('24:00', true), { ok: true, value: 1440 });
  assert.equal(checkTime('24:00', false).ok, false);
  assert.match(reason(checkTime('8am', false)), /"08:00"/);
  assert.match(reason(checkTime('5pm', true)), /"17:00"/);
  assert.match(reason(checkTime('8:00', false)), /"08:00"/);
  assert.match(reason(checkTime('25:00', false)), /HH:MM/);
  assert.match(reason(checkTime('12:60', false)), /HH:MM/);
});

test('time zones: IANA names, exact spelling', () => {
  assert.equal(checkTimezone('Europe/London').ok, true);
  assert.equal(checkTimezone('America/Sao_Paulo').ok, true);
  assert.equal(checkTimezone('UTC').ok, true);
  assert.match(reason(checkTimezone('America/Chicgo')), /not a time zone/);
  assert.match(reason(checkTimezone('CET+1')), /not a time zone/);
  assert.match(reason(checkTimezone('europe/london')), /write 'Europe\/London'/);
});

test('day ranges run Monday towards Sunday', () => {
  assert.deepEqual(checkDayRange('mon-fri'), { ok: true, value: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  assert.deepEqual(checkDayRange('sat-sun'), { ok: true, value: ['sat', 'sun'] });
  assert.match(reason(checkDayRange('fri-mon')), /backwards/);
  assert.match(reason(checkDayRange('weekdays')), /mon-fri/);
  assert.match(reason(checkDayRange('Mon-Fri')), /lowercase/);
});

test('ids are lowercase letters, digits and hyphens, with a suggestion', () => {
  assert.equal(checkId('keystone-id').ok, true);
  assert.match(reason(checkId('Keystone ID')), /e\.g\. 'keystone-id'/);
  assert.match(reason(checkId('sev_1')), /e\.g\. 'sev-1'/);
});

test('https URLs only, without credentials', () => {
  assert.equal(checkHttpsUrl('https://status.azion.com/').ok, true);
  assert.match(reason(checkHttpsUrl('http://status.azion.com/')), /write 'https:\/\/status\.azion\.com\/'/);
  assert.match(reason(checkHttpsUrl('status.azion.com')), /write 'https:\/\/status\.azion\.com'/);
  assert.match(reason(checkHttpsUrl('javascript:alert(1)')), /only https/);
  assert.match(reason(checkHttpsUrl('ftp://x.example/')), /only https/);
  assert.match(reason(checkHttpsUrl('https://user:pw@x.example/')), /credentials/);
  assert.match(reason(checkHttpsUrl(' https://x.example/')), /spaces/);
  assert.match(reason(checkHttpsUrl('not a url')), /starting with https/);
});

test('emails', () => {
  assert.equal(checkEmail('support@keystone-identity.example').ok, true);
  assert.equal(checkEmail('first.last+tag@example.com').ok, true);
  assert.match(reason(checkEmail('mailto:a@example.com')), /without 'mailto:'/);
  assert.match(reason(checkEmail('a@b')), /not an email/);
  assert.match(reason(checkEmail('a b@example.com')), /not an email/);
});

test('phones: international form, kept as written plus E.164', () => {
  assert.deepEqual(checkPhone('+55 51 3083 8111'), { ok: true, value: { display: '+55 51 3083 8111', e164: '+555130838111' } });
  assert.deepEqual(checkPhone('+1 (206) 555-0142'), { ok: true, value: { display: '+1 (206) 555-0142', e164: '+12065550142' } });
  assert.deepEqual(checkPhone('0044 20 7946 0958'), { ok: true, value: { display: '0044 20 7946 0958', e164: '+442079460958' } });
  assert.match(reason(checkPhone('206 555 0100')), /no country code/);
  assert.match(reason(checkPhone('+1 555 0100')), /not a valid phone number for \+1/);
  assert.match(reason(checkPhone('+999 1234')), /not a phone number Lifeline can dial/);
  assert.match(reason(checkPhone('+call us')), /not a phone number Lifeline can dial/);
});

test('suggestions: close typos only, not different numbers', () => {
  assert.equal(closest('phnoe', ['phone', 'email', 'name']), 'phone');
  assert.equal(closest('emial', ['phone', 'email', 'name']), 'email');
  assert.equal(closest('status-page', ['status_page', 'plan']), 'status_page');
  assert.equal(closest('zzz', ['phone', 'email']), undefined);
  assert.equal(didYouMean('sev5', ['sev1', 'sev2', 'sev3', 'sev4']), '');
  assert.equal(didYouMean('sevv2', ['sev1', 'sev2']), " (did you mean 'sev2'?)");
});

test('checkPhone: extensions are kept for dialling (ext., x, pauses), invisible characters are refused', async () => {
  const { checkPhone } = await import('../../../main/domain/plans/values.ts');
  assert.deepEqual(checkPhone('+1 206 555 0100 ext. 99'), {
    ok: true,
    value: { display: '+1 206 555 0100 ext. 99', e164: '+12065550100', extension: '99' },
  });
  assert.deepEqual(checkPhone('+1 206 555 0100,,123#'), {
    ok: true,
    value: { display: '+1 206 555 0100,,123#', e164: '+12065550100', extension: '123' },
  });
  assert.deepEqual(checkPhone('+1 206 555 0100'), { ok: true, value: { display: '+1 206 555 0100', e164: '+12065550100' } });
  for (const hidden of ['\u202E', '\u200B', '\0']) assert.equal(checkPhone(`+1 206 555 0100${hidden}`).ok, false);
  const zeroWidth = checkPhone('+1 206\u200B555 0100');
  assert.ok(!zeroWidth.ok);
  assert.match(
    JSON.stringify(zeroWidth),
    /'\+1 206<U\+200B>555 0100' contains the invisible character U\+200B/,
    'the message shows where it is',
  );
});
