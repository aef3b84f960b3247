// Answers a mirror should never give but some do: a 304 to an unconditional request, and metadata
// that claims to expire in year 99999 (which no date parser reads, so it would never expire).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLifeline } from '../helpers/cli.ts';
import { createTestRepo } from '../helpers/tuf-repo.ts';
import { assertKept, floorOf, freshHarnessPerTest } from './harness.ts';

const harness = freshHarnessPerTest();
const YEARS_TO_99999 = (99_999 - new Date().getUTCFullYear()) * 365.25 * 86_400_000;

test('a 304 Not Modified is reported as such, not as a redirect without a Location', async () => {
  const t = harness();
  const floor = floorOf((await t.local()).trusted);
  t.server.inject({ kind: 'status', status: 304 }, /timestamp\.json$/);
  const outcome = await t.sync();
  await assertKept(t, outcome, { version: 1, message: /HTTP 304 Not Modified/, floor });
  assert.doesNotMatch(outcome.message, /redirect/);
});

test('metadata expiring in year 99999 is refused by verify and sync, naming the file', async (t) => {
  const repo = await createTestRepo();
  t.after(() => repo.cleanup());
  await repo.publish();
  await repo.timestamp({ expiresIn: YEARS_TO_99999 });
  const expires = (JSON.parse(await readFile(join(repo.repoDir, 'metadata', 'timestamp.json'), 'utf8')) as { signed: { expires: string } })
    .signed.expires;
  assert.match(expires, /^\+0?99999|^\+1000/, expires);
  const verify = runLifeline(['verify', '--repo', repo.repoDir, '--root', repo.rootPath]);
  assert.equal(verify.code, 1);
  assert.match(verify.stderr, /^lifeline verify: timestamp\.json: absurd expiry "\+\d+-/m);
  const state = join(repo.dir, 'state');
  const sync = runLifeline(['sync', '--source', repo.repoDir, '--root', repo.rootPath, '--state', state]);
  assert.equal(sync.code, 1, 'nothing installed');
  assert.match(sync.stderr, /timestamp\.json: absurd expiry/);
});
