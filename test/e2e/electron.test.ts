// The real desktop app through Playwright's Electron launcher. Runs only where an Electron binary is
// installed; elsewhere every test reports itself skipped with the reason.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { repoRoot } from '../../scripts/app-bundles.ts';
import { buildApp } from '../../scripts/build.ts';
import { findElectronBinary } from '../../scripts/electron-binary.ts';
import { EXPOSED_METHODS } from '../helpers/exposed-surface.ts';
import { HomePage } from './pages/home-page.ts';

const binary = findElectronBinary();
const skip =
  binary === null ? 'no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1); the preview-host suite covers the renderer' : false;

const EXPOSED: readonly string[] = EXPOSED_METHODS;

let app: ElectronApplication | undefined;
let page: Page;
let userData = '';

before(async () => {
  if (binary === null) return;
  await buildApp();
  userData = await mkdtemp(join(tmpdir(), 'lifeline-electron-'));
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : []; // Chromium refuses its sandbox as root
  app = await _electron.launch({
    executablePath: binary,
    args: [repoRoot, `--user-data-dir=${userData}`, ...rootOnly],
    cwd: repoRoot,
    env: { ...process.env, LIFELINE_TEST: '1' },
    timeout: 60_000,
  });
  page = await app.firstWindow();
  await new HomePage(page).card('azion').phoneNumbers().first().waitFor({ timeout: 30_000 });
});

after(async () => {
  await app?.close();
  if (userData !== '') await rm(userData, { recursive: true, force: true });
});

test('the window is served from app://lifeline and reads a vendor phone number', { skip }, async () => {
  assert.match(page.url(), /^app:\/\/lifeline\//);
  assert.equal(await page.title(), 'Lifeline');
  const number = new HomePage(page).card('azion').phoneNumbers().first();
  assert.equal((await number.textContent())?.trim(), '+55 51 3083 8111');
  assert.equal(await number.getAttribute('href'), 'tel:+555130838111');
});

test('the page sees window.lifeline with exactly the pinned methods, and no Node', { skip }, async () => {
  assert.deepEqual(await page.evaluate('Object.keys(window.lifeline)'), EXPOSED);
  assert.deepEqual(await page.evaluate('[typeof require, typeof process, typeof module]'), ['undefined', 'undefined', 'undefined']);
  const status = await page.evaluate<{ ok: boolean; value: { demo: boolean } }>('window.lifeline.getStatus()');
  assert.equal(status.ok, true);
  assert.equal(status.value.demo, true);
  const refused = await page.evaluate<{ ok: boolean; error: { code: string } }>("window.lifeline.openExternal('file:///etc/passwd')");
  assert.deepEqual([refused.ok, refused.error.code], [false, 'unsupported']);
});

test('the bridge is a context-isolated proxy, not the objects of the preload', { skip }, async () => {
  // contextBridge hands the page proxies whose functions print as native code; without isolation,
  // exposeInMainWorld would have thrown and window.lifeline would not exist.
  assert.equal(await page.evaluate("String(window.lifeline.getStatus).includes('[native code]')"), true);
  assert.equal(
    await page.evaluate("Object.isFrozen(window.lifeline) || Object.getOwnPropertyDescriptor(window, 'lifeline')?.writable === false"),
    true,
  );
});

test('navigation, window.open and remote content are refused', { skip }, async () => {
  const before = page.url();
  assert.equal(await page.evaluate("window.open('https://example.com/') === null"), true);
  await page.evaluate("location.href = 'https://example.com/'");
  await page.waitForTimeout(500);
  assert.equal(page.url(), before);
  const image = await page.evaluate(`new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve('loaded');
    img.onerror = () => resolve('blocked');
    img.src = 'https://example.com/pixel.png';
  })`);
  assert.equal(image, 'blocked');
});
