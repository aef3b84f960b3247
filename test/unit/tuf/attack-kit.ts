// What the verification attack tests share: a fresh repository and work directory, and the check
// that a verification failed with one line naming the file and the failure code.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyRepository, type VerifyOptions } from '../../../main/domain/tuf/client/verify.ts';
import { createTestRepo, sampleBundle, type TestRepo } from '../../helpers/tuf-repo.ts';
import { isLifelineError, type LifelineError, type VerifyFailure } from '../../../main/model/errors.ts';

export const YEAR = 365 * 86_400_000;

export async function setup(t: { after(fn: () => unknown): void }, options: Parameters<typeof createTestRepo>[0] = {}) {
  const repo = await createTestRepo(options);
  const work = await mkdtemp(join(tmpdir(), 'lifeline-work-'));
  t.after(() => Promise.all([repo.cleanup(), rm(work, { recursive: true, force: true })]));
  const verify = (extra: Partial<VerifyOptions> = {}) =>
    verifyRepository({ source: repo.repoDir, trustedRoot: repo.rootBytes, workDir: work, ...extra });
  return { repo, work, verify };
}

export async function rejects(
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

export async function twoVersions(repo: TestRepo) {
  await repo.publish();
  const v1 = await repo.copyRepo();
  await repo.publish(sampleBundle({ title: 'second' }));
  return v1;
}
