// Smoke test of the composed entry: the main process bundled as `npm run build` does, with `electron`
// bundled as a recording stand-in, run under Node (there is no Electron binary here). The parts are unit
// tested one by one (test/unit/app/*); this proves main.ts puts them together, in the right order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Plugin } from 'esbuild';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderer } from '../../../scripts/build-renderer.ts';
import { mainBundle, preloadBundle, repoRoot } from '../../../scripts/app-bundles.ts';
import { invokeContract } from '../../../preload/contract.ts';
import { createFakeElectron } from './fake-electron.ts';

const FAKE = Symbol.for('lifeline.test.electron');
/** Bundles `electron` as a module that hands out this test's fake (no loader patching at run time). */
const fakeElectronPlugin: Plugin = {
  name: 'fake-electron',
  setup(b) {
    b.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake-electron' }));
    b.onLoad({ filter: /.*/, namespace: 'fake-electron' }, () => ({
      contents: `module.exports = globalThis[Symbol.for(${JSON.stringify(FAKE.description)})];`,
      loader: 'js',
    }));
  },
};

let work = '';
let fake: ReturnType<typeof createFakeElectron>;
const argvBefore = [...process.argv];

async function waitFor<T>(what: string, read: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const trusted = () => {
  const window = fake.record.windows[0];
  assert.ok(window);
  const frame = window.webContents.mainFrame;
  return { sender: { id: window.webContents.id, mainFrame: frame }, senderFrame: frame };
};
const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
  const handler = fake.record.ipcHandlers.get(`lifeline:${channel}`);
  assert.ok(handler, channel);
  return handler(event, ...args) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'lifeline-main-'));
  const appDir = join(work, 'app');
  await Promise.all([
    build({ ...mainBundle(), external: [], plugins: [fakeElectronPlugin], outfile: join(appDir, 'dist', 'main', 'app.cjs') }),
    build({ ...preloadBundle(), outfile: join(appDir, 'dist', 'preload', 'index.cjs') }),
    buildRenderer(join(appDir, 'dist', 'renderer')),
  ]);
  await symlink(join(repoRoot, 'resources'), join(appDir, 'resources'));
  fake = createFakeElectron(appDir, join(work, 'userData'));
  (globalThis as Record<symbol, unknown>)[FAKE] = fake.electron;
  process.argv = [...argvBefore, 'lifeline://vendor/aws'];
  try {
    Module.createRequire(join(appDir, 'package.json'))(join(appDir, 'dist', 'main', 'app.cjs'));
  } finally {
    process.argv = argvBefore;
  }
});

after(async () => {
  fake?.appEvents.emit('before-quit');
  await rm(work, { recursive: true, force: true });
});

test('before ready: app:// is privileged, the sandbox forced, lifeline:// claimed; no window yet', () => {
  assert.deepEqual(fake.record.privileged, [
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
  assert.equal(fake.record.sandboxEnabled, true);
  assert.equal(fake.record.protocolClients[0]?.[0], 'lifeline');
  assert.equal(fake.record.windows.length, 0);
  assert.equal(fake.record.ipcHandlers.size, 0);
  fake.ready();
});

test('once ready: one hardened window on app://lifeline with the sandboxed preload, guarded as created', async () => {
  const window = await waitFor('the window', () => fake.record.windows[0]);
  assert.equal(window.loadedUrl, 'app://lifeline/index.html');
  const prefs = window.options.webPreferences;
  assert.deepEqual(
    [prefs.contextIsolation, prefs.sandbox, prefs.nodeIntegration, prefs.webSecurity, prefs.webviewTag],
    [true, true, false, true, false],
  );
  assert.match(String(prefs.preload), /dist[\\/]preload[\\/]index\.cjs$/);
  let prevented = false;
  window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://status.example.com/');
  assert.equal(prevented, true);
  assert.deepEqual(fake.record.opened, ['https://status.example.com/']);
  assert.equal(typeof fake.record.permissionRequest, 'function');
  assert.ok(fake.record.protocolHandlers.has('app'));
  assert.ok(Array.isArray(fake.record.menu));
});

test('every contract channel answers the window; the launch link waits for its first call; the demo installs', async () => {
  await waitFor('the handlers', () => fake.record.ipcHandlers.size === Object.keys(invokeContract).length);
  assert.deepEqual(
    [...fake.record.ipcHandlers.keys()].sort(),
    Object.keys(invokeContract)
      .map((c) => `lifeline:${c}`)
      .sort(),
  );
  const navigations = () => fake.record.windows[0]?.webContents.sent.filter(([c]) => c === 'lifeline:navigate').map(([, r]) => r);
  assert.deepEqual(navigations(), []);
  assert.deepEqual((await invoke('getAppInfo', trusted())).value, { appVersion: '0.1.0', preview: false, platform: process.platform });
  assert.deepEqual(navigations(), [{ screen: 'vendor', id: 'aws' }]);
  // The core installs the embedded demo (real TUF verification) and pushes statusChanged.
  await waitFor('the demo install', () => fake.record.windows[0]?.webContents.sent.some(([c]) => c === 'lifeline:statusChanged'));
  const current = await invoke('getStatus', trusted());
  assert.equal((current.value as { demo: boolean }).demo, true);
  const bundle = await invoke('getBundle', trusted());
  assert.ok((bundle.value as { vendors: Array<{ id: string }> }).vendors.some((v) => v.id === 'azion'));
});

test('theme changes reach nativeTheme and the settings file', async () => {
  assert.deepEqual(await invoke('setTheme', trusted(), 'dark'), { ok: true, value: 'dark' });
  assert.equal(fake.electron.nativeTheme.themeSource, 'dark');
  const saved = JSON.parse(await readFile(join(work, 'userData', 'settings.json'), 'utf8')) as { theme: string };
  assert.equal(saved.theme, 'dark');
});

test('a second launch reaches the window: it is focused and the link routed', async () => {
  const window = await waitFor('the window', () => fake.record.windows[0]);
  fake.appEvents.emit('second-instance', {}, ['/opt/Lifeline/lifeline', 'lifeline://escalate/checkout?severity=sev1'], '/');
  const sent = window.webContents.sent.filter(([c]) => c === 'lifeline:navigate').map(([, r]) => r);
  assert.deepEqual(sent.at(-1), { screen: 'escalate', target: 'checkout', severity: 'sev1' });
  assert.equal(window.focused, 1);
});
