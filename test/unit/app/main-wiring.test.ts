// Runs the bundled main process (dist/main/app.cjs as `npm run build` makes it) under Node with a recording
// stand-in for `electron`: proves the wiring without an Electron binary (scheme before ready, hardened
// window, every IPC channel registered behind the sender check, the demo bundle served, deep links, menu).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderer } from '../../../scripts/build-renderer.ts';
import { mainBundle, preloadBundle, repoRoot } from '../../../scripts/app-bundles.ts';
import { invokeContract } from '../../../preload/contract.ts';
import { createFakeElectron } from './fake-electron.ts';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

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
    build({ ...mainBundle(), outfile: join(appDir, 'dist', 'main', 'app.cjs') }),
    build({ ...preloadBundle(), outfile: join(appDir, 'dist', 'preload', 'index.cjs') }),
    buildRenderer(join(appDir, 'dist', 'renderer')),
  ]);
  await symlink(join(repoRoot, 'resources'), join(appDir, 'resources'));
  fake = createFakeElectron(appDir, join(work, 'userData'));
  const original = moduleInternals._load;
  moduleInternals._load = function (request, parent, isMain) {
    return request === 'electron' ? fake.electron : original.call(this, request, parent, isMain);
  };
  process.argv = [...argvBefore, 'lifeline://vendor/aws'];
  try {
    Module.createRequire(join(appDir, 'package.json'))(join(appDir, 'dist', 'main', 'app.cjs'));
  } finally {
    moduleInternals._load = original;
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
  fake.ready();
});

test('one hardened window loads app://lifeline with the sandboxed preload', async () => {
  const window = await waitFor('the window', () => fake.record.windows[0]);
  assert.equal(window.loadedUrl, 'app://lifeline/index.html');
  const prefs = window.options.webPreferences;
  assert.deepEqual(
    [prefs.contextIsolation, prefs.sandbox, prefs.nodeIntegration, prefs.webSecurity, prefs.webviewTag],
    [true, true, false, true, false],
  );
  assert.match(String(prefs.preload), /dist[\\/]preload[\\/]index\.cjs$/);
  // Guards attached through web-contents-created.
  let prevented = false;
  window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://status.example.com/');
  assert.equal(prevented, true);
  assert.deepEqual(window.webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' }), { action: 'deny' });
  assert.deepEqual(fake.record.opened, ['https://status.example.com/']);
  let granted: boolean | undefined;
  fake.record.permissionRequest?.(...([null, 'media', (g: boolean) => (granted = g)] as never[]));
  assert.equal(granted, false);
});

test('the renderer is served with the CSP header', async () => {
  const handler = await waitFor('the app protocol', () => fake.record.protocolHandlers.get('app'));
  const response = (await handler(...([{ url: 'app://lifeline/', method: 'GET' }] as never[]))) as Response;
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  assert.match(await response.text(), /<div id="root">/);
  const escape = (await handler(...([{ url: 'app://lifeline/..%2f..%2fpackage.json', method: 'GET' }] as never[]))) as Response;
  assert.equal(escape.status, 404);
});

test('every contract channel is registered and answers the window with the demo bundle', async () => {
  await waitFor('the handlers', () => fake.record.ipcHandlers.size === Object.keys(invokeContract).length);
  assert.deepEqual(
    [...fake.record.ipcHandlers.keys()].sort(),
    Object.keys(invokeContract)
      .map((c) => `lifeline:${c}`)
      .sort(),
  );
  // The launch link waits for the page's first call: its subscriptions exist only then.
  const navigations = () => fake.record.windows[0]?.webContents.sent.filter(([c]) => c === 'lifeline:navigate').map(([, r]) => r);
  assert.deepEqual(navigations(), []);
  fake.record.windows[0]?.webContents.emit('did-finish-load');
  assert.deepEqual(navigations(), [], 'load alone is too early for React effects');
  assert.equal(
    (await invoke('getAppInfo', { sender: { id: 99 }, senderFrame: { url: 'app://lifeline/', parent: null } })).error?.code,
    'bad-sender',
  );
  assert.deepEqual(navigations(), [], 'a refused caller does not count');
  assert.deepEqual((await invoke('getAppInfo', trusted())).value, { appVersion: '0.1.0', preview: false, platform: process.platform });
  assert.deepEqual(navigations(), [{ screen: 'vendor', id: 'aws' }]);
  // The core installs the embedded demo (real TUF verification) and pushes statusChanged.
  await waitFor('the demo install', () => fake.record.windows[0]?.webContents.sent.some(([c]) => c === 'lifeline:statusChanged'));
  const current = await invoke('getStatus', trusted());
  assert.equal(current.ok, true);
  assert.equal((current.value as { demo: boolean }).demo, true);
  const bundle = await invoke('getBundle', trusted());
  assert.ok((bundle.value as { vendors: Array<{ id: string }> }).vendors.some((v) => v.id === 'azion'));
  const iframe = { sender: trusted().sender, senderFrame: { url: 'app://lifeline/index.html', parent: {} } };
  assert.equal((await invoke('getBundle', iframe)).error?.code, 'bad-sender');
  assert.equal((await invoke('getStatus', trusted(), 'extra')).error?.code, 'bad-arguments');
});

test('theme changes reach nativeTheme and the settings file', async () => {
  assert.deepEqual(await invoke('setTheme', trusted(), 'dark'), { ok: true, value: 'dark' });
  assert.equal(fake.electron.nativeTheme.themeSource, 'dark');
  const saved = JSON.parse(await readFile(join(work, 'userData', 'settings.json'), 'utf8')) as { theme: string };
  assert.equal(saved.theme, 'dark');
});

test('a second launch with a link focuses the window and navigates; a bad link only focuses', async () => {
  const window = await waitFor('the window', () => fake.record.windows[0]);
  const navigations = () => window.webContents.sent.filter(([c]) => c === 'lifeline:navigate').map(([, r]) => r);
  assert.deepEqual(navigations(), [{ screen: 'vendor', id: 'aws' }], 'the launch link, delivered once');
  fake.appEvents.emit('second-instance', {}, ['/opt/Lifeline/lifeline', 'lifeline://escalate/checkout?severity=sev1'], '/');
  assert.deepEqual(navigations().at(-1), { screen: 'escalate', target: 'checkout', severity: 'sev1' });
  assert.equal(window.focused, 1);
  fake.appEvents.emit('second-instance', {}, ['/opt/Lifeline/lifeline', 'lifeline://vendor/%00'], '/');
  assert.equal(navigations().length, 2);
  assert.equal(window.focused, 2);
});

test('the menu carries the required items; Find sends the find command', async () => {
  const menu = (await waitFor('the menu', () => fake.record.menu)) as Array<{ submenu?: Array<{ label?: string; click?: () => void }> }>;
  const items = menu.flatMap((m) => m.submenu ?? []);
  for (const label of [
    'Sync now',
    'Import bundle from folder...',
    'Print...',
    'Save as PDF...',
    'Find',
    'Toggle dark mode',
    'About Lifeline',
  ]) {
    assert.ok(
      items.some((i) => i.label === label),
      label,
    );
  }
  items.find((i) => i.label === 'Find')?.click?.();
  const window = fake.record.windows[0];
  assert.deepEqual(window?.webContents.sent.at(-1), ['lifeline:menuCommand', 'find']);
});
