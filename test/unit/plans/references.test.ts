// References across files, duplicates, per-type channel values and opening hours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, edit, expectFinding, MANIFEST, RUNBOOK, SERVICE, VENDOR } from './helpers.ts';

const V = 'vendors/acme.yaml';
const S = 'services/shop.yaml';
const R = 'runbooks/shop-down.md';

test('matches must name an internal severity', async () => {
  const r = await check(edit(V, '    matches: sev1', '    matches: sev9'));
  const f = expectFinding(r, { rule: 'unknown-severity', file: V, line: 17, column: 14 });
  assert.equal(f.severity, 'error');
  assert.match(f.message, /'sev9' is not one of the internal severities in lifeline\.yaml \(sev1, sev2\)/);
});

test('channel for must name internal severities, once each', async () => {
  const r = await check(edit(V, '    for: [sev2]', '    for: [sev2, sve2, sev2]'));
  expectFinding(r, { rule: 'unknown-severity', line: 13, column: 17, message: "did you mean 'sev2'" });
  expectFinding(r, { rule: 'duplicate-entry', line: 13, column: 23, message: "severity 'sev2' is listed twice" });
});

test('depends_on must name vendors', async () => {
  const r = await check(edit(S, 'depends_on: [acme]', 'depends_on: [acme, acmee, globex]'));
  expectFinding(r, { rule: 'unknown-vendor', file: S, line: 5, column: 20, message: "there is no vendor 'acmee' (did you mean 'acme'?)" });
  expectFinding(r, {
    rule: 'unknown-vendor',
    file: S,
    line: 5,
    column: 27,
    message: "there is no vendor 'globex' (no file vendors/globex.yaml)",
  });
});

test('a vendor whose file is broken is still a known id', async () => {
  const r = await check({ [V]: 'id: acme\nname: [broken\n' });
  assert.equal(r.findings.filter((f) => f.rule === 'unknown-vendor').length, 0);
});

test('service runbooks must exist', async () => {
  const r = await check(edit(S, 'runbooks: [shop-down]', 'runbooks: [shop-down, shop-slow]'));
  expectFinding(r, {
    rule: 'unknown-runbook',
    file: S,
    line: 11,
    column: 23,
    message: "there is no runbook 'shop-slow' (no file runbooks/shop-slow.md)",
  });
});

test('runbook front matter services and vendors must exist', async () => {
  const r = await check({ [R]: RUNBOOK.replace('services: [shop]', 'services: [shopp]').replace('vendors: [acme]', 'vendors: [initech]') });
  expectFinding(r, { rule: 'unknown-service', file: R, line: 3, column: 12, message: "did you mean 'shop'" });
  expectFinding(r, { rule: 'unknown-vendor', file: R, line: 4, column: 11 });
});

test('escalation contact must be a contact of that vendor', async () => {
  const r = await check(edit(V, '    contact: Ann Lee', '    contact: Ann Le'));
  expectFinding(r, {
    rule: 'unknown-contact',
    file: V,
    line: 35,
    column: 14,
    message: "contact 'Ann Le' is not one of this vendor's contacts ('Ann Lee') (did you mean 'Ann Lee'?)",
  });
  const r2 = await check(edit(V, '    contact: Ann Lee', '    contact: ann lee'));
  expectFinding(r2, { rule: 'unknown-contact', message: "write 'Ann Lee'" });
  const r3 = await check(edit(V, '    contact: Ann Lee', '    contact: Shop on call'));
  expectFinding(r3, { rule: 'unknown-contact', message: "not one of this vendor's contacts" });
});

test('duplicate severity ids, contact names, vendor severity names and list entries', async () => {
  const r = await check({
    'lifeline.yaml': MANIFEST + '  - id: sev1\n    name: Again\n',
    [V]: VENDOR.replace('  - name: Normal', '  - name: urgent').replace(
      'contacts:\n',
      'contacts:\n  - name: ANN LEE\n    role: Other\n    verified: 2026-11-01\n',
    ),
    [S]: SERVICE.replace('depends_on: [acme]', 'depends_on: [acme, acme]'),
  });
  expectFinding(r, { rule: 'duplicate-entry', file: 'lifeline.yaml', line: 9, column: 9, message: "severity id 'sev1' is listed twice" });
  expectFinding(r, { rule: 'duplicate-entry', file: V, line: 19, column: 11, message: "vendor severity 'urgent' is listed twice" });
  expectFinding(r, { rule: 'duplicate-entry', file: V, line: 28, column: 11, message: "contact 'Ann Lee' is listed twice" });
  expectFinding(r, { rule: 'duplicate-entry', file: S, line: 5, column: 20, message: "vendor 'acme' is listed twice" });
});

test('channel values are checked by type', async () => {
  const r = await check(
    edit(
      V,
      '  - type: portal\n    value: https://support.acme.example/',
      '  - type: portal\n    value: http://support.acme.example/\n  - type: email\n    value: support(at)acme.example\n    label: Mail\n  - type: chat\n    value: ftp://chat.acme.example/\n    label: Chat\n  - type: slack\n    value: "#acme-support"\n    label: Slack',
    ),
  );
  expectFinding(r, { rule: 'invalid-url', file: V, line: 11, column: 12, message: "write 'https://support.acme.example/'" });
  expectFinding(r, { rule: 'invalid-email', file: V, line: 13, column: 12 });
  expectFinding(r, { rule: 'invalid-url', file: V, line: 16, column: 12, message: 'only https' });
  const r2 = await check(edit(V, 'value: +1 206 555 0100', 'value: 1-800-ACME'));
  expectFinding(r2, { rule: 'invalid-phone', file: V, line: 8, column: 12, message: 'no country code' });
});

test('phone channels keep the written form and get an E.164 dial string', async () => {
  const r = await check();
  const ch = r.plans!.vendors[0]!.channels[0]!;
  assert.equal(ch.value, '+1 206 555 0100');
  assert.equal(ch.dial, '+12065550100');
});

test('business hours must end after they start', async () => {
  const hours = 'hours:\n  timezone: Europe/London\n  days: mon-fri\n  from: "17:00"\n  to: "09:00"';
  const r = await check(edit(V, 'hours: 24x7', hours));
  expectFinding(r, { rule: 'invalid-hours', file: V, line: 9, column: 7, message: 'must be later than they start' });
  const r2 = await check(
    edit(
      V,
      '    label: Hotline',
      '    label: Hotline\n    hours:\n      timezone: UTC\n      days: mon-fri\n      from: "09:00"\n      to: "09:00"',
    ),
  );
  expectFinding(r2, { rule: 'invalid-hours', file: V, line: 14, column: 11 });
  const ok = await check(edit(V, 'hours: 24x7', hours.replace('"17:00"', '"00:00"').replace('"09:00"', '"24:00"')));
  assert.ok(ok.plans, JSON.stringify(ok.findings));
});
