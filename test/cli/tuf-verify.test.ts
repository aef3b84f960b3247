// `lifeline verify` on good, tampered, expired and foreign repositories: exit 1 with one line naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runLifeline, type CliRun } from '../helpers/cli.ts';
import { createTestRepo, runCliInProcess as runHere, serveStatic } from '../helpers/tuf-repo.ts';

const root = join(import.meta.dirname, '..', '..');

/** Async variant of runLifeline, so an in-process loopback server can answer the child. */
function runAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'main', 'cli', 'index.ts'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

function oneLineFailure(run: CliRun, expected: RegExp): void {
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr.trim(), expected);
}

test('verify: good repository exits 0; tampering, wrong root and expiry exit 1 naming the file', async (t) => {
  const repo = await createTestRepo();
  const other = await createTestRepo();
  t.after(() => Promise.all([repo.cleanup(), other.cleanup()]));
  await repo.publish();
  const verify = (r = repo.rootPath) => runLifeline(['verify', '--repo', repo.repoDir, '--root', r]);
  const good = verify();
  assert.equal(good.code, 0, good.stderr);
  assert.match(good.stdout, /^bundle: acme-support$/m);
  assert.match(good.stdout, /^vendors: 1, services: 1, runbooks: 1, contacts: 1, phone numbers: 2$/m);

  oneLineFailure(verify(other.rootPath), /^lifeline verify: timestamp\.json: signature threshold not met \(0 of 1 valid\)$/);

  await repo.publish(undefined, { signers: { targets: (await other.keys()).held } });
  oneLineFailure(verify(), /^lifeline verify: 2\.targets\.json: signature threshold not met \(0 of 1 valid\)$/);

  await repo.publish();
  await repo.flipBit(await repo.currentFile('bundle'));
  oneLineFailure(verify(), /^lifeline verify: targets\/[0-9a-f]{64}\.bundle\.json: hash does not match/);

  await repo.publish();
  await repo.timestamp({ now: new Date(Date.now() - 3 * 86_400_000), expiresIn: 86_400_000 });
  oneLineFailure(verify(), /^lifeline verify: timestamp\.json: expired/);
});

test('verify: bad sources and root files are one-line errors; usage errors exit 2', async () => {
  oneLineFailure(await runHere(['verify', '--repo', 'javascript:alert(1)', '--root', 'x.json']), /cannot read the root file/);
  const rootFile = join(root, 'resources', 'demo', 'root.json');
  oneLineFailure(await runHere(['verify', '--repo', 'javascript:alert(1)', '--root', rootFile]), /unsupported source scheme "javascript:"/);
  oneLineFailure(await runHere(['verify', '--repo', 'http://plans.example.com/repo', '--root', rootFile]), /only allowed for loopback/);
  oneLineFailure(await runHere(['verify', '--repo', '/nonexistent/repo', '--root', rootFile]), /does not exist/);
  assert.equal((await runHere(['verify', '--root', rootFile])).code, 2);
  assert.equal((await runHere(['verify', '--repo', 'x', '--root', rootFile, 'extra'])).code, 2);
});

test('verify over loopback HTTP, and a 404 for the timestamp is named', async (t) => {
  const repo = await createTestRepo();
  await repo.publish();
  let missing = false;
  const server = await serveStatic(
    () => repo.repoDir,
    (path, _req, res) => {
      if (!missing || path !== '/metadata/timestamp.json') return false;
      res.writeHead(404).end();
      return true;
    },
  );
  t.after(() => Promise.all([server.close(), repo.cleanup()]));
  const good = await runAsync(['verify', '--repo', `${server.url}/`, '--root', repo.rootPath]);
  assert.equal(good.code, 0, good.stderr);
  missing = true;
  oneLineFailure(
    await runAsync(['verify', '--repo', server.url, '--root', repo.rootPath]),
    /^lifeline verify: timestamp\.json: not found \(HTTP 404/,
  );
});
