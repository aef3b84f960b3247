// The compiled bundle: schema-valid, deterministic, and a faithful mapping of the source format.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BundleSchema } from '../../../main/model/bundle.ts';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import { check, edit, expectClean, tempDir, TODAY, VENDOR, writePlans } from './helpers.ts';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo', 'plans');

test('the demo plans lint clean on 2026-11-22 and compile to a valid bundle', async () => {
  const r = await compilePlans(DEMO, { today: '2026-11-22' });
  expectClean(r);
  const plans = r.plans!;
  const bundle = BundleSchema.parse({ ...plans, version: 1, publishedAt: '2026-11-22T00:00:00.000Z' });
  assert.equal(bundle.id, 'demo');
  assert.match(bundle.title, /demo/i);
  assert.deepEqual(
    bundle.severities.map((s) => s.id),
    ['sev1', 'sev2', 'sev3', 'sev4'],
  );
  assert.deepEqual(
    bundle.vendors.map((v) => v.id),
    ['aws', 'azion', 'keystone-id'],
  );
  assert.deepEqual(
    bundle.services.map((s) => s.id),
    ['checkout', 'data-pipeline', 'identity-gateway'],
  );
  assert.equal(bundle.runbooks.length, 4);
  assert.equal(r.files.length, 11);
});

test('the demo exercises the format: business hours, for, escalation, scope, notes, real public details', async () => {
  const plans = (await compilePlans(DEMO, { today: '2026-11-22' })).plans!;
  const aws = plans.vendors.find((v) => v.id === 'aws')!;
  assert.deepEqual(
    aws.severities.map((s) => s.firstResponseMinutes),
    [15, 60, 240, 720, 1440],
  );
  const azion = plans.vendors.find((v) => v.id === 'azion')!;
  const phone = azion.channels.find((c) => c.type === 'phone')!;
  assert.equal(phone.value, '+55 51 3083 8111');
  assert.equal(phone.dial, '+555130838111');
  assert.deepEqual(phone.for, ['sev1', 'sev2']);
  assert.equal(azion.statusPage, 'https://status.azion.com/');
  assert.ok(azion.channels.some((c) => c.value === 'https://tickets.azion.com/'));
  assert.equal(azion.severities.find((s) => s.name === 'General guidance')!.businessHours, true);
  const saas = plans.vendors.find((v) => v.id === 'keystone-id')!;
  assert.equal(saas.hours.kind, 'business');
  assert.deepEqual(saas.channels.find((c) => c.type === 'phone')!.for, ['sev1']);
  assert.ok(plans.vendors.every((v) => v.escalation.some((e) => e.after.kind === 'duration' && e.contact)));
  assert.ok(plans.vendors.every((v) => v.scope && v.notes && v.contract));
  assert.ok(
    plans.runbooks.every((rb) => /\n\|.*\|\n\|[-| :]+\|\n/.test(rb.body)),
    'every runbook has a GFM table',
  );
  // Fictional numbers only, apart from the vendors' public lines.
  const phones = [
    ...plans.vendors.flatMap((v) => [
      ...v.channels.filter((c) => c.dial).map((c) => c.dial!),
      ...v.contacts.flatMap((c) => (c.phone ? [c.phone.e164] : [])),
    ]),
    ...plans.services.flatMap((s) => s.contacts.flatMap((c) => (c.phone ? [c.phone.e164] : []))),
  ];
  for (const p of phones) assert.ok(p === '+555130838111' || /^\+1\d{3}55501\d\d$/.test(p) || p === '+442079460958', p);
});

test('compiling is deterministic: same input, byte-identical JSON, whatever the file order', async () => {
  const a = await compilePlans(DEMO, { today: '2026-11-22' });
  const copy = tempDir();
  // Copy in reverse order so directory listing order differs where the file system preserves it.
  for (const section of ['runbooks', 'services', 'vendors']) {
    for (const name of readdirSync(join(DEMO, section)).reverse()) {
      cpSync(join(DEMO, section, name), join(copy, section, name));
    }
  }
  writeFileSync(join(copy, 'lifeline.yaml'), readFileSync(join(DEMO, 'lifeline.yaml')));
  const b = await compilePlans(copy, { today: '2026-11-22' });
  assert.equal(JSON.stringify(b.plans), JSON.stringify(a.plans));
  const c = await compilePlans(DEMO, { today: '2027-05-01' });
  assert.equal(JSON.stringify(c.plans), JSON.stringify(a.plans), 'the date only affects warnings');
});

test('source keys map onto the bundle shape', async () => {
  const r = await check();
  expectClean(r);
  const v = r.plans!.vendors[0]!;
  assert.deepEqual(v.accounts, ['0012345']);
  assert.deepEqual(v.hours, { kind: '24x7' });
  assert.deepEqual(v.channels[0], {
    type: 'phone',
    value: '+1 206 555 0100',
    label: 'Hotline',
    dial: '+12065550100',
    hours: { kind: '24x7' },
    for: null,
  });
  assert.deepEqual(v.channels[1]!.for, ['sev2']);
  assert.deepEqual(v.severities[1], {
    name: 'Normal',
    firstResponse: '1d',
    firstResponseMinutes: 1440,
    businessHours: true,
    matches: 'sev2',
    description: 'Degraded.',
  });
  assert.equal(v.severities[0]!.businessHours, false);
  assert.deepEqual(v.contacts[0], {
    name: 'Ann Lee',
    role: 'TAM',
    phone: { display: '+1 206 555 0101', e164: '+12065550101' },
    email: 'ann@acme.example',
    verified: '2026-11-01',
  });
  assert.deepEqual(v.escalation, [
    { after: { kind: 'first_response' }, action: 'Call the hotline.' },
    { after: { kind: 'duration', minutes: 120, text: '2h' }, action: 'Call the TAM.', contact: 'Ann Lee' },
  ]);
  assert.equal('contract' in v || 'scope' in v || 'notes' in v || 'statusPage' in v, false, 'absent optional keys are omitted');
  const s = r.plans!.services[0]!;
  assert.deepEqual(s, {
    id: 'shop',
    name: 'Shop',
    owner: 'Web team',
    description: 'The web shop.',
    dependsOn: ['acme'],
    contacts: [
      {
        name: 'Shop on call',
        role: 'Incident commander',
        phone: { display: '+1 206 555 0110', e164: '+12065550110' },
        verified: '2026-11-20',
      },
    ],
    runbooks: ['shop-down'],
  });
  const rb = r.plans!.runbooks[0]!;
  assert.deepEqual(
    { ...rb, body: undefined },
    { id: 'shop-down', title: 'Shop is down', services: ['shop'], vendors: ['acme'], tags: ['web'], body: undefined },
  );
  assert.ok(rb.body.startsWith('# Shop is down\n'));
  assert.equal(r.plans!.contactsMaxAgeDays, 90);
});

test('business hours, channel hours defaulting to the vendor, contract, scope and notes', async () => {
  const hours = 'hours:\n  timezone: Europe/London\n  days: [fri, mon, mon]\n  from: "09:00"\n  to: "17:30"';
  const extra =
    'contract:\n  renews: 2027-06-30\n  reference: C-1\nscope:\n  covered: [Platform]\n  not_covered: [Our code]\nnotes: |\n  Call **first**.\n';
  const r = await check({
    'vendors/acme.yaml': VENDOR.replace('hours: 24x7', hours).replace('    label: Hotline', '    label: Hotline\n    hours: 24x7') + extra,
  });
  expectClean(r);
  const v = r.plans!.vendors[0]!;
  const business = { kind: 'business', timezone: 'Europe/London', days: ['mon', 'fri'], from: '09:00', to: '17:30' };
  assert.deepEqual(v.hours, business);
  assert.deepEqual(v.channels[0]!.hours, { kind: '24x7' });
  assert.deepEqual(v.channels[1]!.hours, business);
  assert.deepEqual(v.contract, { renews: '2027-06-30', reference: 'C-1' });
  assert.deepEqual(v.scope, { covered: ['Platform'], notCovered: ['Our code'] });
  assert.equal(v.notes, 'Call **first**.');
});

test('vendors, services and runbooks are sorted by id', async () => {
  const r = await check({
    'vendors/zeta.yaml': VENDOR.replace('id: acme', 'id: zeta'),
    'vendors/beta.yaml': VENDOR.replace('id: acme', 'id: beta'),
  });
  assert.deepEqual(
    r.plans!.vendors.map((v) => v.id),
    ['acme', 'beta', 'zeta'],
  );
});

test('plans are null exactly when there is an error; warnings alone still compile', async () => {
  const warned = await check(edit('vendors/acme.yaml', 'verified: 2026-11-01', 'verified: 2025-01-01'));
  assert.ok(warned.findings.length > 0 && warned.findings.every((f) => f.severity === 'warning'));
  assert.ok(warned.plans);
  const broken = await check(edit('vendors/acme.yaml', 'matches: sev1', 'matches: sev7'));
  assert.equal(broken.plans, null);
});

test('findings come sorted by file, line and column', async () => {
  const r = await check({
    ...edit('vendors/acme.yaml', 'matches: sev2', 'matches: sev7'),
    'lifeline.yaml': 'id: test\ntitle: T\npublisher: P\nseverities:\n  - id: sev1\n    name: C\n  - id: sev2\n    name: M\nextra: 1\n',
    'services/shop.yaml': 'id: shop\nname: Shop\nowner: o\ndescription: d\ndepends_on: [nope]\nrunbooks: [nope]\n',
  });
  const keys = r.findings.map((f) => `${f.file}:${String(f.line).padStart(4, '0')}:${String(f.column).padStart(4, '0')}`);
  assert.deepEqual(keys, [...keys].sort());
  assert.equal(r.findings[0]!.file, 'lifeline.yaml');
});

test('never throws: a bad today and an unreadable path become findings', async () => {
  const r = await compilePlans(writePlans(), { today: 'yesterday' });
  assert.equal(r.findings[0]!.rule, 'invalid-option');
  const r2 = await compilePlans('\u0000bad', { today: TODAY });
  assert.equal(r2.plans, null);
  assert.equal(r2.findings[0]!.file, '.');
});
