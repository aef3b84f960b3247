// The repository writer: layout, version continuity after a crash, refusals that protect the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleSchema } from '../../../main/model/bundle.ts';
import { verifyRepository } from '../../../main/domain/tuf/client/verify.ts';
import { parseDuration } from '../../../main/domain/tuf/signing/duration.ts';
import { ISSUED_FIELD } from '../../../main/domain/tuf/shared/metadata-facts.ts';
import { bundleBytes, publishBundle } from '../../../main/domain/tuf/signing/publish-bundle.ts';
import { writeFileDurable } from '../../../main/domain/files/durable-write.ts';
import { publishTarget } from '../../../main/domain/tuf/signing/repository.ts';
import { createTestRepo, sampleBundle, TEST_EXPIRES } from '../../helpers/tuf-repo.ts';

async function setup(t: { after(fn: () => unknown): void }, options: Parameters<typeof createTestRepo>[0] = {}) {
  const repo = await createTestRepo(options);
  const work = await mkdtemp(join(tmpdir(), 'lifeline-work-'));
  t.after(() => Promise.all([repo.cleanup(), rm(work, { recursive: true, force: true })]));
  const verify = () => verifyRepository({ source: repo.repoDir, trustedRoot: repo.rootBytes, workDir: work });
  return { repo, verify };
}

test('durations: 30m, 12h, 7d, 2w, 1y; nonsense refused', () => {
  assert.equal(parseDuration('30m'), 30 * 60_000);
  assert.equal(parseDuration('12h'), 12 * 3_600_000);
  assert.equal(parseDuration('7d'), 7 * 86_400_000);
  assert.equal(parseDuration('2w'), 14 * 86_400_000);
  assert.equal(parseDuration('1y'), 365 * 86_400_000);
  for (const bad of ['', '7', 'd', '0d', '-1d', '1.5d', '7 days', '999999y', '1e3d']) assert.equal(parseDuration(bad), null, bad);
});

test('consistent-snapshot layout, signed issue time, bundle stamped with the targets version', async (t) => {
  const { repo } = await setup(t);
  const now = new Date('2026-11-20T10:00:00Z');
  const result = await repo.publish(sampleBundle(), { now, expiresIn: { timestamp: 86_400_000 } });
  assert.deepEqual((await readdir(join(repo.repoDir, 'metadata'))).sort(), [
    '1.root.json',
    '1.snapshot.json',
    '1.targets.json',
    'timestamp.json',
  ]);
  assert.equal(result.expires.timestamp, '2026-11-21T10:00:00Z');
  const bundle = BundleSchema.parse(JSON.parse(await readFile(join(repo.repoDir, result.targetFile), 'utf8')));
  assert.equal(bundle.version, 1);
  assert.equal(bundle.publishedAt, '2026-11-20T10:00:00Z');
  for (const role of ['timestamp', 'snapshot', 'targets'] as const) {
    const json = JSON.parse(await readFile(join(repo.repoDir, await repo.currentFile(role)), 'utf8')) as {
      signed: Record<string, unknown>;
    };
    assert.equal(json.signed[ISSUED_FIELD], '2026-11-20T10:00:00Z', role);
  }
  const root = JSON.parse(await readFile(join(repo.repoDir, 'metadata', '1.root.json'), 'utf8')) as {
    signed: { consistent_snapshot: boolean };
  };
  assert.equal(root.signed.consistent_snapshot, true);
});

test('a publish that crashed after writing targets leaves the old version served and its number unused', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  // As if the process died after writing 2.targets.json (each file is atomic, the set is not).
  const orphan = '{"signed":{"_type":"targets","version":2},"signatures":[]}';
  await writeFile(join(repo.repoDir, 'metadata', '2.targets.json'), orphan);
  assert.equal((await verify()).bundle.version, 1);
  const next = await repo.publish(sampleBundle({ title: 'after the crash' }));
  assert.equal(next.version, 3);
  assert.equal(await readFile(join(repo.repoDir, 'metadata', '2.targets.json'), 'utf8'), orphan, 'never overwritten');
  const verified = await verify();
  assert.equal(verified.bundle.version, 3);
  assert.equal(verified.bundle.title, 'after the crash');
});

test('the writer refuses a repository of other keys, a newer root, absurd versions and missing keys', async (t) => {
  const { repo } = await setup(t);
  const other = await createTestRepo();
  t.after(() => other.cleanup());
  await repo.publish();
  await assert.rejects(
    publishBundle({
      repo: repo.repoDir,
      keys: await other.keys(),
      content: sampleBundle(),
      now: new Date(),
      expiresIn: { targets: 1e9, snapshot: 1e9, timestamp: 1e9 },
    }),
    /1\.root\.json in the repository differs from the keys directory's/,
  );
  await writeFile(join(repo.repoDir, 'metadata', '2.root.json'), '{}');
  await assert.rejects(repo.publish(), /already has root version 2, newer than the keys directory's 1/);
  await rm(join(repo.repoDir, 'metadata', '2.root.json'));
  await writeFile(join(repo.repoDir, 'metadata', '99999999999999999999.targets.json'), '{}');
  await assert.rejects(repo.publish(), /absurd version number/);
  await rm(join(repo.repoDir, 'metadata', '99999999999999999999.targets.json'));
  const pems = await readdir(join(repo.keysDir, 'private'));
  await rm(
    join(
      repo.keysDir,
      'private',
      pems.find((n) => n.startsWith('snapshot-'))!,
    ),
  );
  await assert.rejects(repo.publish(), /only 0 of the 1 snapshot key\(s\)/);
});

test('threshold 2 keys sign with both; timestamp re-signing keeps the snapshot', async (t) => {
  const counts = { root: 2, targets: 2, snapshot: 2, timestamp: 2 };
  const { repo, verify } = await setup(t, { counts, thresholds: counts });
  await repo.publish();
  await repo.timestamp({ expiresIn: 3_600_000 });
  const verified = await verify();
  assert.equal(verified.versions.timestamp, 2);
  assert.equal(verified.versions.snapshot, 1);
  assert.equal(verified.targetsKeyIds.length, 2);
  assert.ok(Date.parse(verified.expires.timestamp) - Date.now() <= 3_600_000);
});

test('a lost timestamp.json is not silently restarted at version 1', async (t) => {
  const { repo } = await setup(t);
  await repo.publish();
  await rm(join(repo.repoDir, 'metadata', 'timestamp.json'));
  await assert.rejects(repo.publish(), /timestamp\.json is missing although 1\.snapshot\.json exists/);
});

test('a publish interrupted before any of its four writes leaves a repository clients verify', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  const keys = await repo.keys();
  for (let crashAt = 1; crashAt <= 4; crashAt++) {
    let writes = 0;
    const write = async (path: string, data: Uint8Array) => {
      if (++writes === crashAt) throw new Error('simulated crash');
      await writeFileDurable(path, data, { makeDirs: true });
    };
    const content = sampleBundle({ title: `attempt ${crashAt}` });
    await assert.rejects(
      publishTarget({
        repo: repo.repoDir,
        keys,
        targetName: 'bundle.json',
        makeTarget: (v) => bundleBytes(content, v, new Date()),
        now: new Date(),
        expiresIn: TEST_EXPIRES,
        write,
      }),
      /simulated crash/,
    );
    const served = await verify();
    assert.equal(served.bundle.title, 'ACME support plans', `crash before write ${crashAt}`);
  }
  const after = await repo.publish(sampleBundle({ title: 'recovered' }));
  assert.ok(after.version > 1);
  assert.equal((await verify()).bundle.title, 'recovered');
});
