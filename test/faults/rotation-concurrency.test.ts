// Root rotation through sync, and two syncs at once (same process and two processes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCore } from '../../main/domain/sync/core.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import { LIFELINE_COMMAND } from '../helpers/cli.ts';
import { sampleBundle } from '../helpers/tuf-repo.ts';
import { assertKept, freshHarnessPerTest, floorOf, TEST_LIMITS } from './harness.ts';

const harness = freshHarnessPerTest();

test('root rotation signed by the old and the new root keys is followed', async () => {
  const t = harness();
  await t.repo.rotate({ root: 1, targets: 1 });
  await t.repo.publish(sampleBundle({ title: 'after rotation' }));
  const outcome = await t.sync();
  assert.equal(outcome.result, 'installed', outcome.message);
  assert.equal((await t.local()).trusted.roles.root.version, 2);
  // The next sync starts from the rotated root we stored, not the pinned version 1.
  await t.repo.publish(sampleBundle({ title: 'signed by the new targets key' }));
  assert.equal((await t.sync()).result, 'installed');
});

test('root rotation signed only by the new keys is refused', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  const oldRootKeyIds = (JSON.parse(t.repo.rootBytes.toString()) as { signed: { roles: { root: { keyids: string[] } } } }).signed.roles.root
    .keyids;
  await t.repo.rotate({ root: 1, targets: 1 });
  await t.repo.publish(sampleBundle({ title: 'after rotation' }));
  const path = join(t.repo.repoDir, 'metadata', '2.root.json');
  const root2 = JSON.parse(await readFile(path, 'utf8')) as { signatures: { keyid: string }[] };
  root2.signatures = root2.signatures.filter((s) => !oldRootKeyIds.includes(s.keyid));
  await writeFile(path, JSON.stringify(root2));
  await assertKept(t, await t.sync(), { version: 1, message: /2\.root\.json.*signature threshold/i, floor });
});

test('two syncs at once in one process join; a second app instance waits for the lock', async () => {
  const t = harness();
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  const options = {
    stateDir: t.stateDir,
    sources: [{ location: t.server.url, insecure: false }],
    root: t.repo.rootBytes,
    verify: createTufVerifier({ limits: TEST_LIMITS }),
    lock: { waitMs: 10_000, pollMs: 10 },
  };
  const app = createCore(options);
  const second = createCore(options); // another instance on the same state directory
  const [a, b, c] = await Promise.all([app.syncNow(), app.syncNow(), second.syncNow()]);
  assert.equal(a, b, 'the overlapping call joined the running sync');
  assert.deepEqual([a.result, c.result].sort(), ['installed', 'unchanged'], `${a.message} / ${c.message}`);
  const local = await t.local();
  assert.equal(local.active?.manifest.bundle.version, 2);
  assert.equal(local.manifests.length, 2, 'exactly one new generation');
});

test('two CLI syncs at once in separate processes: both succeed, one installs', async () => {
  const t = harness();
  await t.repo.publish(sampleBundle({ title: 'v2' }));
  const run = () =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const args = [LIFELINE_COMMAND[1], 'sync', '--source', t.repo.repoDir, '--root', t.repo.rootPath, '--state', t.stateDir];
      const proc = spawn(LIFELINE_COMMAND[0], args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const guard = setTimeout(() => proc.kill('SIGKILL'), 60_000);
      proc.on('exit', (code) => {
        clearTimeout(guard);
        resolve({ code, out });
      });
    });
  const [a, b] = await Promise.all([run(), run()]);
  assert.equal(a.code, 0, a.out);
  assert.equal(b.code, 0, b.out);
  assert.equal([a.out, b.out].filter((o) => /Installed acme-support version 2/.test(o)).length, 1, `${a.out}\n${b.out}`);
  const local = await t.local();
  assert.equal(local.active?.manifest.bundle.version, 2);
  assert.equal(local.manifests.length, 2);
});
