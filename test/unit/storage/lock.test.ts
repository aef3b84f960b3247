import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock } from '../../../main/domain/storage/lock.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

async function withDir(fn: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-lock-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the lock holds our pid, excludes a second holder until released', () =>
  withDir(async (dir) => {
    const path = join(dir, 'sync.lock');
    const release = await acquireLock(path);
    assert.equal((JSON.parse(await readFile(path, 'utf8')) as { pid: number }).pid, process.pid);
    await assert.rejects(acquireLock(path, { waitMs: 50, pollMs: 10 }), (e: unknown) => isLifelineError(e, 'lock-busy'));
    await release();
    const again = await acquireLock(path, { waitMs: 50 });
    await again();
  }));

test('a second contender waits and gets the lock when the first releases', () =>
  withDir(async (dir) => {
    const path = join(dir, 'sync.lock');
    const release = await acquireLock(path);
    const order: string[] = [];
    const waiting = acquireLock(path, { waitMs: 2_000, pollMs: 5 }).then((r) => {
      order.push('second');
      return r;
    });
    await new Promise((r) => setTimeout(r, 30));
    order.push('first released');
    await release();
    await (
      await waiting
    )();
    assert.deepEqual(order, ['first released', 'second']);
  }));

test('a lock left by a dead process (kill -9) is taken over', () =>
  withDir(async (dir) => {
    const path = join(dir, 'sync.lock');
    await writeFile(path, JSON.stringify({ pid: 999_999, host: hostname(), at: new Date().toISOString() }));
    const release = await acquireLock(path, { waitMs: 100, isAlive: () => false });
    assert.equal((JSON.parse(await readFile(path, 'utf8')) as { pid: number }).pid, process.pid);
    await release();
  }));

test('a fresh empty lock (holder between create and write) is not stolen at once', () =>
  withDir(async (dir) => {
    const path = join(dir, 'sync.lock');
    await writeFile(path, '');
    await assert.rejects(acquireLock(path, { waitMs: 60, pollMs: 10 }), (e: unknown) => isLifelineError(e, 'lock-busy'));
  }));

test('an empty or half-written lock past the stale age (holder killed mid-write) is taken over', () =>
  withDir(async (dir) => {
    const path = join(dir, 'sync.lock');
    for (const leftover of ['', '{"pid": 12']) {
      await writeFile(path, leftover);
      const old = new Date(Date.now() - 60_000);
      await utimes(path, old, old);
      const release = await acquireLock(path, { waitMs: 2_000, pollMs: 10 });
      assert.equal((JSON.parse(await readFile(path, 'utf8')) as { pid: number }).pid, process.pid);
      await release();
    }
  }));
