import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, chainEntry, verifyChain } from '../../../main/domain/incidents/chain.ts';
import { incidentJson, verifyExport } from '../../../main/domain/incidents/export.ts';
import { foldIncident } from '../../../main/domain/incidents/view.ts';
import type { LogEntry } from '../../../main/model/incident.ts';
import { demoPlan } from './helpers.ts';

async function sampleLog(): Promise<LogEntry[]> {
  const plan = await demoPlan();
  const t = (m: number) => new Date(Date.parse('2026-11-27T17:30:00Z') + m * 60_000);
  const entries: LogEntry[] = [chainEntry({ kind: 'started', incidentId: 'inc-1', plan }, null, t(0))];
  const add = (input: Parameters<typeof chainEntry>[0], minute: number) =>
    entries.push(chainEntry(input, entries.at(-1) ?? null, t(minute)));
  add({ kind: 'step', stepId: 'azion/case-opened', label: 'Case opened at Azion', checked: true }, 2);
  add({ kind: 'case-number', vendorId: 'azion', vendorName: 'Azion', caseNumber: 'AZ-123' }, 3);
  add({ kind: 'note', text: 'Edge 5xx | across regions' }, 4);
  add({ kind: 'closed' }, 30);
  return entries;
}

const exportOf = (entries: LogEntry[]) =>
  JSON.parse(incidentJson(foldIncident(entries, null))) as { entries: Record<string, unknown>[]; entryCount: number; head: string };

test('canonical JSON sorts keys at every level', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }), '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
});

test('each entry carries the hash of the previous one, and an intact chain verifies', async () => {
  const entries = await sampleLog();
  assert.equal(entries[0]?.prev, null);
  assert.equal(entries[1]?.prev, entries[0]?.hash);
  assert.deepEqual(verifyChain(entries).ok, true);
  const check = verifyExport(JSON.stringify(exportOf(entries)));
  assert.equal(check.ok, true);
});

test('a changed entry is named', async () => {
  const file = exportOf(await sampleLog());
  (file.entries[2] as { caseNumber: string }).caseNumber = 'AZ-999';
  const check = verifyExport(JSON.stringify(file));
  assert.equal(check.ok, false);
  if (!check.ok) assert.match(check.error, /^entry 3 \(case-number, .*\) was changed/);
});

test('a changed entry with a recomputed hash is still caught by the next link', async () => {
  const entries = await sampleLog();
  const forged = chainEntry({ kind: 'note', text: 'nothing happened' }, entries[2] ?? null, new Date(entries[3]?.at ?? 0));
  const file = exportOf(entries);
  file.entries[3] = forged;
  const check = verifyExport(JSON.stringify(file));
  assert.equal(check.ok, false);
  if (!check.ok) assert.match(check.error, /^entry 4 .*was changed: entry 5 recorded a different hash/);
});

test('a removed entry is named', async () => {
  const file = exportOf(await sampleLog());
  file.entries.splice(1, 1);
  const check = verifyExport(JSON.stringify(file));
  assert.equal(check.ok, false);
  if (!check.ok) assert.equal(check.error, 'entry 2 was removed: entry 3 follows entry 1');
});

test('reordered entries are named', async () => {
  const file = exportOf(await sampleLog());
  const [a, b] = [file.entries[1], file.entries[2]];
  if (a && b) [file.entries[1], file.entries[2]] = [b, a];
  const check = verifyExport(JSON.stringify(file));
  assert.equal(check.ok, false);
  if (!check.ok) assert.equal(check.error, 'entries were reordered: entry 3 stands where entry 2 should be');
});

test('a cut-off tail and a changed head are caught', async () => {
  const cut = exportOf(await sampleLog());
  cut.entries.pop();
  const check = verifyExport(JSON.stringify(cut));
  assert.equal(check.ok, false);
  if (!check.ok) assert.equal(check.error, 'entry 5 was removed: the log ends after entry 4 of 5');
  const rehead = exportOf(await sampleLog());
  rehead.head = 'a'.repeat(64);
  assert.equal(verifyExport(JSON.stringify(rehead)).ok, false);
});

test('hostile or foreign files get a clear message, never a throw', () => {
  assert.deepEqual(verifyExport('{'), { ok: false, error: 'not valid JSON' });
  const notOurs = verifyExport(JSON.stringify({ hello: 1 }));
  assert.equal(notOurs.ok, false);
  if (!notOurs.ok) assert.match(notOurs.error, /^not a Lifeline incident export/);
  const junk = verifyExport(
    JSON.stringify({ format: 'lifeline-incident-log', incidentId: 'x', entryCount: 1, head: null, entries: [{ seq: '1' }] }),
  );
  assert.equal(junk.ok, false);
  if (!junk.ok) assert.match(junk.error, /^entry 1 was changed: it is not a valid log entry/);
});
