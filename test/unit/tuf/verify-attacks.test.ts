// The verification client against tampered, forged, stale and rolled-back repositories (directory source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyRepository, type VerifyOptions } from '../../../main/domain/tuf/client/verify.ts';
import { Metadata, Root } from '@tufjs/models';
import { generateSigningKey } from '../../../main/domain/tuf/signing/keys.ts';
import { keysForRole, metadataBytes, signWith } from '../../../main/domain/tuf/signing/metadata.ts';
import { generateKeySet, ONE_EACH, signRotatedRoot } from '../../../main/domain/tuf/signing/root-ops.ts';
import { loadKeysDir } from '../../../main/domain/tuf/signing/keys-dir.ts';
import { publishBundle } from '../../../main/domain/tuf/signing/publish-bundle.ts';
import { createTestRepo, sampleBundle, TEST_EXPIRES, type TestRepo } from '../../helpers/tuf-repo.ts';
import { isLifelineError, type LifelineError, type VerifyFailure } from '../../../main/model/errors.ts';

const YEAR = 365 * 86_400_000;

async function setup(t: { after(fn: () => unknown): void }, options: Parameters<typeof createTestRepo>[0] = {}) {
  const repo = await createTestRepo(options);
  const work = await mkdtemp(join(tmpdir(), 'lifeline-work-'));
  t.after(() => Promise.all([repo.cleanup(), rm(work, { recursive: true, force: true })]));
  const verify = (extra: Partial<VerifyOptions> = {}) =>
    verifyRepository({ source: repo.repoDir, trustedRoot: repo.rootBytes, workDir: work, ...extra });
  return { repo, work, verify };
}

async function rejects(
  promise: Promise<unknown>,
  file: RegExp,
  code: VerifyFailure | VerifyFailure[],
  reason?: RegExp,
): Promise<LifelineError<'verify'>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isLifelineError(error, 'verify'), `expected LifelineError<'verify'>, got ${String(error)}`);
    assert.match(error.detail.file, file, error.message);
    assert.ok((Array.isArray(code) ? code : [code]).includes(error.detail.code), `code ${error.detail.code}: ${error.message}`);
    if (reason) assert.match(error.detail.reason, reason);
    assert.ok(!error.message.includes('\n'), 'one line');
    return error;
  }
  assert.fail('verification should have failed');
}

async function twoVersions(repo: TestRepo) {
  await repo.publish();
  const v1 = await repo.copyRepo();
  await repo.publish(sampleBundle({ title: 'second' }));
  return v1;
}

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

test('root rotation: followed when signed by old and new keys, refused when signed by only one side', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await repo.rotate({ root: 1, targets: 1 });
  await repo.publish();
  const rotated = await verify();
  assert.equal(rotated.versions.root, 2);
  assert.equal(rotated.versions.targets, 2);

  const keys = await loadKeysDir(repo.keysDir);
  const newOnly = signRotatedRoot({
    current: keys.root.signed,
    oldRootKeys: keys.held,
    newKeys: generateKeySet(ONE_EACH),
    thresholds: ONE_EACH,
    expires: new Date(Date.now() + YEAR),
    signWithOld: false,
  });
  await writeFile(join(repo.repoDir, 'metadata', '3.root.json'), metadataBytes(newOnly));
  await rejects(verify(), /^3\.root\.json$/, 'signature', /0 of 1 valid/);
  const oldOnly = signRotatedRoot({
    current: keys.root.signed,
    oldRootKeys: keys.held,
    newKeys: generateKeySet(ONE_EACH),
    thresholds: ONE_EACH,
    expires: new Date(Date.now() + YEAR),
    signWithNew: false,
  });
  await writeFile(join(repo.repoDir, 'metadata', '3.root.json'), metadataBytes(oldOnly));
  await rejects(verify(), /^3\.root\.json$/, 'signature', /0 of 1 valid/);
});

test('a pinned root that is not a root is refused clearly', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await rejects(verify({ trustedRoot: Buffer.from('{"signed":{}}') }), /root\.json \(trusted\)/, 'malformed');
  await rejects(
    verify({ trustedRoot: await readFile(join(repo.repoDir, 'metadata', 'timestamp.json')) }),
    /root\.json \(trusted\)/,
    'malformed',
  );
});

test('a gap in root versions is not skipped: keys from the unseen root are not trusted', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await repo.rotate({ targets: 1 });
  await repo.rotate({ root: 1 });
  await repo.publish();
  assert.equal((await verify()).versions.root, 3);
  await rm(join(repo.repoDir, 'metadata', '2.root.json'));
  await rejects(verify(), /^2\.targets\.json$/, 'signature', /0 of 1 valid/);
});

test('hostile JSON in place of metadata (BOM, deep nesting, trailing garbage, duplicate keys) fails cleanly', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  const path = join(repo.repoDir, 'metadata', 'timestamp.json');
  const good = await readFile(path, 'utf8');
  for (const hostile of [
    `\ufeff${good}`,
    `${good}garbage`,
    `{"signed":${'['.repeat(7000)}${']'.repeat(7000)},"signatures":[]}`,
    good.replace('"_type": "timestamp"', '"_type": "timestamp", "_type": "root"'),
    '{"__proto__":{"signed":1},"constructor":{},"signatures":[]}',
    JSON.stringify({
      signed: { _type: 'timestamp', version: 2 ** 53, spec_version: '1.0.31', expires: '2099-01-01T00:00:00Z', meta: {} },
      signatures: [],
    }),
  ]) {
    await writeFile(path, hostile);
    await rejects(verify(), /^timestamp\.json$/, ['malformed', 'signature']);
  }
});

test('a root listing one public key under two key ids cannot meet a threshold of 2 with one signature', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  const keys = await loadKeysDir(repo.keysDir);
  const json = keys.root.signed.toJSON() as {
    keys: Record<string, unknown>;
    roles: Record<string, { keyids: string[]; threshold: number }>;
  };
  const realId = json.roles.targets!.keyids[0]!;
  const twinId = 'f'.repeat(64);
  json.keys[twinId] = json.keys[realId];
  json.roles.targets = { keyids: [realId, twinId], threshold: 2 };
  const forged = signWith(new Metadata(Root.fromJSON(json as never)), keysForRole(keys.root.signed, 'root', keys.held));
  await rejects(verify({ trustedRoot: metadataBytes(forged) }), /root\.json \(trusted\)/, 'signature', /only 1 distinct public key/);
});

test('expired snapshot and targets are named with their expiry', async (t) => {
  const { repo, verify } = await setup(t);
  const hour = 3_600_000;
  await repo.publish(sampleBundle(), { expiresIn: { snapshot: hour, targets: 3 * hour } });
  const later = (h: number) => new Date(Date.now() + h * hour);
  await rejects(verify({ now: later(2) }), /^1\.snapshot\.json$/, 'expired', /^expired on \d{4}-\d\d-\d\dT/);
  await repo.publish(sampleBundle(), { expiresIn: { snapshot: 5 * hour, targets: hour } });
  await rejects(verify({ now: later(2) }), /^2\.targets\.json$/, 'expired', /^expired on /);
});
