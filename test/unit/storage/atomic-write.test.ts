import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurable } from '../../../main/domain/files/durable-write.ts';
import { createFsPort, errnoError } from '../../../main/domain/files/fs-port.ts';

async function withDir(fn: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-atomic-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('replaces a file and leaves no temp files', () =>
  withDir(async (dir) => {
    const path = join(dir, 'x.json');
    await writeFile(path, 'old');
    await writeFileDurable(path, Buffer.from('new'), { fs: createFsPort() });
    assert.equal(await readFile(path, 'utf8'), 'new');
    assert.deepEqual(await readdir(dir), ['x.json']);
  }));

test('retries a rename failing with EBUSY/EPERM a bounded number of times, then gives up leaving the old file', () =>
  withDir(async (dir) => {
    const path = join(dir, 'x.json');
    await writeFile(path, 'old');
    let renames = 0;
    const fs = createFsPort((op, p) => {
      if (op === 'rename') {
        renames++;
        throw errnoError(renames % 2 ? 'EPERM' : 'EBUSY', op, p);
      }
    });
    const sleeps: number[] = [];
    await assert.rejects(
      writeFileDurable(path, Buffer.from('new'), { fs, attempts: 4, sleep: async (ms) => void sleeps.push(ms) }),
      /EBUSY|EPERM/,
    );
    assert.equal(renames, 4);
    assert.equal(sleeps.length, 3);
    assert.equal(await readFile(path, 'utf8'), 'old', 'never a non-atomic overwrite');
    assert.deepEqual(await readdir(dir), ['x.json'], 'temp file removed');
  }));

test('a non-retryable error (EXDEV, ENOSPC) fails at once', () =>
  withDir(async (dir) => {
    let renames = 0;
    const fs = createFsPort((op, p) => {
      if (op === 'rename') {
        renames++;
        throw errnoError('EXDEV', op, p);
      }
    });
    await assert.rejects(writeFileDurable(join(dir, 'y'), Buffer.from('1'), { fs, sleep: async () => {} }), /EXDEV/);
    assert.equal(renames, 1);
  }));
