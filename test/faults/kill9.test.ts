// kill -9 of a syncing process at random moments, 50 times: afterwards the state always holds a fully
// verified generation (re-checked), either the old or the new one, and the floor never went back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsPort } from '../../main/domain/files/fs-port.ts';
import { stateLayout } from '../../main/domain/storage/layout.ts';
import { readLocalState } from '../../main/domain/storage/local-state.ts';
import { createTestRepo, sampleBundle } from '../helpers/tuf-repo.ts';

const ITERATIONS = 50;
const childSource = join(import.meta.dirname, 'sync-child.ts');
let child = '';

/** Runs the child; kills it with SIGKILL `killAfterMs` after it reports it started syncing (null: let it finish). */
function runChild(args: string[], killAfterMs: number | null): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    proc.stdout.on('data', (chunk: Buffer) => {
      if (started === 0 && chunk.toString().includes('syncing')) {
        started = Date.now();
        if (killAfterMs !== null) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ killed: signal === 'SIGKILL', ms: started ? Date.now() - started : 0 });
    });
  });
}

test(`kill -9 during sync, ${ITERATIONS} times: the active generation is always fully verified`, { timeout: 180_000 }, async () => {
  const repo = await createTestRepo();
  const stateDir = await mkdtemp(join(tmpdir(), 'lifeline-kill9-'));
  // One self-contained script starts in a fraction of the time tsx needs, so 50 kills stay fast.
  child = join(stateDir, '..', `${stateDir.split(/[\\/]/).pop()}-child.cjs`);
  await build({ entryPoints: [childSource], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error' });
  const bundle = (n: number) => {
    const b = sampleBundle({ title: `release ${n}` });
    b.runbooks[0]!.body = randomBytes(100 * 1024).toString('base64'); // big enough that writes take a while
    return b;
  };
  try {
    await repo.publish(bundle(1));
    const args = [repo.repoDir, repo.rootPath, stateDir];
    const first = await runChild(args, null);
    assert.equal(first.killed, false);
    let floor = 0;
    let installedAfterKill = 0;
    let killed = 0;
    let completed = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      await repo.publish(bundle(i + 2));
      const run = await runChild(args, Math.random() * Math.max(first.ms, 50) * 1.2);
      if (run.killed) killed++;
      const local = await readLocalState(createFsPort(), stateLayout(stateDir));
      assert.ok(local.active, `iteration ${i}: a verified generation is active`);
      assert.equal(local.recovered, null, `iteration ${i}: the active generation re-checks clean`);
      const version = local.active.manifest.bundle.version;
      assert.ok(version >= floor, `iteration ${i}: version ${version} not below ${floor}`);
      assert.ok(local.trusted.roles.targets.version >= version, `iteration ${i}: floor at least the active version`);
      if (run.killed && version === i + 2) installedAfterKill++;
      if (!run.killed) completed++;
      floor = version;
    }
    assert.ok(killed >= ITERATIONS / 2, `most runs were really killed (${killed})`);
    // The next unkilled sync always reaches the newest version, whatever leftovers the kills made.
    const last = await runChild(args, null);
    assert.equal(last.killed, false);
    const final = await readLocalState(createFsPort(), stateLayout(stateDir));
    assert.equal(final.active?.manifest.bundle.version, ITERATIONS + 1);
    assert.ok(final.manifests.length <= 4 + 2, 'old generations are collected');
    // Kills land both before and after the pointer swap (else the test would not exercise both sides).
    assert.ok(
      installedAfterKill + completed > 0 && killed - installedAfterKill > 0,
      `kills before (${killed - installedAfterKill}) and after the swap (${installedAfterKill + completed})`,
    );
  } finally {
    await repo.cleanup();
    await rm(stateDir, { recursive: true, force: true });
    await rm(child, { force: true });
  }
});
