import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDeepLinkRouter } from '../../../main/desktop/deep-link-router.ts';
import { wireIpc } from '../../../main/desktop/ipc-wiring.ts';
import { send } from '../../../main/domain/ipc/events.ts';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import type { IpcMainLike } from '../../../main/domain/ipc/register.ts';
import type { SenderEventLike } from '../../../main/domain/security/trusted-sender.ts';
import { CHANNEL_PREFIX, invokeContract, type Result } from '../../../preload/contract.ts';
import { fakeDeps } from '../ipc/fake-deps.ts';
import { FakeWindow, navigations } from './fake-window.ts';

type Listener = (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>;

function setup(overrides: Parameters<typeof fakeDeps>[0] = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void listeners.set(channel, listener),
    removeHandler: (channel) => void listeners.delete(channel),
  };
  const window = new FakeWindow(7);
  const router = createDeepLinkRouter((route) => send(window.webContents, 'navigate', route));
  const logged: string[] = [];
  let open = true;
  const unregister = wireIpc({
    ipcMain,
    handlers: createHandlers(fakeDeps(overrides).deps),
    ownWebContentsId: () => (open ? window.webContents.id : undefined),
    router,
    log: (line) => logged.push(line),
  });
  const invoke = (channel: string, event: SenderEventLike, ...args: unknown[]) => {
    const listener = listeners.get(CHANNEL_PREFIX + channel);
    assert.ok(listener, channel);
    return listener(event, ...args) as Promise<Result<unknown>>;
  };
  const frame = window.webContents.mainFrame;
  const trusted: SenderEventLike = { sender: { id: 7, mainFrame: frame }, senderFrame: frame };
  return { listeners, window, router, logged, invoke, trusted, unregister, close: () => (open = false) };
}

test('every contract channel is registered, and removed again', () => {
  const { listeners, unregister } = setup();
  assert.deepEqual(
    [...listeners.keys()].sort(),
    Object.keys(invokeContract)
      .map((c) => `lifeline:${c}`)
      .sort(),
  );
  unregister();
  assert.equal(listeners.size, 0);
});

test('the waiting deep link is delivered only at the page’s first trusted call; refused senders are logged', async () => {
  const { window, router, logged, invoke, trusted } = setup();
  router.open('lifeline://vendor/aws');
  const stranger = { sender: { id: 99 }, senderFrame: { url: 'app://lifeline/', parent: null } };
  const refused = await invoke('getAppInfo', stranger);
  assert.equal(refused.ok ? null : refused.error.code, 'bad-sender');
  assert.deepEqual(navigations(window), [], 'a refused caller does not count');
  assert.equal(logged.length, 1);
  assert.match(logged[0] ?? '', /^refused getAppInfo: /);
  assert.deepEqual(await invoke('getAppInfo', trusted), { ok: true, value: { appVersion: '0.1.0', preview: false, platform: 'linux' } });
  assert.deepEqual(navigations(window), [{ screen: 'vendor', id: 'aws' }]);
});

test('an iframe of the window, extra arguments and a closed window are refused', async () => {
  const { invoke, trusted, close } = setup();
  const iframe = { sender: trusted.sender, senderFrame: { url: 'app://lifeline/index.html', parent: {} } };
  const code = (result: Result<unknown>) => (result.ok ? null : result.error.code);
  assert.equal(code(await invoke('getBundle', iframe)), 'bad-sender');
  assert.equal(code(await invoke('getStatus', trusted, 'extra')), 'bad-arguments');
  close();
  assert.equal(code(await invoke('getStatus', trusted)), 'bad-sender');
});

test('an internal failure is logged with its stack, and the caller only learns it failed', async () => {
  const { logged, invoke, trusted } = setup({ appInfo: () => assert.fail('boom') });
  const result = await invoke('getAppInfo', trusted);
  assert.equal(result.ok, false);
  assert.match(logged.join('\n'), /^getAppInfo failed: AssertionError.*boom/s);
});
