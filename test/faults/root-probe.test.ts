// TUF client workflow 5.3 on the cheap path: every sync probes N+1.root.json before it trusts an
// unchanged timestamp, so a root rotation (and a key it revokes) is in force on the very next sync.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertKept, floorOf, freshHarnessPerTest, type Harness } from './harness.ts';

const harness = freshHarnessPerTest();

/** Ships root version `version` from the keys directory without publishing anything else. */
async function shipRoot(t: Harness, version: number): Promise<void> {
  await copyFile(join(t.repo.keysDir, 'roots', `${version}.root.json`), join(t.repo.repoDir, 'metadata', `${version}.root.json`));
}

const REFUSED = /timestamp\.json: signature threshold not met/;

/** Root 2, then root 3 revoking the timestamp key, shipped while the old timestamp is still served. */
async function revokeTimestampKey(): Promise<{ t: Harness; floor: Record<string, number> }> {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  await t.repo.rotate({ root: 1 });
  await t.repo.rotate({ timestamp: 1 });
  await shipRoot(t, 2);
  await shipRoot(t, 3);
  return { t, floor };
}

/** The mirror serves only what root 1 knew again. */
async function hideNewerRoots(t: Harness): Promise<void> {
  await rm(join(t.repo.repoDir, 'metadata', '2.root.json'));
  await rm(join(t.repo.repoDir, 'metadata', '3.root.json'));
}

test('a no-change sync: the root probe and the timestamp, at most 2 requests and under 4 KiB', async () => {
  const t = harness();
  t.server.resetCounters();
  const outcome = await t.sync();
  assert.equal(outcome.result, 'unchanged', outcome.message);
  assert.match(outcome.message, /^up to date: acme-support version 1$/);
  assert.deepEqual(t.server.requests, ['/metadata/2.root.json', '/metadata/timestamp.json']);
  assert.ok(t.server.bytesSent < 4096, `${t.server.bytesSent} bytes`);
});

test('a root rotation with the timestamp unchanged is stored and in force after one sync', async () => {
  const t = harness();
  await t.repo.rotate({ root: 1 });
  await shipRoot(t, 2);
  const outcome = await t.sync();
  assert.equal(outcome.ok, true, outcome.message);
  const local = await t.local();
  assert.equal(local.active?.manifest.versions.root, 2, 'the active generation holds root version 2');
  assert.equal(local.trusted.roles.root.version, 2, 'the floor moved to root version 2');
  assert.equal(local.active?.manifest.bundle.version, 1);
  assert.equal(local.recovered, null);
  // The next no-change sync probes for version 3 and trusts the stored root 2.
  t.server.resetCounters();
  const again = await t.sync();
  assert.equal(again.result, 'unchanged', again.message);
  assert.deepEqual(t.server.requests, ['/metadata/3.root.json', '/metadata/timestamp.json']);
});

test('root version 3 revoking the timestamp key while the old timestamp is still served is refused', async () => {
  const { t, floor } = await revokeTimestampKey();
  await assertKept(t, await t.sync(), { version: 1, message: REFUSED, floor });
  // Still refused on the next sync: the revoked key is never trusted again from this source.
  await assertKept(t, await t.sync(), { version: 1, message: REFUSED, floor });
});

test('a root reached before the sync was refused is kept: a mirror that then hides the newer roots is still refused', async () => {
  const { t, floor } = await revokeTimestampKey();
  await assertKept(t, await t.sync(), { version: 1, message: REFUSED, floor });
  const local = await t.local();
  assert.equal(local.trusted.roles.root.version, 3, 'the floor knows root version 3');
  assert.equal(local.active?.manifest.versions.root, 1, 'the installed copy is untouched');
  // The mirror now serves only what root 1 knew: the old timestamp, signed by the revoked key.
  await hideNewerRoots(t);
  t.server.resetCounters();
  const hidden = await t.sync();
  await assertKept(t, hidden, { version: 1, message: REFUSED, floor });
  assert.ok(t.server.requests.includes('/metadata/4.root.json'), t.server.requests.join(' '));
});

test('the kept root lost or corrupted: the floor still refuses a sync that starts below it', async () => {
  const { t, floor } = await revokeTimestampKey();
  await assertKept(t, await t.sync(), { version: 1, message: REFUSED, floor });
  await writeFile(join(t.stateDir, 'reached-root.json'), '{"signed": tru');
  await hideNewerRoots(t);
  const outcome = await t.sync();
  assert.equal(outcome.ok, false, outcome.message);
  assert.match(outcome.message, /root\.json version 1 is older than version 3 already trusted/);
});
