// `lifeline sync` and `lifeline status`, run in process through the real CLI dispatcher.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/main.ts';
import { createTestRepo, sampleBundle, type TestRepo } from '../../helpers/tuf-repo.ts';

let repo: TestRepo;
let dir: string;

async function cli(args: string[], now = new Date()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir, env: {}, now: () => now });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

before(async () => {
  repo = await createTestRepo();
  await repo.publish();
  dir = await mkdtemp(join(tmpdir(), 'lifeline-cli-sync-'));
});
after(async () => {
  await repo.cleanup();
  await rm(dir, { recursive: true, force: true });
});

test('--help on both commands', async () => {
  for (const name of ['sync', 'status']) {
    const run = await cli([name, '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`Usage: lifeline ${name}`));
    assert.match(run.stdout, /Exit codes/);
  }
});

test('usage errors exit 2', async () => {
  assert.equal((await cli(['sync', '--root', repo.rootPath, '--state', 's'])).code, 2);
  assert.equal((await cli(['sync', '--source', repo.repoDir, '--root', repo.rootPath])).code, 2);
  assert.equal((await cli(['sync', '--source', 'javascript:alert(1)', '--root', repo.rootPath, '--state', 's'])).code, 2);
  assert.equal((await cli(['sync', '--source', 'http://plans.example.com', '--root', repo.rootPath, '--state', 's'])).code, 2);
  assert.equal((await cli(['status', '--state', 's', '--bogus'])).code, 2);
  assert.equal((await cli(['status'])).code, 2);
});

test('status on a missing or empty state directory: a clear message, exit 1', async () => {
  const missing = await cli(['status', '--state', 'nope']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no state directory at .*nope.*lifeline sync/);
  const empty = await mkdtemp(join(dir, 'empty-'));
  const run = await cli(['status', '--state', empty, '--json']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /holds no Lifeline state yet/);
});

test('a failing first sync: no bundle, exit 1; an unreadable root: exit 1', async () => {
  const run = await cli(['sync', '--source', join(dir, 'no-repo-here'), '--root', repo.rootPath, '--state', 'first']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /sync failed .*no verified bundle is installed/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
  const status = await cli(['status', '--state', 'first', '--json']);
  assert.equal(status.code, 1);
  assert.equal((JSON.parse(status.stdout) as { lastAttempt: { ok: boolean } }).lastAttempt.ok, false);
  const noRoot = await cli(['sync', '--source', repo.repoDir, '--root', 'missing-root.json', '--state', 'first']);
  assert.equal(noRoot.code, 1);
  assert.match(noRoot.stderr, /cannot read the root file .*ENOENT/);
});

test('sync installs, status reports stable JSON keys; a later failed sync keeps the bundle and exits 0', async () => {
  const run = await cli(['sync', '--source', join(dir, 'down-mirror'), '--source', repo.repoDir, '--root', repo.rootPath, '--state', 'st']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Installed acme-support version 1/);
  const status = await cli(['status', '--state', 'st', '--json']);
  assert.equal(status.code, 0);
  const json = JSON.parse(status.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(json), [
    'bundleId',
    'title',
    'version',
    'verifiedAt',
    'expires',
    'stale',
    'staleSince',
    'staleReason',
    'demo',
    'keyIds',
    'lastAttempt',
    'lastError',
    'generations',
    'changes',
    'recovered',
  ]);
  assert.equal(json.bundleId, 'acme-support');
  assert.equal(json.version, 1);
  assert.equal(json.demo, false);
  assert.equal(json.stale, false);
  await repo.publish(sampleBundle({ title: 'v2' }));
  await repo.flipBit(await repo.currentFile('bundle'));
  const failed = await cli(['sync', '--source', repo.repoDir, '--root', repo.rootPath, '--state', 'st']);
  assert.equal(failed.code, 0);
  assert.match(failed.stderr, /sync failed .*bundle\.json.*kept acme-support version 1/);
  assert.match(failed.stdout, /installed nothing; the state still holds verified bundle acme-support version 1/);
  const human = await cli(['status', '--state', 'st']);
  assert.equal(human.code, 0);
  assert.match(human.stdout, /version 1/);
  assert.match(human.stdout, /Last sync: .*FAILED/);
  const later = await cli(['status', '--state', 'st', '--json'], new Date(Date.now() + 400 * 86_400_000));
  const stale = JSON.parse(later.stdout) as { stale: boolean; staleReason: string };
  assert.equal(stale.stale, true);
  assert.match(stale.staleReason, /expired/);
});
