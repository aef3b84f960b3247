import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalStatus } from '../../../main/model/status.ts';
import { createCore } from '../../../main/domain/sync/core.ts';
import { createFsPort, type FsPort } from '../../../main/domain/files/fs-port.ts';
import { createTufVerifier } from '../../../main/domain/sync/tuf-verifier.ts';
import { createTestRepo, sampleBundle, type TestRepo } from '../../helpers/tuf-repo.ts';

const demoDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
const noTimers = { setTimeout: () => 0, clearTimeout: () => {} };
let repo: TestRepo;
let stateDir: string;

before(async () => {
  repo = await createTestRepo();
  await repo.publish();
  stateDir = await mkdtemp(join(tmpdir(), 'lifeline-core-'));
});
after(async () => {
  await repo.cleanup();
  await rm(stateDir, { recursive: true, force: true });
});

test('nothing installed: start installs the embedded demo, verified against the demo root and marked demo', async () => {
  const demoRoot = await readFile(join(demoDir, 'root.json'));
  const core = createCore({
    stateDir,
    sources: [{ location: repo.repoDir, insecure: false }],
    root: repo.rootBytes,
    demo: { repoDir: join(demoDir, 'repo'), root: demoRoot },
    verify: createTufVerifier(),
    timers: noTimers,
  });
  const seen: LocalStatus[] = [];
  const unsubscribe = core.onChange((s) => seen.push(s));
  const status = await core.start();
  assert.equal(status.demo, true);
  assert.ok(status.version);
  assert.equal(status.lastAttempt, null, 'installing the demo is not a sync attempt');
  assert.ok((await core.bundle())?.vendors.length);
  // The scheduled first sync replaces the demo with the organisation's plans.
  const synced = await core.syncNow();
  core.stop();
  assert.equal(synced.result, 'installed', synced.message);
  assert.equal(synced.status.demo, false);
  assert.equal(synced.status.bundleId, 'acme-support');
  assert.equal(synced.status.changes?.fromVersion, null, 'no diff against demo data');
  assert.equal((await core.status()).demo, false);
  assert.ok(seen.length >= 2);
  unsubscribe();
});

test('importFromDirectory verifies exactly like a mirror; a wrong directory keeps the current copy', async () => {
  const core = createCore({ stateDir, sources: [], root: repo.rootBytes, verify: createTufVerifier(), timers: noTimers });
  await repo.publish(sampleBundle({ title: 'from a USB stick' }));
  const imported = await core.importFromDirectory(repo.repoDir);
  assert.equal(imported.result, 'installed', imported.message);
  assert.equal(imported.status.title, 'from a USB stick');
  const bad = await core.importFromDirectory(join(stateDir, 'no-such-dir'));
  assert.equal(bad.ok, false);
  assert.equal(bad.status.title, 'from a USB stick');
  assert.match(bad.message, /no-such-dir/);
});

test('with no source configured, Sync now says so and keeps the copy', async () => {
  const core = createCore({ stateDir, sources: [], root: null, verify: createTufVerifier(), timers: noTimers });
  const outcome = await core.syncNow();
  assert.equal(outcome.ok, false);
  assert.match(outcome.message, /no sources configured/);
  assert.equal(outcome.status.title, 'from a USB stick');
});

test('status notices an install made by another process (the CLI) without a restart', async () => {
  const core = createCore({ stateDir, sources: [], root: repo.rootBytes, verify: createTufVerifier(), timers: noTimers });
  const before = await core.status();
  await repo.publish(sampleBundle({ title: 'installed by the CLI' }));
  const other = createCore({
    stateDir,
    sources: [{ location: repo.repoDir, insecure: false }],
    root: repo.rootBytes,
    verify: createTufVerifier(),
    timers: noTimers,
  });
  assert.equal((await other.syncNow()).result, 'installed');
  const after = await core.status();
  assert.notEqual(after.version, before.version);
  assert.equal(after.title, 'installed by the CLI');
  assert.equal((await core.bundle())?.title, 'installed by the CLI');
});

test('a sync while another process holds the lock fails cleanly (no exception) and keeps the copy', async () => {
  const { acquireLock } = await import('../../../main/domain/storage/lock.ts');
  const { stateLayout } = await import('../../../main/domain/storage/layout.ts');
  const release = await acquireLock(stateLayout(stateDir).lock);
  try {
    const core = createCore({
      stateDir,
      sources: [{ location: repo.repoDir, insecure: false }],
      root: repo.rootBytes,
      verify: createTufVerifier(),
      timers: noTimers,
      lock: { waitMs: 50, pollMs: 10 },
    });
    const outcome = await core.syncNow();
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, new RegExp(`another Lifeline process \\(pid ${process.pid}\\) is syncing.*kept acme-support`));
    assert.ok(outcome.status.version);
  } finally {
    await release();
  }
});

test('an import without a pinned root is a failed outcome, not an exception', async () => {
  const core = createCore({ stateDir, sources: [], root: null, verify: createTufVerifier(), timers: noTimers });
  const outcome = await core.importFromDirectory(repo.repoDir);
  assert.equal(outcome.ok, false);
  assert.match(outcome.message, /no pinned root/);
  assert.ok(outcome.status.version);
});

test('a source verified against the demo root stays flagged demo', async () => {
  const demoRoot = await readFile(join(demoDir, 'root.json'));
  const demoState = await mkdtemp(join(tmpdir(), 'lifeline-core-demo-'));
  try {
    const core = createCore({
      stateDir: demoState,
      sources: [{ location: join(demoDir, 'repo'), insecure: false }],
      root: demoRoot,
      demo: { repoDir: join(demoDir, 'repo'), root: demoRoot },
      verify: createTufVerifier(),
      timers: noTimers,
    });
    const outcome = await core.syncNow();
    assert.equal(outcome.ok, true, outcome.message);
    assert.equal(outcome.status.demo, true);
    assert.equal((await core.status()).demo, true);
  } finally {
    await rm(demoState, { recursive: true, force: true });
  }
});

test('start re-checks the installed bundle once, and calls made meanwhile wait for it and share that read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-core-start-'));
  try {
    const first = createCore({ stateDir: dir, sources: [], root: repo.rootBytes, verify: createTufVerifier(), timers: noTimers });
    assert.equal((await first.importFromDirectory(repo.repoDir)).result, 'installed');
    const real = createFsPort();
    let bundleReads = 0;
    const fs: FsPort = {
      ...real,
      readFile: (path, limit) => {
        if (/bundle[^/]*\.json$/.test(path)) bundleReads++;
        return real.readFile(path, limit);
      },
    };
    const core = createCore({ stateDir: dir, sources: [], root: repo.rootBytes, verify: createTufVerifier(), timers: noTimers, fs });
    const pointed = await core.pointedGeneration();
    assert.equal(bundleReads, 0, 'the pointed generation comes from its manifest alone');
    const starting = core.start();
    const early = await Promise.all([core.status(), core.bundle(), core.activeGeneration(), core.status()]);
    const started = await starting;
    assert.equal(bundleReads, 1, 'one read of the bundle for the start-up check and every early call');
    assert.equal(early[0].version, started.version);
    assert.ok(early[1]?.vendors.length);
    assert.equal(early[2]?.ref.generationId, pointed?.generationId);
    assert.equal(early[2]?.ref.bundleHash, pointed?.bundleHash);
    core.stop();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
