// Hostile files in the state directory, through the real CLI: a FIFO, a symlink to /dev/zero or an
// oversized file in place of local state must never block or exhaust memory. The damaged copy is
// treated as corruption: the previous generation is used and `recovered` says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLifeline, type CliRun } from '../helpers/cli.ts';
import { createTestRepo, sampleBundle, type TestRepo } from '../helpers/tuf-repo.ts';

interface Status {
  version: number | null;
  recovered: string | null;
  lastError: string | null;
  generations: { id: string; version: number; active: boolean }[];
}

async function twoGenerations(t: {
  after(fn: () => unknown): void;
}): Promise<{ repo: TestRepo; state: string; sync: () => CliRun; active: string }> {
  const repo = await createTestRepo();
  const state = join(await mkdtemp(join(tmpdir(), 'lifeline-state-files-')), 'state');
  t.after(async () => {
    await repo.cleanup();
    await rm(join(state, '..'), { recursive: true, force: true });
  });
  const sync = () => runLifeline(['sync', '--source', repo.repoDir, '--root', repo.rootPath, '--state', state], { timeoutMs: 20_000 });
  await repo.publish(sampleBundle({ title: 'v1' }));
  assert.equal(sync().code, 0);
  await repo.publish(sampleBundle({ title: 'v2' }));
  assert.equal(sync().code, 0);
  const status = statusJson(state);
  assert.equal(status.version, 2);
  return { repo, state, sync, active: status.generations.find((g) => g.active)!.id };
}

function statusJson(state: string): Status {
  const run = runLifeline(['status', '--state', state, '--json'], { timeoutMs: 20_000 });
  assert.notEqual(run.code, -1, 'status must not hang');
  return JSON.parse(run.stdout) as Status;
}

async function replaceWithFifo(path: string): Promise<void> {
  await unlink(path).catch(() => {});
  execFileSync('mkfifo', [path]);
}

const bundleFaults: { name: string; plant: (path: string) => Promise<void>; reason: RegExp }[] = [
  { name: 'a FIFO', plant: replaceWithFifo, reason: /bundle\.json is a named pipe \(FIFO\), not a regular file/ },
  {
    name: 'a symlink to /dev/zero',
    plant: async (path) => {
      await unlink(path);
      await symlink('/dev/zero', path);
    },
    reason: /bundle\.json is a symbolic link, not a regular file/,
  },
  {
    name: 'a file larger than its signed length',
    plant: (path) => appendFile(path, Buffer.alloc(64 * 1024 * 1024)),
    reason: /bundle\.json is larger than the [\d.]+ KiB expected/,
  },
];

for (const fault of bundleFaults) {
  test(`a generation's bundle.json replaced by ${fault.name}: status and sync fall back to the previous generation and say so`, async (t) => {
    const s = await twoGenerations(t);
    await fault.plant(join(s.state, 'generations', s.active, 'bundle.json'));
    const status = statusJson(s.state);
    assert.equal(status.version, 1, 'the previous generation is active');
    assert.match(status.recovered ?? '', fault.reason);
    assert.match(status.recovered ?? '', /using generation .* \(version 1\)/);
    const sync = s.sync();
    assert.notEqual(sync.code, -1, 'sync must not hang');
    assert.equal(sync.code, 0, sync.stderr);
    assert.equal(statusJson(s.state).version, 2, 'the next sync installs the good copy again');
  });
}

for (const file of ['current.json', 'trusted-state.1.json', 'trusted-state.2.json', 'sync-record.json', 'sync.lock']) {
  test(`${file} replaced by a FIFO: status and sync neither block nor lose the bundle`, async (t) => {
    const s = await twoGenerations(t);
    await replaceWithFifo(join(s.state, file));
    const status = statusJson(s.state);
    assert.ok(status.version !== null && status.version >= 1, 'a verified bundle is still served');
    if (file === 'current.json') assert.match(status.recovered ?? '', /current\.json is a named pipe \(FIFO\)/);
    const sync = s.sync();
    assert.notEqual(sync.code, -1, 'sync must not hang');
    assert.equal(sync.code, 0, sync.stderr);
    assert.equal(statusJson(s.state).version, 2);
  });
}

test('a manifest replaced by a FIFO is skipped like a corrupt one', async (t) => {
  const s = await twoGenerations(t);
  await replaceWithFifo(join(s.state, 'generations', s.active, 'manifest.json'));
  const status = statusJson(s.state);
  assert.equal(status.version, 1);
  assert.match(status.recovered ?? '', /manifest manifest\.json is a named pipe/);
  assert.ok((await readdir(join(s.state, 'generations'))).includes(s.active), 'nothing deleted that we did not recognise');
});

const misplaced: { name: string; entry: string; plant: (path: string) => Promise<void>; note: RegExp }[] = [
  {
    name: 'current.json is a directory',
    entry: 'current.json',
    plant: (p) => rm(p).then(() => mkdir(p)),
    note: /current\.json was a directory instead of a file, moved aside to current\.json\.broken-/,
  },
  {
    name: 'staging is a file',
    entry: 'staging',
    plant: (p) => rm(p, { recursive: true }).then(() => writeFile(p, 'x')),
    note: /staging was a file instead of a directory, moved aside/,
  },
  {
    name: 'generations is a file',
    entry: 'generations',
    plant: (p) => rename(p, `${p}.elsewhere`).then(() => writeFile(p, 'x')),
    note: /generations was a file instead of a directory, moved aside/,
  },
];

for (const c of misplaced) {
  test(`${c.name}: sync says so in one line, repairs it and keeps a verified bundle`, async (t) => {
    const s = await twoGenerations(t);
    await c.plant(join(s.state, c.entry));
    const status = runLifeline(['status', '--state', s.state], { timeoutMs: 20_000 });
    assert.doesNotMatch(status.stderr, /unexpected error|EISDIR|ENOTDIR/);
    const sync = s.sync();
    assert.equal(sync.code, 0, sync.stderr);
    assert.equal(sync.stderr, '');
    assert.match(sync.stdout.split('\n')[0]!, c.note);
    assert.doesNotMatch(sync.stdout, /EISDIR|EEXIST|ENOTDIR/);
    assert.equal(statusJson(s.state).version, 2);
    assert.ok(
      (await readdir(s.state)).some((n) => n.startsWith(`${c.entry}.broken-`)),
      'moved aside, not deleted',
    );
    assert.equal(s.sync().stdout.includes('repaired'), false, 'repaired for good');
  });
}
