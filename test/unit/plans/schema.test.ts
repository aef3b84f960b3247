// Structure and field formats of every source file, with the exact position of each finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, edit, expectFinding, expectNone, MANIFEST, VENDOR } from './helpers.ts';

const V = 'vendors/acme.yaml';

test('unknown key: error at the key, with the closest known key', async () => {
  const r = await check(edit(V, '    phone: +1 206 555 0101', '    phnoe: +1 206 555 0101'));
  const f = expectFinding(r, { rule: 'unknown-key', file: V });
  assert.equal(f.severity, 'error');
  assert.deepEqual([f.line, f.column], [27, 5]);
  assert.match(f.message, /unknown key 'phnoe' \(did you mean 'phone'\?\)/);
  assert.equal(r.plans, null);
});

test('unknown key without a close match lists the allowed keys', async () => {
  const r = await check(edit(V, 'plan: Gold\n', 'plan: Gold\nwebsite: https://acme.example/\n'));
  const f = expectFinding(r, { rule: 'unknown-key', line: 4, column: 1 });
  assert.match(f.message, /allowed here: id, name, plan, account/);
});

test('unknown keys everywhere are all reported, not just the first', async () => {
  const r = await check({
    ...edit(V, '    label: Hotline', '    label: Hotline\n    lable: x'),
    'lifeline.yaml': MANIFEST.replace('publisher: Test team', 'publisher: Test team\npublsher: x'),
  });
  expectFinding(r, { rule: 'unknown-key', file: V, line: 10, column: 5, message: "did you mean 'label'" });
  expectFinding(r, { rule: 'unknown-key', file: 'lifeline.yaml', line: 4, column: 1, message: "did you mean 'publisher'" });
});

test('missing required keys: error at the mapping that lacks them', async () => {
  const r = await check(edit(V, '  - name: Ann Lee\n    role: TAM\n', '  - name: Ann Lee\n'));
  const f = expectFinding(r, { rule: 'missing-key', file: V, line: 25, column: 5 });
  assert.match(f.message, /this contact is missing 'role'/);
  const r2 = await check({ [V]: 'id: acme\nname: Acme\n' });
  for (const key of ['plan', 'hours', 'channels'])
    expectFinding(r2, { rule: 'missing-key', file: V, line: 1, column: 1, message: `missing '${key}'` });
});

test('wrong type: a list where text belongs, text where a list belongs', async () => {
  const r = await check(edit(V, 'name: Acme Cloud', 'name: [Acme, Cloud]'));
  expectFinding(r, { rule: 'wrong-type', line: 2, column: 7, message: "'name' should be text, not a list" });
  const r2 = await check(edit('services/shop.yaml', 'depends_on: [acme]', 'depends_on: acme'));
  expectFinding(r2, { rule: 'wrong-type', file: 'services/shop.yaml', line: 5, column: 13, message: 'write it as a list, e.g. [acme]' });
});

test('a file that is not a mapping, and an empty file', async () => {
  const r = await check({ [V]: '- id: acme\n' });
  expectFinding(r, { rule: 'wrong-type', file: V, line: 1, column: 1, message: 'should be a mapping' });
  const r2 = await check({ [V]: '# nothing yet\n' });
  expectFinding(r2, { rule: 'empty-file', file: V, line: 1, column: 1 });
});

test('enumerations: channel type, with a suggestion', async () => {
  const r = await check(edit(V, 'type: portal', 'type: e-portal'));
  expectFinding(r, {
    rule: 'invalid-value',
    line: 10,
    column: 11,
    message: "must be one of phone, portal, email, chat, slack, not 'e-portal' (did you mean 'portal'?)",
  });
});

test('empty values and empty lists', async () => {
  const r = await check(edit(V, 'plan: Gold', 'plan:'));
  expectFinding(r, { rule: 'empty-value', line: 3, column: 1, message: "'plan' is empty" });
  const r2 = await check(edit(V, '    for: [sev2]', '    for: []'));
  expectFinding(r2, { rule: 'empty-list', line: 13, column: 10, message: "'for' needs at least one entry" });
  const r3 = await check({ 'lifeline.yaml': 'id: test\ntitle: T\npublisher: P\nseverities: []\n' });
  expectFinding(r3, { rule: 'empty-list', file: 'lifeline.yaml', line: 4, column: 13 });
});

test('ids: pattern, and vendor/service ids must equal the file name', async () => {
  const r = await check(edit(V, '    matches: sev1', '    matches: Sev1'));
  expectFinding(r, { rule: 'invalid-id', line: 17, column: 14, message: "e.g. 'sev1'" });
  const r2 = await check(edit(V, 'id: acme', 'id: acme-cloud'));
  expectFinding(r2, { rule: 'id-mismatch', line: 1, column: 5, message: 'write id: acme, or rename the file to acme-cloud.yaml' });
  const r3 = await check({ 'lifeline.yaml': MANIFEST.replace('id: test', 'id: Test Plans') });
  expectFinding(r3, { rule: 'invalid-id', file: 'lifeline.yaml', line: 1, column: 5 });
});

test('durations: first_response and escalation after', async () => {
  const r = await check({
    ...edit(V, 'first_response: 1h', 'first_response: 1 hour'),
  });
  expectFinding(r, {
    rule: 'invalid-duration',
    line: 16,
    column: 21,
    message: "first_response: '1 hour' is not a duration Lifeline reads: write '1h'",
  });
  const r2 = await check(edit(V, '  - after: 2h', '  - after: later'));
  expectFinding(r2, { rule: 'invalid-duration', line: 33, column: 12, message: 'or write first_response' });
});

test('dates: verified and contract renews must be real dates', async () => {
  const r = await check(edit(V, 'verified: 2026-11-01', 'verified: 2026-02-30'));
  expectFinding(r, { rule: 'invalid-date', line: 29, column: 15, message: 'not a real calendar date' });
  const r2 = await check({ [V]: VENDOR + 'contract:\n  renews: 31/12/2027\n  reference: C-1\n' });
  expectFinding(r2, { rule: 'invalid-date', line: 37, column: 11, message: 'YYYY-MM-DD' });
});

test('hours: 24x7 or a valid business-hours mapping', async () => {
  const r = await check(edit(V, 'hours: 24x7', 'hours: 24/7'));
  expectFinding(r, { rule: 'wrong-type', line: 5, column: 8, message: 'hours must be 24x7, or a mapping' });
  const r2 = await check(
    edit(V, 'hours: 24x7', 'hours:\n  timezone: Europe/Londn\n  days: weekdays\n  from: 9am\n  to: "25:00"\n  form: x'),
  );
  expectFinding(r2, { rule: 'invalid-timezone', line: 6, column: 13 });
  expectFinding(r2, { rule: 'invalid-days', line: 7, column: 9 });
  expectFinding(r2, { rule: 'invalid-time', line: 8, column: 9, message: '"09:00"' });
  expectFinding(r2, { rule: 'invalid-time', line: 9, column: 7 });
  expectFinding(r2, { rule: 'unknown-key', line: 10, column: 3, message: "did you mean 'from'" });
  const r3 = await check(edit(V, 'hours: 24x7', 'hours:\n  timezone: UTC\n  days: [mon, tuesday]\n  from: "09:00"\n  to: "17:00"'));
  expectFinding(r3, { rule: 'invalid-days', line: 7, column: 15, message: "write 'tue'" });
});

test('URLs: status_page must be https', async () => {
  const r = await check(edit(V, 'hours: 24x7', 'status_page: http://status.acme.example/\nhours: 24x7'));
  expectFinding(r, { rule: 'invalid-url', line: 5, column: 14, message: "write 'https://status.acme.example/'" });
});

test('emails and phones of contacts', async () => {
  const r = await check({
    ...edit(V, 'email: ann@acme.example', 'email: ann(at)acme.example'),
  });
  expectFinding(r, { rule: 'invalid-email', line: 28, column: 12 });
  const r2 = await check(edit(V, 'phone: +1 206 555 0101', 'phone: 206 555 0101'));
  expectFinding(r2, { rule: 'invalid-phone', line: 27, column: 12, message: 'no country code' });
});

test('booleans and numbers', async () => {
  const r = await check(edit(V, 'business_hours: true', 'business_hours: yes'));
  expectFinding(r, { rule: 'invalid-value', line: 21, column: 21, message: 'write true or false' });
  const r2 = await check({
    'lifeline.yaml': MANIFEST.replace('publisher: Test team', 'publisher: Test team\ncontacts_max_age_days: ninety'),
  });
  expectFinding(r2, { rule: 'invalid-value', file: 'lifeline.yaml', line: 4, column: 24 });
});

test('account: text or a list of text; numbers keep their digits', async () => {
  const r = await check(edit(V, 'account: "0012345"', 'account:\n  - 0012345\n  - {id: 1}'));
  expectFinding(r, { rule: 'wrong-type', line: 6, column: 5 });
  const ok = await check(edit(V, 'account: "0012345"', 'account: 0012345'));
  expectNone(ok, { severity: 'error' });
  assert.deepEqual(ok.plans?.vendors[0]?.accounts, ['0012345']);
});

test('runbook front matter: unknown keys, missing title, missing or unclosed front matter', async () => {
  const rb = 'runbooks/shop-down.md';
  const r = await check({ [rb]: '---\ntitel: Shop\n---\nbody\n' });
  expectFinding(r, { rule: 'unknown-key', file: rb, line: 2, column: 1, message: "did you mean 'title'" });
  expectFinding(r, { rule: 'missing-key', file: rb, line: 2, column: 1, message: "the front matter is missing 'title'" });
  const r2 = await check({ [rb]: '# Shop is down\n' });
  expectFinding(r2, { rule: 'missing-front-matter', file: rb, line: 1, column: 1 });
  const r3 = await check({ [rb]: '---\ntitle: x\n# body\n' });
  expectFinding(r3, { rule: 'unclosed-front-matter', file: rb, line: 1, column: 1 });
});

test('wrong shapes say how to fix them', async () => {
  const r = await check({ 'lifeline.yaml': MANIFEST.replace('  - id: sev1\n    name: Critical', '  - sev1') });
  expectFinding(r, {
    rule: 'wrong-type',
    file: 'lifeline.yaml',
    line: 5,
    column: 5,
    message: 'this severity should be a mapping (key: value lines), not text: write key: value lines under it',
  });
  const r2 = await check(edit(V, 'hours: 24x7', 'hours:\n  - timezone: UTC'));
  expectFinding(r2, { rule: 'wrong-type', line: 6, column: 3, message: 'hours must be 24x7, or a mapping' });
  const r3 = await check({
    [V]: VENDOR.replace(/contacts:\n( {2}- name: Ann Lee\n( {4}.*\n)+)/, 'contacts:\n  name: Ann Lee\n  role: TAM\n'),
  });
  expectFinding(r3, { rule: 'wrong-type', line: 25, column: 3, message: "put '- ' before each entry" });
  const r4 = await check({ 'lifeline.yaml': MANIFEST.replace('publisher: Test team', 'publisher: Test team\ncontacts_max_age_days: 0') });
  expectFinding(r4, { rule: 'invalid-value', file: 'lifeline.yaml', message: 'from 1 up' });
});

test('a missing id suggests the one the file name gives', async () => {
  const r = await check(edit(V, 'id: acme\n', ''));
  expectFinding(r, {
    rule: 'missing-key',
    file: V,
    line: 1,
    column: 1,
    message: "this vendor is missing 'id': add id: acme (the same as the file name)",
  });
});
