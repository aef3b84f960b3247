// `lifeline publish` and `lifeline timestamp` on real plans, then `lifeline verify` on the result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLifeline } from '../helpers/cli.ts';
import { runCliInProcess as runHere } from '../helpers/tuf-repo.ts';

const demoPlans = join(import.meta.dirname, '..', '..', 'resources', 'demo', 'plans');

async function workspace(t: { after(fn: () => unknown): void }) {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-cli-publish-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const keys = join(dir, 'keys');
  const repo = join(dir, 'repo');
  assert.equal((await runHere(['keys', 'init', '--dir', keys])).code, 0);
  return { dir, keys, repo };
}

const field = (stdout: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(stdout)?.[1];

test('publish prints id, version and expiry; versions increase; verify and timestamp follow', async (t) => {
  const { keys, repo } = await workspace(t);
  const first = runLifeline(['publish', demoPlans, '--keys', keys, '--repo', repo, '--expires-timestamp', '2d', '--today', '2026-11-01']);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(field(first.stdout, 'bundle'), 'demo');
  assert.equal(field(first.stdout, 'version'), '1');
  const expires = Date.parse(field(first.stdout, 'expires')?.split(' ')[0] ?? '');
  assert.ok(Math.abs(expires - (Date.now() + 2 * 86_400_000)) < 120_000);
  assert.match(field(first.stdout, 'target') ?? '', /^targets\/[0-9a-f]{64}\.bundle\.json$/);

  const second = runLifeline(['publish', demoPlans, '--keys', keys, '--repo', repo]);
  assert.equal(field(second.stdout, 'version'), '2', second.stderr);
  assert.deepEqual((await readdir(join(repo, 'metadata'))).sort(), [
    '1.root.json',
    '1.snapshot.json',
    '1.targets.json',
    '2.snapshot.json',
    '2.targets.json',
    'timestamp.json',
  ]);

  const verify = runLifeline(['verify', '--repo', repo, '--root', join(keys, 'root.json')]);
  assert.equal(verify.code, 0, verify.stderr);
  assert.equal(field(verify.stdout, 'bundle'), 'demo');
  assert.equal(field(verify.stdout, 'version'), '2');
  assert.match(verify.stdout, /^vendors: \d+, services: \d+, runbooks: \d+, contacts: \d+, phone numbers: \d+$/m);

  const stamp = runLifeline(['timestamp', '--keys', keys, '--repo', repo, '--expires', '12h']);
  assert.equal(stamp.code, 0, stamp.stderr);
  assert.equal(field(stamp.stdout, 'timestamp'), 'version 3');
  assert.equal(field(stamp.stdout, 'snapshot'), 'version 2');
  const json = JSON.parse(runLifeline(['verify', '--repo', repo, '--root', join(keys, 'root.json'), '--json']).stdout) as {
    version: number;
    expires: string;
  };
  assert.equal(json.version, 2);
  assert.ok(Math.abs(Date.parse(json.expires) - (Date.now() + 12 * 3_600_000)) < 120_000);
});

test('publish refuses invalid plans with the same messages as lint, and writes nothing', async (t) => {
  const { dir, keys, repo } = await workspace(t);
  const plans = join(dir, 'plans');
  await cp(demoPlans, plans, { recursive: true });
  const vendor = join(plans, 'vendors', (await readdir(join(plans, 'vendors')))[0]!);
  await writeFile(vendor, (await readFile(vendor, 'utf8')).replace(/^name:/m, 'nmae:'));
  const lint = runLifeline(['lint', plans]);
  const publish = runLifeline(['publish', plans, '--keys', keys, '--repo', repo]);
  assert.equal(publish.code, 1);
  const findingLines = (text: string) => text.split('\n').filter((l) => /:\d+:\d+: (error|warning): /.test(l));
  assert.ok(findingLines(lint.stdout + lint.stderr).length > 0);
  assert.deepEqual(findingLines(publish.stderr), findingLines(lint.stdout + lint.stderr));
  assert.match(publish.stderr, /nothing published/);
  await assert.rejects(readdir(repo));
});

test('publish and timestamp usage and input errors', async (t) => {
  const { dir, keys, repo } = await workspace(t);
  const usage: string[][] = [
    ['publish', demoPlans, '--repo', repo],
    ['publish', '--keys', keys, '--repo', repo],
    ['publish', demoPlans, '--keys', keys, '--repo', repo, '--expires-targets', '7 days'],
    ['publish', demoPlans, '--keys', keys, '--repo', repo, '--today', '2026-13-45'],
    ['timestamp', '--keys', keys],
  ];
  for (const args of usage) assert.equal((await runHere(args)).code, 2, args.join(' '));
  const noKeys = await runHere(['publish', demoPlans, '--keys', join(dir, 'nope'), '--repo', repo]);
  assert.equal(noKeys.code, 1);
  assert.match(noKeys.stderr, /holds no root\.json/);
  const noRepo = await runHere(['timestamp', '--keys', keys, '--repo', repo]);
  assert.equal(noRepo.code, 1);
  assert.match(noRepo.stderr, /publish first/);
  const otherKeys = join(dir, 'other-keys');
  assert.equal((await runHere(['keys', 'init', '--dir', otherKeys])).code, 0);
  assert.equal((await runHere(['publish', demoPlans, '--keys', keys, '--repo', repo])).code, 0);
  const wrong = await runHere(['publish', demoPlans, '--keys', otherKeys, '--repo', repo]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /differs from the keys directory's/);
});

test('publish refuses to sign under an expired root and warns a month ahead', async (t) => {
  const { dir, repo } = await workspace(t);
  const old = join(dir, 'old-keys');
  const longAgo = new Date(Date.now() - 400 * 86_400_000);
  assert.equal((await runHere(['keys', 'init', '--dir', old, '--expires-root', '365d'], { now: longAgo })).code, 0);
  const refused = await runHere(['publish', demoPlans, '--keys', old, '--repo', repo]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /the root expired on .*keys rotate/);
  const soon = join(dir, 'soon-keys');
  assert.equal((await runHere(['keys', 'init', '--dir', soon, '--expires-root', '10d'])).code, 0);
  const warned = await runHere(['publish', demoPlans, '--keys', soon, '--repo', repo]);
  assert.equal(warned.code, 0, warned.stderr);
  assert.match(warned.stderr, /warning: the root expires on/);
  assert.doesNotMatch(warned.stderr, /readable by others/);
  if (process.platform !== 'win32') {
    const pem = (await readdir(join(soon, 'private')))[0]!;
    await chmod(join(soon, 'private', pem), 0o644);
    const loose = await runHere(['publish', demoPlans, '--keys', soon, '--repo', repo]);
    assert.equal(loose.code, 0);
    assert.match(loose.stderr, new RegExp(`warning: private keys readable by others: ${pem}`));
  }
});
