import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../../../main/domain/ipc/dispatch.ts';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import type { IncidentView } from '../../../main/model/incident.ts';
import { fakeDeps } from '../ipc/fake-deps.ts';
import { tempStore } from './helpers.ts';

async function handlersOnDemo() {
  const compiled = await compilePlans('resources/demo/plans', { today: '2026-11-27' });
  const bundle = compiled.plans ? { ...compiled.plans, version: 7, publishedAt: '2026-11-27T00:00:00Z' } : null;
  const t = await tempStore();
  const { deps } = fakeDeps({
    clock: t.clock,
    incidents: { store: t.store, saveExport: async (filename, text) => ({ saved: 'text', filename, text }) },
  });
  return { ...t, handlers: createHandlers({ ...deps, core: { ...deps.core, bundle: async () => bundle } }) };
}

const value = (result: { ok: boolean; value?: unknown; error?: unknown }): unknown => {
  assert.equal(result.ok, true, JSON.stringify(result));
  return result.value;
};

test('an incident over the contract: start, check off, case number, note, close, export', async () => {
  const { handlers, advance } = await handlersOnDemo();
  const started = value(await dispatch(handlers, 'startIncident', ['keystone-id', 'sev3'])) as IncidentView;
  assert.equal(started.open, true);
  assert.equal(started.steps['keystone-id/case-opened']?.checked, false);
  advance(1);
  const opened = value(await dispatch(handlers, 'setIncidentStep', [started.id, 'keystone-id/case-opened', true])) as IncidentView;
  // Friday 17:31 London = 11:31 Chicago: 6 h 29 min left today, 1 h 31 min on Monday from 08:00 Chicago.
  assert.equal(opened.vendors[0]?.firstResponseDue, '2026-11-30T15:31:00.000Z');
  value(await dispatch(handlers, 'setIncidentCaseNumber', [started.id, 'keystone-id', ' KSI-5521 ']));
  value(await dispatch(handlers, 'addIncidentNote', [started.id, 'SSO failing for EU users']));
  const closed = value(await dispatch(handlers, 'closeIncident', [started.id])) as IncidentView;
  assert.equal(closed.open, false);
  assert.equal(closed.vendors[0]?.caseNumber, 'KSI-5521');
  const md = value(await dispatch(handlers, 'exportIncident', [started.id, 'md'])) as { text: string };
  assert.match(md.text, /KSI-5521/);
  const saved = value(await dispatch(handlers, 'saveIncidentExport', [started.id, 'json'])) as { saved: string; filename: string };
  assert.equal(saved.filename, `incident-${started.id}.json`);
  const list = value(await dispatch(handlers, 'listIncidents', [])) as { incidents: { id: string }[] };
  assert.deepEqual(
    list.incidents.map((i) => i.id),
    [started.id],
  );
});

test('bad arguments and unknown ids come back as clear errors', async () => {
  const { handlers } = await handlersOnDemo();
  const bad = await dispatch(handlers, 'startIncident', ['checkout', 'sev9']);
  assert.equal(!bad.ok && bad.error.code, 'bad-arguments');
  const unknown = await dispatch(handlers, 'startIncident', ['nope', 'sev1']);
  assert.equal(!unknown.ok && unknown.error.code, 'not-found');
  const path = await dispatch(handlers, 'getIncident', ['../../x']);
  assert.equal(!path.ok && path.error.code, 'bad-arguments');
  const missing = await dispatch(handlers, 'getIncident', ['missing']);
  assert.equal(!missing.ok && missing.error.code, 'not-found');
  const started = value(await dispatch(handlers, 'startIncident', ['checkout', 'sev1'])) as IncidentView;
  const step = await dispatch(handlers, 'setIncidentStep', [started.id, 'aws/nope', true]);
  assert.equal(!step.ok && step.error.code, 'not-found');
  const empty = await dispatch(handlers, 'addIncidentNote', [started.id, '   ']);
  assert.equal(!empty.ok && empty.error.code, 'bad-arguments');
});
