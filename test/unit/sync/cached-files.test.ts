// The verification client given the files of the active generation as a cache: a timestamp-only refresh
// downloads no targets metadata and no bundle, and a cached file that does not match the fresh metadata
// is downloaded again or refused, never believed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyRepository, type VerifyOptions } from '../../../main/domain/tuf/client/verify.ts';
import type { VerifiedRepository } from '../../../main/domain/tuf/client/inspect.ts';
import { createTestRepo, sampleBundle } from '../../helpers/tuf-repo.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

async function setup(t: { after(fn: () => unknown): void }) {
  const repo = await createTestRepo();
  const work = await mkdtemp(join(tmpdir(), 'lifeline-cache-'));
  t.after(() => Promise.all([repo.cleanup(), rm(work, { recursive: true, force: true })]));
  await repo.publish(sampleBundle({ title: 'first' }));
  const verify = (extra: Partial<VerifyOptions> = {}) =>
    verifyRepository({ source: repo.repoDir, trustedRoot: repo.rootBytes, workDir: work, ...extra });
  const first = await verify();
  return { repo, verify, first };
}

function held(r: VerifiedRepository) {
  return { timestamp: r.metadata.timestamp, snapshot: r.metadata.snapshot, targets: r.metadata.targets, bundle: r.bundleBytes };
}

function flipped(bytes: Uint8Array, at = Math.floor(bytes.length / 2)): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

async function refused(promise: Promise<unknown>, file: RegExp, reason: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isLifelineError(error, 'verify'), String(error));
    assert.match(error.detail.file, file, error.message);
    assert.match(error.detail.reason, reason, error.message);
    return true;
  });
}

test('a timestamp-only refresh with the held files fetches only the root probe and timestamp.json', async (t) => {
  const { repo, verify, first } = await setup(t);
  assert.equal(first.transfer.requests, 5, 'a first verification fetches root probe, timestamp, snapshot, targets, bundle');
  await repo.timestamp();
  const refreshed = await verify({ previous: held(first) });
  assert.equal(refreshed.transfer.requests, 2);
  assert.ok(refreshed.transfer.bytes < first.metadata.targets.length + first.bundleBytes.length, `${refreshed.transfer.bytes} bytes`);
  assert.equal(refreshed.versions.timestamp, first.versions.timestamp + 1);
  assert.equal(refreshed.bundleSha256, first.bundleSha256);
  assert.deepEqual(Buffer.from(refreshed.metadata.targets), Buffer.from(first.metadata.targets));
  assert.notDeepEqual(Buffer.from(refreshed.metadata.timestamp), Buffer.from(first.metadata.timestamp));
});

test('a tampered cached bundle is downloaded again and the signed one returned', async (t) => {
  const { repo, verify, first } = await setup(t);
  await repo.timestamp();
  const result = await verify({ previous: { ...held(first), bundle: flipped(first.bundleBytes) } });
  assert.equal(result.bundleSha256, first.bundleSha256);
  assert.deepEqual(Buffer.from(result.bundleBytes), Buffer.from(first.bundleBytes));
  assert.equal(result.transfer.requests, 3, 'root probe, timestamp, bundle');
  assert.ok(result.transfer.bytes >= first.bundleBytes.length);
  // A truncated copy and an empty one are treated the same way.
  for (const bundle of [first.bundleBytes.subarray(0, 100), Buffer.alloc(0)]) {
    const again = await verify({ previous: { ...held(first), bundle } });
    assert.equal(again.bundleSha256, first.bundleSha256);
  }
});

test('a tampered cached targets.json is downloaded again (bit flip, edited content, garbage)', async (t) => {
  const { repo, verify, first } = await setup(t);
  await repo.timestamp();
  const json = JSON.parse(Buffer.from(first.metadata.targets).toString('utf8')) as { signed: { expires: string } };
  json.signed.expires = '2099-01-01T00:00:00Z';
  const variants = [flipped(first.metadata.targets), Buffer.from(JSON.stringify(json)), Buffer.from('not json')];
  for (const targets of variants) {
    const result = await verify({ previous: { ...held(first), targets } });
    assert.deepEqual(
      Buffer.from(result.metadata.targets),
      Buffer.from(first.metadata.targets),
      'the signed targets.json, not the cached one',
    );
    assert.ok(result.transfer.requests >= 3, 'targets.json was fetched');
  }
});

test('held files of an older version are re-checked against the new snapshot and replaced', async (t) => {
  const { repo, verify, first } = await setup(t);
  await repo.publish(sampleBundle({ title: 'second' }));
  const result = await verify({ previous: held(first) });
  assert.equal(result.bundle.title, 'second');
  assert.equal(result.versions.targets, first.versions.targets + 1);
  assert.notEqual(result.bundleSha256, first.bundleSha256);
  const onDisk = await readFile(join(repo.repoDir, await repo.currentFile('bundle')));
  assert.deepEqual(Buffer.from(result.bundleBytes), onDisk);
});

test('a held snapshot that differs from the one the new timestamp names is refused, not believed', async (t) => {
  const { repo, verify, first } = await setup(t);
  // The repository re-signs snapshot (same version, other content), then a fresh timestamp names it.
  await repo.rewriteTargets((json) => {
    json.signed.expires = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  });
  await repo.timestamp();
  await refused(verify({ previous: held(first) }), /snapshot\.json/, /does not match the hash/);
});

test('a served timestamp of the same version with other content is refused (tuf-js would keep ours silently)', async (t) => {
  const { repo, verify, first } = await setup(t);
  await repo.rewriteTargets((json) => {
    json.signed.expires = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  });
  await refused(verify({ previous: held(first) }), /timestamp\.json/, /same version 1 .*different content/);
});
