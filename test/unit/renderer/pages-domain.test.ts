// Pure helpers behind the item pages: the Markdown link allowlist, contract renewal, the What
// changed grouping and the escalation wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BundleChanges, Channel } from '../../../preload/contract.ts';
import { changeLines, updateKeyOf } from '../../../renderer/src/domain/changes.ts';
import { renewalOf } from '../../../renderer/src/domain/contract.ts';
import { durationText, whenText } from '../../../renderer/src/domain/escalation-text.ts';
import { headingSlug, safeHref } from '../../../renderer/src/domain/markdown-urls.ts';
import { mostSevereChannel } from '../../../renderer/src/domain/severities.ts';

test('Markdown links: https, mailto, tel and lifeline:// (in-app) survive; every disguise of anything else is dropped', () => {
  assert.equal(safeHref('https://status.example.com/'), 'https://status.example.com/');
  assert.equal(safeHref(' HTTPS://Status.Example.com/x '), 'https://status.example.com/x');
  assert.equal(safeHref('mailto:oncall@example.com'), 'mailto:oncall@example.com');
  assert.equal(safeHref('tel:+12065550142'), 'tel:+12065550142');
  assert.equal(safeHref('lifeline://vendor/aws'), '#/vendors/aws');
  assert.equal(safeHref('lifeline://escalate/checkout?severity=sev1'), '#/escalate/checkout?severity=sev1');
  assert.equal(safeHref('#3-edge-or-origin'), '#3-edge-or-origin');
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\u200bscript:alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '../../../etc/passwd',
    '/etc/passwd',
    '//evil.example/x',
    'http://evil.example/',
    'https://user:pw@evil.example/',
    'lifeline://settings',
    'lifeline://vendor/../x',
    '#/vendors/aws',
    '#a b',
    'ftp://x',
    '',
    'https://',
  ];
  for (const href of hostile) assert.equal(safeHref(href), null, JSON.stringify(href));
  assert.equal(headingSlug('3. Edge or origin'), '3-edge-or-origin');
  assert.equal(headingSlug('Déclarer l’incident'), 'déclarer-lincident');
});

test('contract renewal: lapsed, within 30 days, or fine', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  assert.deepEqual(renewalOf('2026-11-28', now), { state: 'lapsed', daysLeft: -3, text: 'lapsed 3 days ago' });
  assert.deepEqual(renewalOf('2026-12-01', now), { state: 'renews-soon', daysLeft: 0, text: 'renews today' });
  assert.deepEqual(renewalOf('2026-12-31', now), { state: 'renews-soon', daysLeft: 30, text: 'renews in 30 days' });
  assert.equal(renewalOf('2027-01-01', now)?.state, 'ok');
  assert.equal(renewalOf('someday', now), null);
});

test('escalation wording and the channel to use at the top severity', () => {
  assert.equal(durationText(15), '15 min');
  assert.equal(durationText(120), '2 h');
  assert.equal(durationText(90), '1 h 30 min');
  assert.equal(durationText(2880), '2 days');
  assert.equal(whenText({ kind: 'first_response' }), 'When the first-response time passes');
  assert.equal(whenText({ kind: 'duration', minutes: 30, text: '30m' }), '30 min after the case was opened');
  const scale = [
    { id: 'sev1', name: 'Sev1' },
    { id: 'sev2', name: 'Sev2' },
  ];
  const hours = { kind: '24x7' } as const;
  const portal: Channel = { type: 'portal', value: 'https://x', label: 'Portal', hours, for: null };
  const lowPhone: Channel = { type: 'phone', value: '+1 555 0100', label: 'Low', hours, for: ['sev2'] };
  const topPhone: Channel = { type: 'phone', value: '+1 555 0111', label: 'Top', hours, for: ['sev1'] };
  assert.equal(mostSevereChannel([portal, lowPhone, topPhone], scale)?.label, 'Top');
  assert.equal(mostSevereChannel([lowPhone, portal], scale)?.label, 'Portal');
  assert.equal(mostSevereChannel([lowPhone], scale), null);
});

test('What changed: details first by kind (phones first), old lists as a fallback', () => {
  const empty = { added: [], removed: [], changed: [] };
  const changes: BundleChanges = {
    fromVersion: 7,
    toVersion: 8,
    vendors: { ...empty, added: ['newco'] },
    services: empty,
    contacts: empty,
    phones: { ...empty, changed: ['aws / TAM'] },
    details: [
      { kind: 'vendor', id: 'newco', label: 'NewCo', change: 'added' },
      { kind: 'phone', id: 'aws / TAM', label: 'AWS TAM', change: 'changed', from: '+1 206 555 0142', to: '+1 206 555 0199' },
    ],
  };
  assert.deepEqual(
    changeLines(changes).map((l) => [l.kind, l.label, l.from, l.to]),
    [
      ['phone', 'AWS TAM', '+1 206 555 0142', '+1 206 555 0199'],
      ['vendor', 'NewCo', undefined, undefined],
    ],
  );
  assert.deepEqual(
    changeLines({ ...changes, details: [] }).map((l) => `${l.kind}:${l.change}:${l.id}`),
    ['phone:changed:aws / TAM', 'vendor:added:newco'],
  );
  assert.equal(updateKeyOf('plans', changes), 'plans@8');
  assert.equal(updateKeyOf('plans', { ...changes, fromVersion: null }), null);
  assert.equal(updateKeyOf(null, changes), null);
});
