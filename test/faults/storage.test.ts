// Disk full, failing renames, corrupted pointers and generations, lost trusted state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFsPort, errnoError, type FsOp } from '../../main/domain/files/fs-port.ts';
import { generationDir, stateLayout } from '../../main/domain/storage/layout.ts';
import { createCore } from '../../main/domain/sync/core.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import { sampleBundle } from '../helpers/tuf-repo.ts';
import { assertKept, freshHarnessPerTest, floorOf, TEST_LIMITS, type Harness } from './harness.ts';

const harness = freshHarnessPerTest();

/** An fs whose `op` fails with `code` on paths matching `where`, `times` times (all when omitted). */
function failing(op: FsOp, where: RegExp, code: string, times = Infinity) {
  let left = times;
  return createFsPort((o, path) => {
    if (o === op && where.test(path) && left-- > 0) throw errnoError(code, o, path);
  });
}

const diskFull: { at: string; op: FsOp; where: RegExp }[] = [
  { at: 'staging (writing the bundle)', op: 'write', where: /staging.*bundle\.json$/ },
  { at: 'fsync of a staged file', op: 'fsync', where: /staging.*targets\.json$/ },
  { at: 'rename into generations', op: 'rename', where: /generations/ },
  { at: 'the pointer swap', op: 'write', where: /current\.json/ },
];

for (const c of diskFull) {
  test(`disk full (ENOSPC) at ${c.at}: nothing installed, version 1 intact, then a healthy sync works`, async () => {
    const t = harness();
    const floor = floorOf((await t.local()).trusted);
    await t.repo.publish(sampleBundle({ title: 'v2' }));
    await assertKept(t, await t.sync({ fs: failing(c.op, c.where, 'ENOSPC') }), { version: 1, message: /disk is full/, floor });
    assert.deepEqual(await readdir(stateLayout(t.stateDir).staging), [], 'no staging leftovers');
    const healthy = await t.sync();
    assert.equal(healthy.result, 'installed', healthy.message);
  });
}

test('a rename failing with EBUSY twice is retried; failing for good, the old copy stays', async () => {
  const t = harness();
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  const retried = await t.sync({ fs: failing('rename', /generations/, 'EBUSY', 2) });
  assert.equal(retried.result, 'installed', retried.message);
  const floor = floorOf((await t.local()).trusted);
  await t.repo.publish(sampleBundle({ title: 'v3' }));
  await assertKept(t, await t.sync({ fs: failing('rename', /current\.json/, 'EPERM') }), { version: 2, message: /EPERM/, floor });
});

test('a real tiny tmpfs filling up during sync (skipped where mount is not allowed)', async (ctx) => {
  const t = harness();
  const { execFileSync } = await import('node:child_process');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const mnt = await mkdtemp('/tmp/lifeline-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt], { stdio: 'ignore' });
  } catch {
    await rm(mnt, { recursive: true, force: true });
    ctx.skip('mount -t tmpfs is not permitted here; ENOSPC is injected in the tests above');
    return;
  }
  try {
    const { runSync } = await import('../../main/domain/sync/sync-once.ts');
    const ctxFor = { ...t.ctx(), layout: stateLayout(mnt) };
    const source = [{ location: t.server.url, insecure: false }];
    assert.equal((await runSync(ctxFor, { sources: source, root: t.repo.rootBytes })).result, 'installed');
    // A bundle larger than the whole file system: a runbook with 400 KB of incompressible text.
    const { randomBytes } = await import('node:crypto');
    const big = sampleBundle();
    big.runbooks[0]!.body = randomBytes(300 * 1024).toString('base64');
    await t.repo.publish(big);
    const outcome = await runSync(ctxFor, { sources: source, root: t.repo.rootBytes });
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /disk is full|ENOSPC/);
    assert.equal(outcome.status.version, 1);
  } finally {
    execFileSync('umount', [mnt]);
    await rm(mnt, { recursive: true, force: true });
  }
});

async function installTwo(t: Harness) {
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  assert.equal((await t.sync()).result, 'installed');
  const local = await t.local();
  assert.equal(local.active?.manifest.bundle.version, 2);
  return local;
}

for (const [name, bytes] of [
  ['zero-length', Buffer.alloc(0)],
  ['NUL-filled', Buffer.alloc(120)],
  ['garbage', Buffer.from('{"generation":"../../etc"')],
] as const) {
  test(`a ${name} pointer: the newest intact generation is used and the start says so`, async () => {
    const t = harness();
    await installTwo(t);
    await writeFile(stateLayout(t.stateDir).pointer, bytes);
    const core = createCore({
      stateDir: t.stateDir,
      sources: [],
      root: t.repo.rootBytes,
      verify: createTufVerifier({ limits: TEST_LIMITS }),
    });
    const status = await core.start();
    core.stop();
    assert.equal(status.version, 2);
    assert.match(status.recovered ?? '', /pointer/);
    assert.equal((await t.local()).pointerStale, false, 'the pointer was repaired');
  });
}

test('a bit flip inside the active generation: fall back to the previous one, say so, then sync repairs', async () => {
  const t = harness();
  const local = await installTwo(t);
  const floor = floorOf(local.trusted);
  const bundlePath = join(generationDir(stateLayout(t.stateDir), local.active!.manifest.id), 'bundle.json');
  const bytes = await readFile(bundlePath);
  bytes[100] = bytes[100]! ^ 0x04;
  await writeFile(bundlePath, bytes);
  const core = createCore({
    stateDir: t.stateDir,
    sources: [{ location: t.server.url, insecure: false }],
    root: t.repo.rootBytes,
    verify: createTufVerifier({ limits: TEST_LIMITS }),
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
  });
  const status = await core.start();
  assert.equal(status.version, 1, 'the previous generation is active');
  assert.match(status.recovered ?? '', /failed its re-check.*bundle\.json/);
  assert.ok(floorOf((await t.local()).trusted).targets! >= floor.targets!, 'floor still at version 2');
  const synced = await core.syncNow();
  core.stop();
  assert.equal(synced.status.version, 2, synced.message);
});

test('deleting both trusted-state files does not reset the floor: rollback is still refused', async () => {
  const t = harness();
  const old = await t.repo.copyRepo();
  await installTwo(t);
  const floor = floorOf((await t.local()).trusted);
  for (const copy of stateLayout(t.stateDir).trustedCopies) await unlink(copy);
  t.server.repoDir = old;
  await assertKept(t, await t.sync(), { version: 2, message: /rollback/i, floor });
  // A corrupt copy is no better than a deleted one.
  await writeFile(stateLayout(t.stateDir).trustedCopies[0], '{"sha256":"0","body":{}}');
  await assertKept(t, await t.sync(), { version: 2, message: /rollback/i, floor });
});
