import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLifeline } from '../helpers/cli.ts';
import { demoPlan, tempStore } from '../unit/incidents/helpers.ts';

async function stateWithIncident() {
  const t = await tempStore();
  const [started] = await t.store.start(await demoPlan());
  const id = started?.kind === 'started' ? started.incidentId : '';
  t.advance(2);
  await t.store.append(id, { kind: 'step', stepId: 'aws/case-opened', label: 'Case opened at Amazon Web Services', checked: true });
  await t.store.append(id, { kind: 'case-number', vendorId: 'aws', vendorName: 'Amazon Web Services', caseNumber: '170000001' });
  await t.store.append(id, { kind: 'note', text: 'Checkout 5xx | all regions' });
  return { ...t, id };
}

test('incident list shows id, target, severity, started and open or closed, as text and JSON', async () => {
  const { state, id } = await stateWithIncident();
  const text = runLifeline(['incident', 'list', '--state', state]);
  assert.equal(text.code, 0, text.stderr);
  assert.equal(text.stdout.trim(), `${id}  checkout  sev1  started 2026-11-27T17:30:00.000Z  open`);
  const json = runLifeline(['incident', 'list', '--state', state, '--json']);
  const parsed = JSON.parse(json.stdout) as {
    incidents: { id: string; status: string; target: string; severity: string; started: string }[];
  };
  assert.deepEqual(
    parsed.incidents.map((i) => [i.id, i.target, i.severity, i.started, i.status]),
    [[id, 'checkout', 'sev1', '2026-11-27T17:30:00.000Z', 'open']],
  );
});

test('a corrupt incident file is named on stderr with exit 1, and the others are still listed', async () => {
  const { state, dir, id } = await stateWithIncident();
  await writeFile(join(dir, 'broken.jsonl'), '{"seq":1}\n');
  const run = runLifeline(['incident', 'list', '--state', state]);
  assert.equal(run.code, 1);
  assert.match(run.stdout, new RegExp(id));
  assert.match(run.stderr, /^lifeline incident: incidents\/broken\.jsonl: entry 1 was changed: it is not a valid log entry/);
});

test('export as Markdown and JSON; verify accepts the JSON and names the first tampered entry', async () => {
  const { state, id } = await stateWithIncident();
  const md = runLifeline(['incident', 'export', id, '--state', state, '--format', 'md']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /\| Time \| Step \| Case number \| Note \|/);
  assert.match(md.stdout, /\| 2026-11-27 17:32:00 \| Case number at Amazon Web Services \| 170000001 \|/);
  assert.match(md.stdout, /Checkout 5xx \\\| all regions/);
  const json = runLifeline(['incident', 'export', id, '--state', state, '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const file = join(state, 'export.json');
  await writeFile(file, json.stdout);
  const ok = runLifeline(['incident', 'verify', file]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /intact: incident .*, 4 entries/);
  const tampered = JSON.parse(json.stdout) as { entries: { caseNumber?: string }[] };
  const entry = tampered.entries[2];
  if (entry) entry.caseNumber = '170000002';
  await writeFile(file, JSON.stringify(tampered));
  const bad = runLifeline(['incident', 'verify', file]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^lifeline incident: .*export\.json: entry 3 \(case-number, 2026-11-27T17:32:00\.000Z\) was changed/);
});

test('usage errors exit 2; unknown incidents and missing files exit 1 in one line', async () => {
  const { state } = await stateWithIncident();
  assert.equal(runLifeline(['incident']).code, 2);
  assert.equal(runLifeline(['incident', 'export', 'x', '--state', state, '--format', 'pdf']).code, 2);
  const missing = runLifeline(['incident', 'export', 'nope', '--state', state]);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr.trim(), 'lifeline incident: no incident "nope"');
  const noFile = runLifeline(['incident', 'verify', join(state, 'none.json')]);
  assert.equal(noFile.code, 1);
  assert.match(noFile.stderr, /none\.json: no such file/);
  assert.match(runLifeline(['incident', '--help']).stdout, /lifeline incident verify <export.json>/);
});
