import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createIncidentStore } from '../../../main/domain/incidents/store.ts';
import { foldIncident } from '../../../main/domain/incidents/view.ts';
import { exportIncident } from '../../../main/domain/incidents/export.ts';
import { createFsPort } from '../../../main/domain/files/fs-port.ts';
import { demoPlan, tempStore } from './helpers.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

test('start, check off, case number, note and close: each is an entry timestamped by the clock', async () => {
  const { store, advance, dir, clock } = await tempStore();
  const [started] = await store.start(await demoPlan());
  const id = started?.kind === 'started' ? started.incidentId : '';
  assert.match(id, /^20261127-1730-checkout-[0-9a-f]{4}$/);
  advance(5);
  await store.append(id, { kind: 'step', stepId: 'azion/case-opened', label: 'Case opened at Azion', checked: true });
  await store.append(id, { kind: 'step', stepId: 'azion/case-opened', label: 'Case opened at Azion', checked: true });
  await store.append(id, { kind: 'case-number', vendorId: 'azion', vendorName: 'Azion', caseNumber: 'AZ-77' });
  advance(1);
  await store.append(id, { kind: 'note', text: 'Called the support line' });
  const entries = await store.append(id, { kind: 'closed' });
  assert.deepEqual(
    entries.map((e) => e.kind),
    ['started', 'step', 'case-number', 'note', 'closed'],
    'a repeated check adds nothing',
  );
  assert.equal(entries[1]?.at, '2026-11-27T17:35:00.000Z');
  await assert.rejects(
    store.append(id, { kind: 'note', text: 'late' }),
    (e: unknown) => isLifelineError(e, 'incident') && e.detail.code === 'closed',
  );
  // A fresh store on the same directory (an app restart) reads the same log.
  const reopened = createIncidentStore({ dir, fs: createFsPort(), clock });
  const view = foldIncident(await reopened.read(id), { id: 'demo', version: 8 });
  assert.equal(view.open, false);
  assert.equal(view.vendors.find((v) => v.vendorId === 'azion')?.caseNumber, 'AZ-77');
  // Azion sev1: 15 min first response from 17:35, the first escalation comes with it, the second 1 h after opening.
  const azion = view.vendors.find((v) => v.vendorId === 'azion');
  assert.equal(azion?.firstResponseDue, '2026-11-27T17:50:00.000Z');
  assert.deepEqual(azion?.escalationDue, ['2026-11-27T17:50:00.000Z', '2026-11-27T18:35:00.000Z']);
  assert.deepEqual(view.bundleChanged, { id: 'demo', version: 8 });
  const md = exportIncident(view, 'md').text;
  assert.match(md, /\| 2026-11-27 17:35:00 \| Case number at Azion \| AZ-77 \| {2}\|/);
  assert.match(md, /\| 2026-11-27 17:35:00 \| Done: Case opened at Azion \|/);
});

test('unknown steps and vendors are refused; an unknown id is not found', async () => {
  const { store } = await tempStore();
  const [started] = await store.start(await demoPlan());
  const id = started?.kind === 'started' ? started.incidentId : '';
  await assert.rejects(
    store.append(id, { kind: 'step', stepId: 'azion/nope', label: 'x', checked: true }),
    (e: unknown) => isLifelineError(e, 'incident') && e.detail.code === 'invalid',
  );
  await assert.rejects(store.append(id, { kind: 'case-number', vendorId: 'nope', vendorName: 'x', caseNumber: '1' }), /no vendor/);
  await assert.rejects(store.read('nothing-here'), (e: unknown) => isLifelineError(e, 'incident') && e.detail.code === 'not-found');
  await assert.rejects(store.read('../../etc/passwd'), (e: unknown) => isLifelineError(e, 'incident') && e.detail.code === 'not-found');
});

test('several incidents at once: open first; a corrupt or hostile file is reported and the rest still read', async () => {
  const { store, dir, advance } = await tempStore();
  const first = (await store.start(await demoPlan()))[0];
  advance(10);
  const second = (await store.start(await demoPlan('azion', 'sev3')))[0];
  const firstId = first?.kind === 'started' ? first.incidentId : '';
  await store.append(firstId, { kind: 'closed' });
  await writeFile(join(dir, 'garbage.jsonl'), 'not json\n');
  await writeFile(join(dir, 'cut.jsonl'), '{"seq":1');
  const good = await readFile(join(dir, `${firstId}.jsonl`), 'utf8');
  await writeFile(join(dir, 'tampered.jsonl'), good.replace('"Checkout"', '"Checkout!"'));
  await symlink('/dev/zero', join(dir, 'zero.jsonl'));
  const list = await store.list();
  assert.deepEqual(
    list.incidents.map((i) => i.open),
    [true, false],
  );
  assert.equal(list.incidents[0]?.id, second?.kind === 'started' ? second.incidentId : '');
  assert.deepEqual(list.problems.map((p) => p.file).sort(), [
    'incidents/cut.jsonl',
    'incidents/garbage.jsonl',
    'incidents/tampered.jsonl',
    'incidents/zero.jsonl',
  ]);
  assert.match(list.problems.find((p) => p.file === 'incidents/garbage.jsonl')?.message ?? '', /line 1 is not valid JSON/);
  assert.match(list.problems.find((p) => p.file === 'incidents/tampered.jsonl')?.message ?? '', /entry 1 .* was changed/);
  assert.match(list.problems.find((p) => p.file === 'incidents/zero.jsonl')?.message ?? '', /symbolic link/);
  await assert.rejects(
    store.read('garbage'),
    (e: unknown) => isLifelineError(e, 'incident') && e.detail.code === 'corrupt' && /garbage cannot be read/.test(e.message),
  );
});

test('concurrent appends to one incident all land, in order, on one chain', async () => {
  const { store } = await tempStore();
  const [started] = await store.start(await demoPlan());
  const id = started?.kind === 'started' ? started.incidentId : '';
  await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(id, { kind: 'note', text: `note ${i}` })));
  const entries = await store.read(id);
  assert.equal(entries.length, 21);
  assert.deepEqual(
    entries.map((e) => e.seq),
    Array.from({ length: 21 }, (_, i) => i + 1),
  );
});
