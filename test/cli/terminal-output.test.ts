// What the CLI writes to a terminal: no raw control characters from data, and a closed pipe (`| head`)
// ends a command quietly with its real exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLifeline } from '../helpers/cli.ts';
import { createTestRepo, sampleBundle } from '../helpers/tuf-repo.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'main', 'cli', 'index.ts');
const demoPlans = join(root, 'resources', 'demo', 'plans');
const demoRepo = join(root, 'resources', 'demo', 'repo');
const demoRoot = join(root, 'resources', 'demo', 'root.json');
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE_TITLE = 'Plans \x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \u009b2J \u202Eenil\0end';

async function tempDir(t: { after(fn: () => unknown): void }, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the CLI into a pipe whose reader has already gone (`| true`), as `| head -1` does after one line. */
function intoClosedPipe(args: string[]) {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = spawnSync(
    'bash',
    ['-c', `set -o pipefail; "${process.execPath}" --import tsx '${cli}' ${quoted} | true; echo "exit=$?" >&2`],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: Number(/exit=(\d+)/.exec(run.stderr)?.[1] ?? -1), stderr: run.stderr.replace(/exit=\d+\n$/, '') };
}

test('a closed stdout ends publish, lint, sync, status and verify quietly with their real exit codes', async (t) => {
  const dir = await tempDir(t, 'lifeline-epipe-');
  assert.equal(runLifeline(['keys', 'init', '--dir', join(dir, 'keys')]).code, 0);
  const state = join(dir, 'state');
  const cases: { args: string[]; code: number }[] = [
    { args: ['publish', demoPlans, '--keys', join(dir, 'keys'), '--repo', join(dir, 'repo')], code: 0 },
    { args: ['lint', demoPlans], code: 0 },
    { args: ['lint', join(root, 'test', 'fixtures', 'plans', 'broken'), '--today', '2026-11-22'], code: 1 },
    { args: ['sync', '--source', demoRepo, '--root', demoRoot, '--state', state], code: 0 },
    { args: ['status', '--state', state], code: 0 },
    { args: ['status', '--state', state, '--json'], code: 0 },
    { args: ['verify', '--repo', demoRepo, '--root', demoRoot], code: 0 },
  ];
  for (const c of cases) {
    const run = intoClosedPipe(c.args);
    assert.equal(run.stderr, '', `${c.args[0]}: nothing on stderr, got:\n${run.stderr}`);
    assert.equal(run.code, c.code, `${c.args.join(' ')}: real exit code`);
  }
});

test('control characters in bundle data never reach the terminal raw from sync, status or verify', async (t) => {
  const repo = await createTestRepo();
  t.after(() => repo.cleanup());
  // Signed by a publisher that did not lint: the client must still print it safely.
  await repo.publish(sampleBundle({ id: 'acme-support', title: HOSTILE_TITLE }));
  const state = join(await tempDir(t, 'lifeline-ctl-'), 'state');
  const runs = [
    runLifeline(['sync', '--source', repo.repoDir, '--root', repo.rootPath, '--state', state]),
    runLifeline(['status', '--state', state]),
    runLifeline(['status', '--state', state, '--json']),
    runLifeline(['verify', '--repo', repo.repoDir, '--root', repo.rootPath]),
  ];
  for (const run of runs) {
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, RAW_CONTROL, JSON.stringify(run.stdout));
  }
  assert.match(runs[1]!.stdout, /Plans \\u001b\[31mRED\\u001b\[0m \\u001b\]0;pwned\\u0007 \\u009b2J \\u202eenil\\u0000end/);
  assert.equal((JSON.parse(runs[2]!.stdout) as { title: string }).title, HOSTILE_TITLE, 'JSON stays exact after escaping');
});
