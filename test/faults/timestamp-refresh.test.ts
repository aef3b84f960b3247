// The publisher's cron re-signs only the timestamp: a sync then costs at most 3 small requests, stores
// the fresher metadata into the active generation (no new generation, older versions kept), clears a
// stale flag, and survives a crash at any step with a generation that re-checks clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsPort, errnoError, type FsOp } from '../../main/domain/files/fs-port.ts';
import { checkGeneration } from '../../main/domain/storage/generation-check.ts';
import { generationDir, stateLayout } from '../../main/domain/storage/layout.ts';
import { readLocalState } from '../../main/domain/storage/local-state.ts';
import { runSync } from '../../main/domain/sync/sync-once.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import { sampleBundle } from '../helpers/tuf-repo.ts';
import { freshHarnessPerTest, TEST_LIMITS } from './harness.ts';

const harness = freshHarnessPerTest();

test('a timestamp-only refresh: at most 3 requests, no targets or bundle bytes, no new generation, re-check passes', async () => {
  const t = harness();
  const before = await t.local();
  assert.ok(before.active);
  // A day longer than the first timestamp's 7 days (expiry times are whole seconds).
  await t.repo.timestamp({ expiresIn: 8 * 86_400_000 });
  t.server.resetCounters();
  const outcome = await t.sync();
  assert.equal(outcome.ok, true, outcome.message);
  assert.equal(outcome.result, 'unchanged');
  assert.match(outcome.message, /up to date: acme-support version 1 \(fresher signed metadata stored\)/);
  assert.ok(t.server.requests.length <= 3, `requests: ${t.server.requests.join(', ')}`);
  assert.deepEqual(
    t.server.requests.filter((p) => /targets/.test(p)),
    [],
    'no targets metadata, no bundle',
  );
  assert.ok(t.server.bytesSent < 8_000, `${t.server.bytesSent} bytes: timestamps and a 404 only`);

  const after = await t.local();
  assert.ok(after.active);
  assert.equal(after.recovered, null);
  assert.equal(after.manifests.length, before.manifests.length, 'no new generation');
  assert.equal(after.active.manifest.id, before.active.manifest.id);
  assert.equal(after.active.manifest.versions.timestamp, before.active.manifest.versions.timestamp + 1);
  assert.equal(after.active.manifest.files['bundle.json'], before.active.manifest.files['bundle.json']);
  assert.ok(Date.parse(after.active.manifest.expires) > Date.parse(before.active.manifest.expires), 'expiry moved on');
  assert.equal(outcome.status.expires, after.active.manifest.expires);
  assert.equal(after.trusted.roles.timestamp.version, after.active.manifest.versions.timestamp, 'floor raised');
  // The start-up re-check (a new process) accepts the refreshed generation.
  const check = await checkGeneration(createFsPort(), generationDir(stateLayout(t.stateDir), after.active.manifest.id));
  assert.equal(check.ok, true, check.ok ? '' : check.error);
  // Only the refreshed files and the superseded ones (kept one round for readers) are there.
  const names = await readdir(generationDir(stateLayout(t.stateDir), after.active.manifest.id));
  assert.ok(
    names.every((n) => !n.endsWith('.tmp')),
    names.join(', '),
  );
  // The next sync sees the same timestamp: the root probe and the timestamp, still version 1.
  t.server.resetCounters();
  const again = await t.sync();
  assert.equal(again.result, 'unchanged', again.message);
  assert.match(again.message, /^up to date: acme-support version 1$/);
  assert.deepEqual(t.server.requests, ['/metadata/2.root.json', '/metadata/timestamp.json']);
});

test('repeated refreshes keep older bundle versions and leave no stray files; a new version still installs', async () => {
  const t = harness();
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  assert.equal((await t.sync()).result, 'installed');
  for (let i = 0; i < 5; i++) {
    await t.repo.timestamp();
    const outcome = await t.sync();
    assert.equal(outcome.ok, true, outcome.message);
    assert.match(outcome.message, /fresher signed metadata/);
  }
  const local = await t.local();
  assert.deepEqual(
    local.manifests.map((m) => m.bundle.version),
    [2, 1],
    'no generation per refresh',
  );
  assert.equal(local.recovered, null);
  const names = await readdir(generationDir(stateLayout(t.stateDir), local.active!.manifest.id));
  // bundle, root, snapshot, targets, manifest + the current and the previous timestamp, nothing older.
  assert.equal(names.length, 7, names.join(', '));
  assert.equal(names.filter((n) => n.startsWith('timestamp.')).length, 2, names.join(', '));
  await t.repo.publish(sampleBundle({ title: 'v3' }));
  const v3 = await t.sync();
  assert.equal(v3.result, 'installed', v3.message);
  assert.deepEqual(
    (await t.local()).manifests.map((m) => m.bundle.version),
    [3, 2, 1],
  );
});

test('a fresh timestamp clears stale; the status shows the new verified-at and expiry', async () => {
  const t = harness();
  await t.repo.timestamp({ expiresIn: 60_000 });
  assert.equal((await t.sync()).ok, true);
  t.clock.now = new Date(Date.now() + 120_000);
  const frozen = await t.sync();
  assert.equal(frozen.ok, false, 'the source still serves the expired timestamp');
  assert.equal(frozen.status.stale, true);
  await t.repo.timestamp();
  const fresh = await t.sync();
  assert.equal(fresh.ok, true, fresh.message);
  assert.equal(fresh.result, 'unchanged');
  assert.equal(fresh.status.stale, false);
  assert.equal(fresh.status.staleReason, null);
  assert.equal(fresh.status.verifiedAt, t.clock.now.toISOString());
  assert.ok(Date.parse(fresh.status.expires!) > t.clock.now.getTime() + 86_400_000);
  assert.equal(fresh.status.generations.length, 1);
});

/** An fs that works until mutating operation number `dieAt`, then fails everything: a process killed there. */
function dyingFs(dieAt: number) {
  let mutations = 0;
  let dead = false;
  const mutating = new Set<FsOp>(['write', 'fsync', 'rename', 'mkdir', 'rm']);
  const port = createFsPort((op, path) => {
    if (!dead && mutating.has(op) && ++mutations >= dieAt) dead = true;
    if (dead) throw errnoError('EIO', op, path);
  });
  return { port, died: () => dead };
}

test(
  'killed before any write step of a refresh, the state re-checks clean with the old or the new timestamp',
  { timeout: 120_000 },
  async () => {
    const t = harness();
    const pristine = await t.local();
    const oldVersion = pristine.active!.manifest.versions.timestamp;
    await t.repo.timestamp();
    const verify = createTufVerifier({ limits: TEST_LIMITS });
    const work = await mkdtemp(join(tmpdir(), 'lifeline-refresh-crash-'));
    const seen = new Set<number>();
    try {
      let completed = false;
      let runs = 0;
      for (let dieAt = 1; dieAt < 80 && !completed; dieAt++) {
        runs++;
        const stateDir = join(work, `state-${dieAt}`);
        await cp(t.stateDir, stateDir, { recursive: true });
        const layout = stateLayout(stateDir);
        const fs = dyingFs(dieAt);
        const ctx = { fs: fs.port, layout, verify, clock: () => t.clock.now, retry: { sleep: async () => {} } };
        await runSync(ctx, { sources: [{ location: t.server.url, insecure: false }], root: t.repo.rootBytes });
        completed = !fs.died();
        const local = await readLocalState(createFsPort(), layout);
        assert.ok(local.active, `dieAt ${dieAt}: a generation is active`);
        assert.equal(local.recovered, null, `dieAt ${dieAt}: it re-checks clean`);
        assert.equal(local.active.manifest.id, pristine.active!.manifest.id);
        const version = local.active.manifest.versions.timestamp;
        assert.ok(version === oldVersion || version === oldVersion + 1, `dieAt ${dieAt}: timestamp version ${version}`);
        assert.ok(local.trusted.roles.timestamp.version >= version, `dieAt ${dieAt}: floor covers the active copy`);
        seen.add(version);
        // After the restart, a healthy sync finishes the refresh.
        const healthy = await runSync(
          { ...ctx, fs: createFsPort() },
          { sources: [{ location: t.server.url, insecure: false }], root: t.repo.rootBytes },
        );
        assert.equal(healthy.ok, true, `dieAt ${dieAt}: ${healthy.message}`);
        const final = await readLocalState(createFsPort(), layout);
        assert.equal(final.active?.manifest.versions.timestamp, oldVersion + 1);
        assert.equal(final.manifests.length, 1, `dieAt ${dieAt}: still one generation`);
        await rm(stateDir, { recursive: true, force: true });
      }
      assert.ok(completed, 'some run got through every write step');
      // Three atomic writes of 4 steps each in the refresh alone, plus trusted state, record and clean-up.
      assert.ok(runs > 12, `crashes at ${runs} points`);
      process.stdout.write(`# crash points exercised: ${runs}\n`);
      assert.deepEqual([...seen].sort(), [oldVersion, oldVersion + 1], 'crashes landed before and after the manifest swap');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
);
