// Rollback, same version with different content, expired metadata, and a clock a year off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, rm, unlink } from 'node:fs/promises';
import { stateLayout } from '../../main/domain/storage/layout.ts';
import { runLifeline } from '../helpers/cli.ts';
import { sampleBundle } from '../helpers/tuf-repo.ts';
import { assertKept, freshHarnessPerTest, floorOf } from './harness.ts';

const YEAR = 365 * 86_400_000;
const harness = freshHarnessPerTest();

test('rollback to an older validly signed version is refused, also after a restart and a lost trusted-state copy', async () => {
  const t = harness();
  const old = await t.repo.copyRepo();
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  assert.equal((await t.sync()).result, 'installed');
  const floor = floorOf((await t.local()).trusted);
  t.server.repoDir = old;
  await assertKept(t, await t.sync(), { version: 2, message: /rollback/i, floor });
  // A restart is a new process reading the same state directory: the CLI, with one trusted copy deleted.
  // (It reads the old copy as a directory: spawnSync blocks this process, so our server could not answer.)
  await unlink(stateLayout(t.stateDir).trustedCopies[0]);
  const cli = runLifeline(['sync', '--source', old, '--root', t.repo.rootPath, '--state', t.stateDir]);
  assert.equal(cli.code, 0, 'the state still holds a verified bundle');
  assert.match(cli.stderr, /rollback/i);
  assert.match(cli.stdout, /installed nothing.*version 2/);
  await assertKept(t, await t.sync(), { version: 2, message: /rollback/i, floor });
});

test('the same version with different content is refused', async () => {
  const t = harness();
  const v1 = await t.repo.copyRepo();
  await t.repo.publish(sampleBundle({ title: 'v2 first' }));
  assert.equal((await t.sync()).result, 'installed');
  const floor = floorOf((await t.local()).trusted);
  // Re-publish version 2 with other content on top of the version 1 repository.
  await rm(t.repo.repoDir, { recursive: true });
  await cp(v1, t.repo.repoDir, { recursive: true });
  await t.repo.publish(sampleBundle({ title: 'v2 second' }));
  await assertKept(t, await t.sync(), {
    version: 2,
    message: /same version|different content|2\.targets\.json: hash does not match/i,
    floor,
  });
});

test('an expired timestamp is refused and the copy is reported stale once its own metadata expires', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  await t.repo.timestamp({ now: new Date(Date.now() - 10 * 86_400_000), expiresIn: 1000 });
  await assertKept(t, await t.sync(), { version: 1, message: /timestamp\.json.*expired/i, floor });
});

test('a clock set ahead a year marks the copy stale but destroys nothing; set back, it stays stale', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  const real = t.clock.now;
  t.clock.now = new Date(real.getTime() + YEAR);
  const ahead = await t.sync();
  await assertKept(t, ahead, { version: 1, message: /expired/i, floor });
  assert.equal(ahead.status.stale, true);
  assert.match(ahead.status.staleReason ?? '', /expired/);
  assert.ok(ahead.status.staleSince);
  // Now set back a year behind the real time: expired data must not look fresh again.
  t.clock.now = new Date(real.getTime() - YEAR);
  const back = await t.sync();
  assert.equal(back.status.stale, true, 'still stale with the clock set back');
  assert.equal(back.status.version, 1);
  assert.equal((await t.local()).active?.manifest.bundle.version, 1);
  // A newer timestamp signed by the publisher, with the clock right again, makes it fresh.
  t.clock.now = new Date();
  await t.repo.timestamp();
  const fresh = await t.sync();
  assert.equal(fresh.ok, true, fresh.message);
  assert.equal(fresh.status.stale, false);
});

test('a clock set back a year cannot make metadata fresh that expired by the highest signed time seen', async () => {
  const t = harness();
  // The publisher re-signs the timestamp with a short expiry; we verify it, so its signed time is our floor.
  await t.repo.timestamp({ expiresIn: 60_000 });
  assert.equal((await t.sync()).ok, true);
  const floor = floorOf((await t.local()).trusted);
  // Two minutes later the timestamp has expired; the clock is then set back a year.
  t.clock.now = new Date(Date.now() + 120_000);
  const expired = await t.sync();
  assert.equal(expired.status.stale, true);
  t.clock.now = new Date(Date.now() - YEAR);
  const outcome = await t.sync();
  assert.equal(outcome.status.stale, true, outcome.message);
  assert.ok(floorOf((await t.local()).trusted).timestamp! >= floor.timestamp!);
});
