import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsPort } from '../../../main/domain/files/fs-port.ts';
import { collectGarbage, listManifests, readPointer } from '../../../main/domain/storage/generations.ts';
import { installGeneration, type ManifestDraft } from '../../../main/domain/storage/install.ts';
import { stateLayout } from '../../../main/domain/storage/layout.ts';

const draft = (version: number): ManifestDraft => ({
  format: 1,
  installedAt: new Date(2026, 0, version).toISOString(),
  verifiedAt: new Date(2026, 0, version).toISOString(),
  source: null,
  demo: false,
  bundle: { id: 'b', title: 'B', version },
  versions: { root: 1, timestamp: version, snapshot: version, targets: version },
  signedHashes: { root: 'r', timestamp: `t${version}`, snapshot: 's', targets: 'g' },
  expires: '2030-01-01T00:00:00Z',
  issuedAt: null,
  keyIds: [],
  changes: null,
});

test('each install becomes the active generation; GC keeps the active one and the 3 previous', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-gen-'));
  try {
    const fs = createFsPort();
    const layout = stateLayout(dir);
    let last = '';
    for (let v = 1; v <= 6; v++) {
      last = (await installGeneration(fs, layout, { 'bundle.json': Buffer.from(`{"v":${v}}`) }, draft(v))).id;
      const pointer = await readPointer(fs, layout);
      assert.deepEqual(pointer, { ok: true, value: last });
    }
    await mkdir(join(layout.staging, 'interrupted-sync'));
    await writeFile(join(layout.generations, '.leftover.tmp'), 'x');
    await writeFile(join(dir, '.current.json.abc123.tmp'), 'half a pointer');
    const removed = await collectGarbage(fs, layout, last);
    assert.equal(removed.length, 3);
    const kept = await listManifests(fs, layout);
    assert.deepEqual(
      kept.map((m) => m.bundle.version),
      [6, 5, 4, 3],
    );
    assert.deepEqual(await readdir(layout.staging), []);
    assert.equal((await readdir(layout.generations)).length, 4);
    assert.deepEqual(
      (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
      [],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('GC never deletes the active generation even when it is the oldest', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-gen-'));
  try {
    const fs = createFsPort();
    const layout = stateLayout(dir);
    const ids: string[] = [];
    for (let v = 1; v <= 6; v++) ids.push((await installGeneration(fs, layout, { 'bundle.json': Buffer.from('{}') }, draft(v))).id);
    await collectGarbage(fs, layout, ids[0]!);
    const kept = (await listManifests(fs, layout)).map((m) => m.id);
    assert.ok(kept.includes(ids[0]!));
    assert.equal(kept.length, 4);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
