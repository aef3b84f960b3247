import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyRepository } from '../../../main/domain/tuf/client/verify.ts';
import { createTestRepo, sampleBundle } from '../../helpers/tuf-repo.ts';

test('a published bundle verifies with the real tuf-js client, versions increase', async (t) => {
  const repo = await createTestRepo();
  const work = await mkdtemp(join(tmpdir(), 'lifeline-work-'));
  t.after(() => Promise.all([repo.cleanup(), rm(work, { recursive: true, force: true })]));
  const first = await repo.publish();
  assert.equal(first.version, 1);
  const v1 = await verifyRepository({ source: repo.repoDir, trustedRoot: repo.rootBytes, workDir: work });
  assert.equal(v1.bundle.version, 1);
  assert.equal(v1.bundle.id, 'acme-support');
  assert.equal(v1.versions.targets, 1);
  assert.ok(v1.highestIssued);
  assert.equal(v1.targetsKeyIds.length, 1);

  const second = await repo.publish(sampleBundle({ title: 'ACME plans v2' }));
  assert.equal(second.version, 2);
  assert.equal(second.timestampVersion, 2);
  const v2 = await verifyRepository({ source: repo.repoDir, trustedRoot: repo.rootBytes, workDir: work });
  assert.equal(v2.bundle.version, 2);
  assert.equal(v2.bundle.title, 'ACME plans v2');
  assert.deepEqual(v2.expires.timestamp, second.expires.timestamp);
});
