import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../../scripts/electron-binary.ts';

test('finds the binary named in path.txt, and reports none when it was never downloaded', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-electron-'));
  try {
    assert.equal(findElectronBinary(dir, {}), null, 'no path.txt');
    await writeFile(join(dir, 'path.txt'), 'electron');
    assert.equal(findElectronBinary(dir, {}), null, 'path.txt but no dist/');
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    assert.equal(findElectronBinary(dir, {}), join(dir, 'dist', 'electron'));
    assert.equal(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') }), join(dir, 'dist', 'electron'));
    assert.equal(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') }), null);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
