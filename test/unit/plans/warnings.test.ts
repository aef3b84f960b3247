// Lint warnings: they never block compiling, and each points at the node to fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, edit, expectFinding, expectNone, MANIFEST, SERVICE, VENDOR } from './helpers.ts';

const V = 'vendors/acme.yaml';
const S = 'services/shop.yaml';

test('contact never verified: warning at the contact', async () => {
  const r = await check(edit(V, '    verified: 2026-11-01\n', ''));
  const f = expectFinding(r, { rule: 'unverified-contact', file: V, line: 25, column: 5 });
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /contact 'Ann Lee' of Acme Cloud has never been verified: .* add verified: 2026-11-22/);
  assert.ok(r.plans, 'warnings do not block compiling');
  assert.equal(r.plans.vendors[0]!.contacts[0]!.verified, null);
});

test('contact verified longer ago than contacts_max_age_days (default 90)', async () => {
  // 2026-08-24 is exactly 90 days before 2026-11-22: still fine; a day earlier is stale.
  expectNone(await check(edit(V, 'verified: 2026-11-01', 'verified: 2026-08-24')), { rule: 'stale-contact' });
  const r = await check(edit(V, 'verified: 2026-11-01', 'verified: 2026-08-23'));
  expectFinding(r, {
    rule: 'stale-contact',
    file: V,
    line: 29,
    column: 15,
    message: 'last verified on 2026-08-23, 91 days ago (the limit is 90)',
  });
  const custom = await check({
    ...edit(S, 'verified: 2026-11-20', 'verified: 2026-11-01'),
    'lifeline.yaml': MANIFEST.replace('publisher: Test team', 'publisher: Test team\ncontacts_max_age_days: 14'),
  });
  expectFinding(custom, { rule: 'stale-contact', file: S, line: 10, column: 15, message: '21 days ago (the limit is 14)' });
  expectFinding(custom, { rule: 'stale-contact', file: V, message: "contact 'Ann Lee'" });
  assert.equal(custom.plans?.contactsMaxAgeDays, 14);
});

test('contact verified in the future', async () => {
  const r = await check(edit(V, 'verified: 2026-11-01', 'verified: 2027-11-01'));
  expectFinding(r, { rule: 'verified-in-future', file: V, line: 29, column: 15 });
});

test('contract renewing within 30 days, or lapsed', async () => {
  const contract = (date: string) => ({ [V]: `${VENDOR}contract:\n  renews: ${date}\n  reference: C-42\n` });
  expectNone(await check(contract('2026-12-23')), { rule: 'contract-renewal-due' });
  const due = await check(contract('2026-12-22'));
  expectFinding(due, {
    severity: 'warning',
    rule: 'contract-renewal-due',
    file: V,
    line: 37,
    column: 11,
    message: 'the Acme Cloud contract (C-42) renews in 30 days (2026-12-22)',
  });
  expectFinding(await check(contract('2026-11-22')), { rule: 'contract-renewal-due', message: 'renews today' });
  const lapsed = await check(contract('2026-11-01'));
  expectFinding(lapsed, {
    severity: 'warning',
    rule: 'contract-lapsed',
    line: 37,
    column: 11,
    message: 'lapsed on 2026-11-01, 21 days ago',
  });
});

test('vendor with no channel for the most severe internal severity', async () => {
  const r = await check(edit(V, '    label: Hotline', '    label: Hotline\n    for: [sev2]'));
  const f = expectFinding(r, { rule: 'no-top-severity-channel', file: V, line: 6, column: 1 });
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /no channel of Acme Cloud is for sev1 \(Critical\), the most severe incident/);
  expectNone(await check(edit(V, '    label: Hotline', '    label: Hotline\n    for: [sev1]')), { rule: 'no-top-severity-channel' });
});

test('service depending on a vendor with no severity matching one of ours', async () => {
  const r = await check(edit(V, '    matches: sev2', '    matches: sev1'));
  const f = expectFinding(r, { rule: 'unmatched-severity', file: S, line: 5, column: 14 });
  assert.equal(f.severity, 'warning');
  assert.match(
    f.message,
    /Shop depends on Acme Cloud, whose plan has no severity matching sev2 \(Major\): add a severity with matches: sev2 to vendors\/acme\.yaml/,
  );
  // A vendor no service depends on is not reported.
  const unused = await check({
    ...edit(V, '    matches: sev2', '    matches: sev1'),
    [S]: SERVICE.replace('depends_on: [acme]', 'depends_on: []'),
  });
  expectNone(unused, { rule: 'unmatched-severity' });
});

test('Markdown links: javascript in every disguise, other schemes, http, relative, in runbooks', async () => {
  const body = [
    '[a](javascript:alert(1))', // 8
    '[b](JaVaScRiPt:alert(1))', // 9
    '[c](java&#x09;script:alert(1))', // 10
    '[d](&#106;avascript:alert(1))', // 11
    '[e]( javascript:alert(1))', // 12
    '[f](vbscript:msgbox)', // 13
    '![g](data:text/html;base64,PHNjcmlwdD4=)', // 14
    '[h](http://example.com/)', // 15
    '[i][ref]', // 16
    '', // 17
    '[ref]: file:///etc/passwd', // 18
    '<javascript:alert(1)>', // 19
    '[j](//evil.example/x)', // 20
    '[k](other.md)', // 21
    '[ok1](https://example.com/) [ok2](mailto:a@example.com) [ok3](tel:+12065550100) [ok4](#step-2) <https://ok.example/>', // 22
  ].join('\n');
  const r = await check({ 'runbooks/shop-down.md': `---\ntitle: Shop is down\nservices: [shop]\n---\n\n# Title\n\n${body}\n` });
  const at = (rule: string, line: number) =>
    expectFinding(r, { file: 'runbooks/shop-down.md', rule, line, column: 1, severity: 'warning' });
  for (const line of [8, 9, 10, 11, 12]) assert.match(at('link-scheme', line).message, /'javascript:' scheme, which is not allowed/);
  assert.match(at('link-scheme', 13).message, /'vbscript:'/);
  assert.match(at('link-scheme', 14).message, /^image .*'data:'/);
  assert.match(at('link-scheme', 15).message, /uses http: write https:\/\/example\.com\//);
  assert.match(at('link-scheme', 18).message, /'file:'/);
  assert.match(at('link-scheme', 19).message, /'javascript:'/);
  assert.match(at('relative-link', 20).message, /write it out in full as https:\/\/evil\.example\/x/);
  assert.match(at('relative-link', 21).message, /relative and leads nowhere/);
  expectNone(r, { line: 22 });
  expectNone(r, { line: 16 }); // the reference is checked at its definition
  assert.ok(r.plans, 'link warnings do not block compiling');
});

test('raw HTML: href and src checked like links, scripts and handlers reported', async () => {
  const body = [
    '<a href="jav&#x61;script:alert(1)">x</a> <img src="https://x.example/a.png" onerror="alert(1)">', // 5
    '<svg onload="alert(1)"></svg>', // 6
    '', // 7
    '<div>', // 8
    '  <iframe srcdoc="<script>alert(1)</script>"></iframe>', // 9
    '  <a href="https://fine.example/">fine</a>', // 10
    '</div>', // 11
    '', // 12
    '<script>alert(1)</script>', // 13
  ].join('\n');
  const rb = 'runbooks/shop-down.md';
  const r = await check({ [rb]: `---\ntitle: Shop is down\n---\n\n${body}\n` });
  expectFinding(r, { file: rb, rule: 'link-scheme', line: 5, column: 4, message: "in HTML href=: link 'javascript:alert(1)'" });
  expectFinding(r, { file: rb, rule: 'unsafe-html', line: 5, column: 77, message: "'onerror' attribute runs script" });
  expectFinding(r, { file: rb, rule: 'unsafe-html', line: 6, column: 6, message: "'onload'" });
  expectFinding(r, { file: rb, rule: 'unsafe-html', line: 9, column: 3, message: '<iframe>' });
  expectFinding(r, { file: rb, rule: 'unsafe-html', line: 9, column: 11, message: "'srcdoc'" });
  expectFinding(r, { file: rb, rule: 'unsafe-html', line: 13, column: 1, message: '<script>' });
  expectNone(r, { line: 10 });
});

test('remote images never load offline', async () => {
  const r = await check({ 'runbooks/shop-down.md': '---\ntitle: T\n---\n![diagram](https://x.example/d.png)\n' });
  expectFinding(r, { rule: 'remote-image', line: 4, column: 1, severity: 'warning' });
});

test('vendor notes: links checked with positions inside the YAML file', async () => {
  const notes = 'notes: |\n  See the [guide](https://acme.example/guide).\n\n  - Escalate: [call](javascript:void(0))\n';
  const r = await check({ [V]: VENDOR + notes });
  expectFinding(r, { file: V, rule: 'link-scheme', line: 39, column: 15, message: "'javascript:'" });
  const folded = await check({ [V]: `${VENDOR}notes: "[x](vbscript:y)"\n` });
  expectFinding(folded, { file: V, rule: 'link-scheme', line: 36, column: 8 });
});

test('absurdly nested Markdown is refused quickly, not parsed', async () => {
  const started = Date.now();
  const r = await check({ 'runbooks/shop-down.md': `---\ntitle: T\n---\n${'>'.repeat(100_000)} [x](javascript:1)\n` });
  const f = expectFinding(r, { rule: 'markdown-too-deep', line: 4, column: 1 });
  assert.equal(f.severity, 'error');
  assert.ok(Date.now() - started < 10_000, 'refused without parsing');
});
