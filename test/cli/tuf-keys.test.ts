// `lifeline keys`: owner-only private keys, the pinned root, refusal to overwrite, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLifeline } from '../helpers/cli.ts';
import { runCliInProcess as runHere } from '../helpers/tuf-repo.ts';

async function tempDir(t: { after(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-cli-keys-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('keys init writes owner-only private keys and a signed root with the asked thresholds', async (t) => {
  const dir = join(await tempDir(t), 'keys');
  const run = runLifeline(['keys', 'init', '--dir', dir, '--threshold', 'root=2', '--keys', 'targets=3', '--expires-root', '30d']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /root\s+2 key\(s\), threshold 2/);
  assert.match(run.stdout, /targets\s+3 key\(s\), threshold 1/);
  assert.match(run.stdout, new RegExp(`root: ${join(dir, 'root.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(version 1`));
  const pems = await readdir(join(dir, 'private'));
  assert.equal(pems.length, 2 + 3 + 1 + 1);
  if (process.platform !== 'win32') {
    assert.equal((await stat(join(dir, 'private'))).mode & 0o777, 0o700);
    for (const name of pems) assert.equal((await stat(join(dir, 'private', name))).mode & 0o777, 0o600, name);
  }
  const root = JSON.parse(await readFile(join(dir, 'root.json'), 'utf8')) as {
    signed: { roles: Record<string, { threshold: number; keyids: string[] }>; expires: string };
    signatures: unknown[];
  };
  assert.equal(root.signed.roles.root?.threshold, 2);
  assert.equal(root.signatures.length, 2);
  const days = (Date.parse(root.signed.expires) - Date.now()) / 86_400_000;
  assert.ok(days > 29 && days < 31);

  const before = await readFile(join(dir, 'root.json'));
  const again = await runHere(['keys', 'init', '--dir', dir]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already holds keys; refusing to overwrite/);
  assert.deepEqual(await readFile(join(dir, 'root.json')), before);
});

test('keys rotate signs the next root version', async (t) => {
  const dir = join(await tempDir(t), 'keys');
  assert.equal((await runHere(['keys', 'init', '--dir', dir])).code, 0);
  const run = runLifeline(['keys', 'rotate', '--dir', dir, '--replace', 'timestamp=2']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Signed root version 2/);
  assert.match(run.stdout, /timestamp\s+2 key\(s\)/);
  assert.deepEqual((await readdir(join(dir, 'roots'))).sort(), ['1.root.json', '2.root.json']);
});

test('keys usage errors exit 2 with one clear line', async (t) => {
  const dir = join(await tempDir(t), 'keys');
  for (const [args, message] of [
    [['keys'], /expected a subcommand/],
    [['keys', 'frob'], /unknown subcommand "frob"/],
    [['keys', 'init'], /missing required --dir/],
    [['keys', 'init', '--dir', dir, '--threshold', 'owner=1'], /role one of root, targets/],
    [['keys', 'init', '--dir', dir, '--threshold', 'root=2', '--keys', 'root=1'], /fewer than its threshold/],
    [['keys', 'init', '--dir', dir, '--expires-root', 'soon'], /duration like/],
    [['keys', 'init', '--dir', dir, '--bogus'], /bogus/],
  ] as const) {
    const run = await runHere([...args]);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});

test('--help works for every signing command', async () => {
  for (const name of ['keys', 'publish', 'timestamp', 'verify']) {
    const run = await runHere([name, '--help']);
    assert.equal(run.code, 0, name);
    assert.match(run.stdout, /Usage/);
    assert.match(run.stdout, /Exit codes/);
  }
});
