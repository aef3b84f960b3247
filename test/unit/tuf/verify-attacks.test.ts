// The verification client against tampered, forged, stale and rolled-back repositories (directory source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSigningKey } from '../../../main/domain/tuf/signing/keys.ts';
import { loadKeysDir } from '../../../main/domain/tuf/signing/keys-dir.ts';
import { publishBundle } from '../../../main/domain/tuf/signing/publish-bundle.ts';
import { sampleBundle, TEST_EXPIRES } from '../../helpers/tuf-repo.ts';
import { rejects, setup, twoVersions, YEAR } from './attack-kit.ts';

test('tampered target (bit flip) is refused, naming the bundle file', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  const target = await repo.currentFile('bundle');
  await repo.flipBit(target);
  await rejects(verify(), /^targets\/[0-9a-f]{64}\.bundle\.json$/, 'mismatch', /hash does not match/);
});

test('metadata bit flip, truncation and extension are refused', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  const targets = await repo.currentFile('targets');
  await repo.flipBit(targets, 40);
  await rejects(verify(), /^1\.targets\.json$/, 'mismatch');
  await repo.publish();
  await repo.truncateFile(await repo.currentFile('snapshot'), 5);
  await rejects(verify(), /^2\.snapshot\.json$/, 'mismatch', /length/);
  await repo.publish();
  await repo.extendFile(await repo.currentFile('targets'), '\n\n');
  // The signed length caps the download itself, so an extended file never fully arrives.
  await rejects(verify(), /^3\.targets\.json$/, 'too-large', /larger than the \d+ bytes allowed/);
  await repo.publish();
  await repo.truncateFile('metadata/timestamp.json', 30);
  await rejects(verify(), /^timestamp\.json$/, 'malformed', /JSON/);
});

test('a signed field edited in timestamp.json breaks its signature', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  const path = join(repo.repoDir, 'metadata', 'timestamp.json');
  const text = await readFile(path, 'utf8');
  await writeFile(
    path,
    text.replace(/"expires": "(\d{4})/, (_m, y: string) => `"expires": "${Number(y) + 5}`),
  );
  await rejects(verify(), /^timestamp\.json$/, 'signature', /signature threshold not met \(0 of 1 valid\)/);
});

test('fields outside the signed part do not matter', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await repo.rewriteTargets((json) => {
    (json as Record<string, unknown>)['x-unsigned-note'] = 'added after signing';
  });
  assert.equal((await verify()).bundle.version, 1);
});

test('targets signed by an unknown key are refused: one line naming the file', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await repo.publish(sampleBundle(), { signers: { targets: [generateSigningKey()] } });
  const error = await rejects(verify(), /^2\.targets\.json$/, 'signature');
  assert.equal(error.message, '2.targets.json: signature threshold not met (0 of 1 valid)');
});

test('threshold 2: one signature short fails; a duplicated signature entry is not counted twice', async (t) => {
  const { repo, verify } = await setup(t, {
    counts: { root: 1, targets: 2, snapshot: 1, timestamp: 1 },
    thresholds: { root: 1, targets: 2, snapshot: 1, timestamp: 1 },
  });
  await repo.publish();
  assert.equal((await verify()).targetsKeyIds.length, 2);
  const keys = await loadKeysDir(repo.keysDir);
  const targetsKeys = keys.held.filter((k) => keys.root.signed.roles.targets?.keyIDs.includes(k.keyId));
  await repo.publish(sampleBundle(), { signers: { targets: [targetsKeys[0]!] } });
  await rejects(verify(), /^2\.targets\.json$/, 'signature', /1 of 2 valid/);
  await repo.publish();
  await repo.rewriteTargets((json) => {
    const first = json.signatures[0]!;
    json.signatures = [first, { ...first }];
  });
  await rejects(verify(), /^3\.targets\.json$/, 'malformed', /multiple signatures/);
});

test('a malformed signature encoding is refused', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await repo.rewriteTargets((json) => {
    json.signatures[0]!.sig = 'zz-not-hex';
  });
  await rejects(verify(), /^1\.targets\.json$/, 'signature');
});

test('expired timestamp is refused; the clock set ahead a year expires everything', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  assert.ok(await verify({ now: new Date(Date.now() + 2 * 86_400_000) }));
  await rejects(verify({ now: new Date(Date.now() + 8 * 86_400_000) }), /^timestamp\.json$/, 'expired');
  await rejects(verify({ now: new Date(Date.now() + 2 * YEAR) }), /^root\.json$/, 'expired');
  await repo.timestamp({ now: new Date(Date.now() - 2 * 86_400_000), expiresIn: 86_400_000 });
  await rejects(verify(), /^timestamp\.json$/, 'expired', /stale or frozen/);
  await repo.timestamp();
  const ok = await verify();
  assert.equal(ok.versions.timestamp, 3);
  assert.equal(ok.versions.targets, 1);
});

test('rollback to an older validly signed version is refused (trusted metadata or version floor)', async (t) => {
  const { repo, verify } = await setup(t);
  const v1 = await twoVersions(repo);
  const latest = await verify();
  assert.equal(latest.versions.targets, 2);
  await rejects(
    verify({ source: v1, previous: { timestamp: latest.metadata.timestamp } }),
    /^timestamp\.json$/,
    'rollback',
    /older than the trusted version 2/,
  );
  await rejects(verify({ source: v1, floor: { targets: 2 } }), /^1\.targets\.json$/, 'rollback');
  const again = await verify({
    previous: { timestamp: latest.metadata.timestamp, snapshot: latest.metadata.snapshot },
    floor: { targets: 2 },
  });
  assert.equal(again.bundle.title, 'second');
});

test('same version with different content is refused', async (t) => {
  const { repo, verify } = await setup(t);
  const fork = await twoVersions(repo);
  const trusted = await verify();
  await publishBundle({
    repo: fork,
    keys: await loadKeysDir(repo.keysDir),
    content: sampleBundle({ title: 'forked' }),
    now: new Date(),
    expiresIn: TEST_EXPIRES,
  });
  const forked = await verify({ source: fork });
  assert.equal(forked.versions.targets, 2);
  assert.notEqual(forked.bundleSha256, trusted.bundleSha256);
  await rejects(
    verify({ source: fork, floor: { targets: 2, bundleSha256AtTargets: trusted.bundleSha256 } }),
    /^2\.targets\.json$/,
    'rollback',
    /different content/,
  );
  await rejects(verify({ source: fork, previous: { timestamp: trusted.metadata.timestamp } }), /^2\.snapshot\.json$/, 'mismatch');
});

test('mix-and-match: metadata of one version with a target of another is refused', async (t) => {
  const { repo, verify } = await setup(t);
  await twoVersions(repo);
  const meta = (n: string) => join(repo.repoDir, 'metadata', n);
  await copyFile(meta('1.targets.json'), meta('2.targets.json'));
  await rejects(verify(), /^2\.targets\.json$/, 'mismatch');
});

test('missing metadata and missing target are named', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await unlink(join(repo.repoDir, await repo.currentFile('bundle')));
  await rejects(verify(), /^targets\/.*bundle\.json$/, 'not-found');
  await repo.publish();
  await unlink(join(repo.repoDir, await repo.currentFile('snapshot')));
  await rejects(verify(), /^2\.snapshot\.json$/, 'not-found');
  await unlink(join(repo.repoDir, 'metadata', 'timestamp.json'));
  await rejects(verify(), /^timestamp\.json$/, 'not-found');
});
