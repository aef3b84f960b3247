import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockStartingAt, parseStartTime } from '../../../main/domain/escalation/clock.ts';
import { dispatch } from '../../../main/domain/ipc/dispatch.ts';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import { fixtureBundle } from '../../e2e/fixtures/bundle.ts';
import { fakeDeps } from '../ipc/fake-deps.ts';

test('a clock started at an instant keeps running from there', () => {
  let elapsed = 1000;
  const clock = clockStartingAt(Date.parse('2026-11-27T17:30:00Z'), () => elapsed);
  assert.equal(clock.now().toISOString(), '2026-11-27T17:30:00.000Z');
  elapsed += 90_000;
  assert.equal(clock.now().toISOString(), '2026-11-27T17:31:30.000Z');
});

test('--now takes an ISO time with a zone and refuses anything else', () => {
  assert.deepEqual(parseStartTime('2026-11-27T17:30:00+01:00'), { ok: true, value: Date.parse('2026-11-27T16:30:00Z') });
  assert.equal(parseStartTime('2026-11-27 17:30').ok, false);
  assert.equal(parseStartTime('2026-13-45T99:00:00Z').ok, false);
});

test('getNow, getEscalation and getVendorHours answer on the injected clock', async () => {
  const { deps } = fakeDeps({ clock: { now: () => new Date('2026-11-30T12:00:00Z') } });
  const bundle = fixtureBundle();
  const handlers = createHandlers({ ...deps, core: { ...deps.core, bundle: async () => bundle } });
  assert.deepEqual(await dispatch(handlers, 'getNow', []), { ok: true, value: { now: '2026-11-30T12:00:00.000Z' } });
  const vendorId = bundle.vendors[0]?.id ?? '';
  const lookup = await dispatch(handlers, 'getEscalation', [vendorId, bundle.severities[0]?.id]);
  assert.equal(lookup.ok && (lookup.value as { status: string }).status, 'plan');
  const ask = await dispatch(handlers, 'getEscalation', [vendorId, null]);
  assert.equal(ask.ok && (ask.value as { status: string }).status, 'choose-severity');
  const hours = await dispatch(handlers, 'getVendorHours', [vendorId]);
  assert.equal(hours.ok && (hours.value as { now: string }).now, '2026-11-30T12:00:00.000Z');
  assert.equal((await dispatch(handlers, 'getVendorHours', ['nope'])).ok, false);
  assert.equal((await dispatch(handlers, 'getEscalation', ['../etc'])).ok, false);
});

test('getEscalations answers each pair in order, as getEscalation would, and refuses bad or too many pairs', async () => {
  const { deps } = fakeDeps({ clock: { now: () => new Date('2026-11-30T12:00:00Z') } });
  const bundle = fixtureBundle();
  const handlers = createHandlers({ ...deps, core: { ...deps.core, bundle: async () => bundle } });
  const pairs = bundle.vendors.flatMap((v) => bundle.severities.map((s) => [v.id, s.id] as [string, string]));
  const many = await dispatch(handlers, 'getEscalations', [[...pairs, ['nope', 'sev1']]]);
  assert.ok(many.ok);
  const answers = many.value as unknown[];
  assert.equal(answers.length, pairs.length + 1);
  for (const [i, [target, severity]] of pairs.entries()) {
    const one = await dispatch(handlers, 'getEscalation', [target, severity]);
    assert.deepEqual(answers[i], one.ok && one.value, `${target} at ${severity}`);
  }
  assert.equal((answers.at(-1) as { status: string }).status, 'unknown-target');
  assert.equal((await dispatch(handlers, 'getEscalations', [[]])).ok, false);
  assert.equal((await dispatch(handlers, 'getEscalations', [[['../etc', 'sev1']]])).ok, false);
  assert.equal((await dispatch(handlers, 'getEscalations', [Array.from({ length: 251 }, () => pairs[0])])).ok, false);
});
