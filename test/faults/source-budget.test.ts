// One slow mirror must not hold a sync (and its lock) for minutes: each source gets a total time budget,
// then the next source is tried. The mirror here sends every file one byte at a time, always inside the
// idle timeout and the per-file deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultServer } from '../helpers/fault-server.ts';
import { createTestRepo } from '../helpers/tuf-repo.ts';
import { runLifeline } from '../helpers/cli.ts';
import { runSync } from '../../main/domain/sync/sync-once.ts';
import { freshHarnessPerTest } from './harness.ts';

const cli = join(import.meta.dirname, '..', '..', 'main', 'cli', 'index.ts');

/** The CLI as a child process without blocking this process (it serves the mirror the child talks to). */
function runCliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

test('lifeline sync --source-budget: a byte-by-byte mirror is dropped after its budget and the next source installs', async (t) => {
  const repo = await createTestRepo();
  await repo.publish();
  const mirror = await startFaultServer(repo.repoDir);
  const state = join(await mkdtemp(join(tmpdir(), 'lifeline-budget-')), 'state');
  t.after(async () => {
    await mirror.close();
    await repo.cleanup();
    await rm(join(state, '..'), { recursive: true, force: true });
  });
  // A few KiB at one byte per 5 ms: well over 10 s for the repository, never 5 ms of silence.
  mirror.inject({ kind: 'trickle', everyMs: 5 });
  const run = await runCliAsync([
    'sync',
    '--source',
    mirror.url,
    '--source',
    repo.repoDir,
    '--root',
    repo.rootPath,
    '--state',
    state,
    '--source-budget',
    '3',
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(run.seconds < 9, `the sync took ${run.seconds} s`);
  assert.match(run.stdout, /^Installed acme-support version 1/m);
  const status = JSON.parse(runLifeline(['status', '--state', state, '--json']).stdout) as { lastAttempt: { source: string; ok: boolean } };
  assert.deepEqual({ source: status.lastAttempt.source, ok: status.lastAttempt.ok }, { source: repo.repoDir, ok: true });
});

test('lifeline sync --source-budget refuses nonsense as a usage error', () => {
  const run = runLifeline(['sync', '--source', '/x', '--root', '/x', '--state', '/x', '--source-budget', '2m']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--source-budget takes whole seconds from 1 to 3600, got "2m"/);
});

const harness = freshHarnessPerTest();

test('with only the slow mirror, the failure names the budget and the last bundle is kept', async () => {
  const t = harness();
  t.server.inject({ kind: 'trickle', everyMs: 5 });
  const started = Date.now();
  const outcome = await runSync(
    { ...t.ctx(), sourceBudgetMs: 1_500 },
    { sources: [{ location: t.server.url, insecure: false }], root: t.repo.rootBytes },
  );
  const seconds = (Date.now() - started) / 1000;
  assert.equal(outcome.ok, false);
  assert.match(outcome.message, /time budget of 1\.5 s is used up/);
  assert.match(outcome.message, /kept acme-support version 1/);
  assert.ok(seconds < 4, `took ${seconds} s`);
});
