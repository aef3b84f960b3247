// The verification client against forged and rotated roots, hostile JSON and expired roles (directory source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Metadata, Root } from '@tufjs/models';
import { keysForRole, metadataBytes, signWith } from '../../../main/domain/tuf/signing/metadata.ts';
import { generateKeySet, ONE_EACH, signRotatedRoot } from '../../../main/domain/tuf/signing/root-ops.ts';
import { loadKeysDir } from '../../../main/domain/tuf/signing/keys-dir.ts';
import { sampleBundle } from '../../helpers/tuf-repo.ts';
import { rejects, setup, YEAR } from './attack-kit.ts';

test('root rotation: followed when signed by old and new keys, refused when signed by only one side', async (t) => {
  const { repo, verify } = await setup(t);
  await repo.publish();
  await repo.rotate({ root: 1, targets: 1 });
  await repo.publish();
  const rotated = await verify();
  assert.equal(rotated.versions.root, 2);
  assert.equal(rotated.versions.targets, 2);

  const keys = await loadKeysDir(repo.keysDir);
  // Root 3 signed by only one side of the rotation: the new keys alone, then the old keys alone.
  for (const side of [{ signWithOld: false }, { signWithNew: false }]) {
    const oneSided = signRotatedRoot({
      current: keys.root.signed,
      oldRootKeys: keys.held,
      newKeys: generateKeySet(ONE_EACH),
      thresholds: ONE_EACH,
      expires: new Date(Date.now() + YEAR),
      ...side,
    });
    await writeFile(join(repo.repoDir, 'metadata', '3.root.json'), metadataBytes(oneSided));
    await rejects(verify(), /^3\.root\.json$/, 'signature', /0 of 1 valid/);
  }
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
