// A sync.lock nobody holds any more must never block a later sync, whatever pid or host it names; a
// lock its holder keeps refreshing is respected; and a sync that could not get the lock shows in status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock } from '../../main/domain/storage/lock.ts';
import { runSync } from '../../main/domain/sync/sync-once.ts';
import { runLifeline } from '../helpers/cli.ts';
import { createTestRepo, type TestRepo } from '../helpers/tuf-repo.ts';
import { freshHarnessPerTest } from './harness.ts';
import { isLifelineError } from '../../main/model/errors.ts';

async function syncedState(t: { after(fn: () => unknown): void }): Promise<{ repo: TestRepo; state: string }> {
  const repo = await createTestRepo();
  await repo.publish();
  const state = join(await mkdtemp(join(tmpdir(), 'lifeline-lock-')), 'state');
  await mkdir(state, { recursive: true });
  t.after(async () => {
    await repo.cleanup();
    await rm(join(state, '..'), { recursive: true, force: true });
  });
  return { repo, state };
}

function cliSync(repo: TestRepo, state: string) {
  const started = Date.now();
  const run = runLifeline(['sync', '--source', repo.repoDir, '--root', repo.rootPath, '--state', state], { timeoutMs: 90_000 });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

test('a crashed holder whose pid now belongs to a live, unrelated process: the next sync takes the lock at once', async (t) => {
  const { repo, state } = await syncedState(t);
  const lock = join(state, 'sync.lock');
  // pid 1 is always alive; the lock was last refreshed ten minutes ago.
  await writeFile(lock, JSON.stringify({ pid: 1, host: hostname(), at: new Date(Date.now() - 600_000).toISOString() }));
  const old = new Date(Date.now() - 600_000);
  await utimes(lock, old, old);
  const run = cliSync(repo, state);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Installed acme-support version 1/m);
  assert.ok(run.seconds < 10, `took ${run.seconds} s`);
});

test('a fresh-looking lock from another host that nobody refreshes is stale after a bounded age, not 61 s and a failure', async (t) => {
  const { repo, state } = await syncedState(t);
  await writeFile(join(state, 'sync.lock'), JSON.stringify({ pid: 4242, host: 'some-other-machine', at: new Date().toISOString() }));
  const run = cliSync(repo, state);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(run.seconds < 30, `took ${run.seconds} s`);
});

test('a lock its holder keeps refreshing is not taken over', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-lock-live-'));
  try {
    const path = join(dir, 'sync.lock');
    const release = await acquireLock(path, { staleMs: 200 });
    await assert.rejects(acquireLock(path, { staleMs: 200, waitMs: 1_000, pollMs: 20 }), (error: Error) => {
      assert.ok(isLifelineError(error, 'lock-busy'));
      assert.match(error.message, new RegExp(`pid ${process.pid}\\b`));
      return true;
    });
    await release();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const harness = freshHarnessPerTest();

test('a sync that cannot get the lock is recorded: lastAttempt failed, lastError says why', async () => {
  const t = harness();
  const before = (await t.local()).record.lastAttempt;
  assert.equal(before?.ok, true);
  const release = await acquireLock(join(t.stateDir, 'sync.lock'));
  try {
    const outcome = await runSync(
      { ...t.ctx(), lock: { waitMs: 200, pollMs: 20 } },
      { sources: [{ location: t.server.url, insecure: false }], root: t.repo.rootBytes },
    );
    assert.equal(outcome.ok, false);
    assert.equal(outcome.status.lastAttempt?.ok, false);
    assert.match(outcome.status.lastError ?? '', /another Lifeline process \(pid \d+\) is syncing this state directory/);
  } finally {
    await release();
  }
  const status = runLifeline(['status', '--state', t.stateDir, '--json']);
  const json = JSON.parse(status.stdout) as { lastAttempt: { ok: boolean } | null; lastError: string | null; version: number };
  assert.equal(json.lastAttempt?.ok, false);
  assert.match(json.lastError ?? '', /is syncing this state directory/);
  assert.equal(json.version, 1, 'the installed bundle is still served');
});
