import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import type { Bundle } from '../../../main/model/bundle.ts';
import { EscalationPlanSchema } from '../../../main/model/escalation.ts';
import { lookupEscalation } from '../../../main/domain/escalation/plan.ts';

async function demoBundle(): Promise<Bundle> {
  const result = await compilePlans('resources/demo/plans', { today: '2026-11-27' });
  assert.ok(result.plans, 'the demo plans compile');
  return { ...result.plans, version: 7, publishedAt: '2026-11-27T00:00:00Z' };
}

const friday = Date.parse('2026-11-27T17:30:00Z');

function planOf(bundle: Bundle, target: string, severity: string, now = friday) {
  const lookup = lookupEscalation(bundle, target, severity, now);
  assert.equal(lookup.status, 'plan');
  if (lookup.status !== 'plan') throw new Error('no plan');
  return lookup;
}

test('a service escalates to its depends_on vendors in order, with its runbooks and contacts', async () => {
  const { plan } = planOf(await demoBundle(), 'checkout', 'sev1');
  assert.deepEqual(
    plan.vendors.map((v) => v.id),
    ['aws', 'azion', 'keystone-id'],
  );
  assert.deepEqual(
    plan.runbooks.map((r) => r.id),
    ['checkout-outage', 'edge-errors'],
  );
  assert.equal(plan.contacts[0]?.name, 'Payments incident commander (on call)');
  assert.equal(plan.owner, 'Payments team');
  assert.equal(plan.bundle.version, 7);
  assert.ok(EscalationPlanSchema.safeParse(plan).success, 'the plan matches its stored schema');
});

test('the matching vendor severity in its own words, with description, accounts and steps', async () => {
  const { plan } = planOf(await demoBundle(), 'checkout', 'sev1');
  const azion = plan.vendors.find((v) => v.id === 'azion');
  assert.equal(azion?.severity?.name, 'Business-critical system down');
  assert.match(azion?.severity?.description ?? '', /business is at risk/);
  assert.deepEqual(azion?.accounts, ['demo-azion-00042']);
  assert.deepEqual(azion?.steps.map((s) => s.label).slice(0, 3), [
    'Checked the Azion status page',
    'Case opened at Azion',
    'First response received from Azion',
  ]);
  assert.equal(azion?.escalation[1]?.contact?.phone?.display, '+1 415 555 0163');
  assert.equal(azion?.escalation[0]?.after.kind, 'first_response');
});

test('channels whose `for` excludes the severity are not in the plan', async () => {
  const bundle = await demoBundle();
  const low = planOf(bundle, 'checkout', 'sev3').plan;
  const azionLow = low.vendors.find((v) => v.id === 'azion');
  assert.ok(!azionLow?.channels.some((c) => c.type === 'phone'), 'no phone line at sev3');
  assert.equal(azionLow?.hiddenChannels, 1);
  const keystoneLow = low.vendors.find((v) => v.id === 'keystone-id');
  assert.deepEqual(
    keystoneLow?.channels.map((c) => c.type),
    ['portal', 'email', 'chat'],
  );
  const top = planOf(bundle, 'checkout', 'sev1').plan;
  assert.ok(top.vendors.find((v) => v.id === 'azion')?.channels.some((c) => c.value === '+55 51 3083 8111'));
});

test('several matching vendor severities: the most urgent first', async () => {
  const { plan } = planOf(await demoBundle(), 'aws', 'sev4');
  assert.equal(plan.target.kind, 'vendor');
  assert.equal(plan.vendors[0]?.severity?.name, 'System impaired');
  assert.deepEqual(
    plan.vendors[0]?.otherSeverities.map((s) => s.name),
    ['General guidance'],
  );
});

test('if opened now: business hours count in the vendor zone, straight time otherwise', async () => {
  const { ifOpenedNow } = planOf(await demoBundle(), 'checkout', 'sev3');
  // Keystone Severity 3: 8 business hours on Mon-Fri 08:00-18:00 Chicago; Friday 11:30 Chicago leaves 6.5 h.
  assert.equal(ifOpenedNow.find((d) => d.vendorId === 'keystone-id')?.due, '2026-11-30T15:30:00.000Z');
  assert.equal(ifOpenedNow.find((d) => d.vendorId === 'aws')?.due, '2026-11-27T21:30:00.000Z');
});

test('stale contacts and lapsing contracts are flagged as of the clock', async () => {
  const later = Date.parse('2027-03-20T10:00:00Z');
  const { plan } = planOf(await demoBundle(), 'checkout', 'sev1', later);
  const aws = plan.vendors.find((v) => v.id === 'aws');
  assert.equal(aws?.contacts.find((c) => c.name === 'Dana Whitfield')?.stale, true);
  assert.equal(aws?.contract?.state, 'renews-soon');
  assert.equal(plan.vendors.find((v) => v.id === 'keystone-id')?.contract?.state, 'lapsed');
  const fresh = planOf(await demoBundle(), 'checkout', 'sev1').plan;
  assert.equal(fresh.vendors.find((v) => v.id === 'aws')?.contacts[0]?.stale, false);
});

test('a missing or unknown severity asks for one; an unknown target says so', async () => {
  const bundle = await demoBundle();
  const ask = lookupEscalation(bundle, 'checkout', undefined, friday);
  assert.equal(ask.status, 'choose-severity');
  if (ask.status === 'choose-severity')
    assert.deepEqual(
      ask.severities.map((s) => s.id),
      ['sev1', 'sev2', 'sev3', 'sev4'],
    );
  const unknown = lookupEscalation(bundle, 'checkout', 'sev9', friday);
  assert.equal(unknown.status === 'choose-severity' && unknown.unknownSeverity, 'sev9');
  assert.deepEqual(lookupEscalation(bundle, 'nope', 'sev1', friday), { status: 'unknown-target', target: 'nope' });
});
