// Directory sources (file share, USB stick): regular files inside the directory only, with the same caps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfined, realDirectory } from '../../../main/domain/net/confined-read.ts';
import { isLifelineError, type FailureCode } from '../../../main/model/errors.ts';

async function tree(t: { after(fn: () => unknown): void }) {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-confined-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const repo = join(dir, 'repo');
  await mkdir(join(repo, 'metadata'), { recursive: true });
  await writeFile(join(repo, 'metadata', 'timestamp.json'), '{"ok":1}');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  return { dir, repo };
}

async function failsWith(promise: Promise<unknown>, code: FailureCode, message?: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isLifelineError(error, 'fetch'), String(error));
    assert.equal(error.detail.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

test('reads a regular file inside the directory, capped', async (t) => {
  const { repo } = await tree(t);
  assert.equal((await readConfined(repo, 'metadata/timestamp.json', 100)).toString(), '{"ok":1}');
  await failsWith(readConfined(repo, 'metadata/timestamp.json', 4), 'too-large');
  await assert.rejects(
    readConfined(repo, 'metadata/9.root.json', 100),
    (e: unknown) => isLifelineError(e, 'fetch') && e.detail.status === 404,
  );
});

test('symlinks escaping the directory, symlink loops and .. paths are refused', async (t) => {
  const { dir, repo } = await tree(t);
  await symlink(join(dir, 'secret.txt'), join(repo, 'metadata', 'escape.json'));
  await symlink('/dev/zero', join(repo, 'metadata', 'zero.json'));
  await symlink('loop-b.json', join(repo, 'metadata', 'loop-a.json'));
  await symlink('loop-a.json', join(repo, 'metadata', 'loop-b.json'));
  await failsWith(readConfined(repo, 'metadata/escape.json', 100), 'escape', /outside the repository/);
  await failsWith(readConfined(repo, 'metadata/zero.json', 100), 'escape');
  await failsWith(readConfined(repo, 'metadata/loop-a.json', 100), 'escape', /symbolic link loop/);
  await failsWith(readConfined(repo, '../secret.txt', 100), 'escape');
  await failsWith(readConfined(repo, '/etc/passwd', 100), 'escape');
  await failsWith(readConfined(repo, 'metadata\\..\\x', 100), 'escape');
});

test('a directory symlink loop as the source itself is refused', async (t) => {
  const { dir } = await tree(t);
  await symlink(join(dir, 'l2'), join(dir, 'l1'));
  await symlink(join(dir, 'l1'), join(dir, 'l2'));
  await failsWith(realDirectory(join(dir, 'l1')), 'escape', /loop/);
});

test('FIFOs, directories and devices are not regular files', { skip: process.platform === 'win32' }, async (t) => {
  const { repo } = await tree(t);
  execFileSync('mkfifo', [join(repo, 'metadata', 'fifo.json')]);
  await mkdir(join(repo, 'metadata', 'dir.json'));
  const started = Date.now();
  await failsWith(readConfined(repo, 'metadata/fifo.json', 100), 'not-a-file');
  assert.ok(Date.now() - started < 1000, 'never blocks on a FIFO');
  await failsWith(readConfined(repo, 'metadata/dir.json', 100), 'not-a-file');
  await failsWith(readConfined('/dev', 'zero', 100), 'not-a-file');
});
