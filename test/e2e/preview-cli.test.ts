// `npm run preview` as users run it: a child process, its first line, loopback-only binding, the token,
// and a real sync from a signed repository shown live in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshotPath } from '../helpers/browser.ts';
import { createTestRepo, type TestRepo } from '../helpers/tuf-repo.ts';
import { fixtureBundle } from './fixtures/bundle.ts';
import { waitUntil } from './fixtures/page-helpers.ts';
import { EscalationPage } from './pages/escalation-page.ts';
import { HomePage } from './pages/home-page.ts';

const root = join(import.meta.dirname, '..', '..');
// What `npm run preview` runs: the prebuilt host, rebuilt first when stale.
const cli = join(root, 'scripts', 'preview.mjs');
let repo: TestRepo;
let stateDir: string;
let child: ChildProcess;
let url: URL;
let browser: Browser;

before(async () => {
  [repo, stateDir, browser] = await Promise.all([createTestRepo(), mkdtemp(join(tmpdir(), 'lifeline-preview-cli-')), launchBrowser()]);
  await repo.publish(fixtureBundle());
  child = spawn(process.execPath, [cli, '--state', stateDir, '--source', repo.repoDir, '--root', repo.rootPath], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
    setTimeout(() => reject(new Error('no first line within 30 s')), 30_000).unref();
  });
  const match = /^Lifeline preview: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{20,})$/.exec(firstLine);
  assert.ok(match?.[1], `first line is exactly "Lifeline preview: <url>", got ${JSON.stringify(firstLine)}`);
  url = new URL(match[1]);
});

after(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await repo?.cleanup();
  await rm(stateDir, { recursive: true, force: true });
});

test('the bridge refuses calls without the token and listens on 127.0.0.1 only', async () => {
  const api = new URL('/api/invoke/getStatus', url);
  const post = (headers: Record<string, string>) =>
    fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '[]' });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ authorization: 'Bearer not-the-token' })).status, 401);
  const token = url.hash.replace('#token=', '');
  const ok = await post({ authorization: `Bearer ${token}` });
  assert.equal(ok.status, 200);
  assert.equal(((await ok.json()) as { ok: boolean }).ok, true);
  const foreign = await new Promise<string>((resolve) => {
    const socket = connect({ host: '127.0.0.2', port: Number(url.port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
  assert.equal(foreign, 'ECONNREFUSED', 'nothing answers on another loopback address');
});

test('a newly published version arrives through Sync now, verified by the real engine', async () => {
  const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
  const home = await new HomePage(page).open(url.href);
  await waitUntil(
    async () => (await home.statusBar.title().textContent()) === 'Fixture support plans',
    'the synced plans replace the demo',
    10_000,
  );
  assert.equal(await page.getByTestId('demo-flag').count(), 0, 'plans from a configured source are not flagged demo');
  const before = Number(await page.getByTestId('bundle-version').textContent());
  const next = fixtureBundle();
  next.vendors = next.vendors.filter((vendor) => vendor.id !== 'ledgerly');
  await repo.publish(next);
  await page.getByRole('button', { name: 'Sync now', exact: true }).click();
  await waitUntil(
    async () => Number(await page.getByTestId('bundle-version').textContent()) === before + 1,
    'the new version shown',
    15_000,
  );
  await waitUntil(async () => (await home.cards().count()) === 2, 'the removed vendor is gone');
  assert.match((await page.getByTestId('sync-message').textContent()) ?? '', /install/i);
  const changes = (await page.getByTestId('changes').textContent()) ?? '';
  assert.match(changes, new RegExp(`v${before} → v${before + 1}`));
  assert.match(changes, /ledgerly \/ .* removed/, 'the removed phone line is named');
  await page.screenshot({ path: screenshotPath('after-sync-update.png') });
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('a screen open when Sync now installs other plans shows them at once, without a reload', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  const home = await new HomePage(page).open(url.href);
  await waitUntil(async () => (await home.cards().count()) === 2, 'the plans without Ledgerly');
  const escalation = await new EscalationPage(page).goto('#/escalate/ledgerly?severity=sev1');
  await escalation.heading('No service or vendor with id “ledgerly” in this bundle.').waitFor();
  await repo.publish(fixtureBundle());
  await home.statusBar.syncButton().click();
  // Well inside the screen's own 30-second refresh: the new bundle re-runs its read.
  await escalation.heading('Ledgerly Payments: Sev1 escalation').waitFor({ timeout: 10_000 });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('usage errors exit 2 with one line; --help exits 0', async () => {
  const run = (args: string[]) => execFileAsync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  // In parallel: each is a fresh Node + tsx start-up.
  const [missingRoot, badPort, unknownFlag, help] = await Promise.all([
    run(['--source', repo.repoDir]),
    run(['--port', 'eighty']),
    run(['--bogus']),
    run(['--help']),
  ]);
  assert.equal(missingRoot.code, 2);
  assert.match(missingRoot.stderr, /^lifeline preview: --source needs --root/);
  assert.doesNotMatch(missingRoot.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(badPort.code, 2);
  assert.equal(unknownFlag.code, 2);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: npm run preview/);
});

function execFileAsync(file: string, args: string[], options: { cwd: string; encoding: 'utf8'; timeout: number }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, options, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
