// Pins what the preload exposes: any widening of window.lifeline shows up here in review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import vm from 'node:vm';
import { preloadBundle } from '../../../scripts/app-bundles.ts';
import { createApi, type IpcRendererLike } from '../../../preload/api.ts';
import { invokeContract } from '../../../preload/contract.ts';
import { EXPOSED_METHODS } from '../../helpers/exposed-surface.ts';

const EXPOSED: readonly string[] = EXPOSED_METHODS;

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invoked: Array<[string, unknown[]]> = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, args]);
      if (channel === 'lifeline:getTheme') throw new Error('No handler registered');
      return { ok: true, value: `answer to ${channel}` };
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'electron internals', ports: [] }, payload);
  };
  return { ipc, invoked, listeners, emit };
}

test('the api has exactly the contract operations plus four subscriptions', () => {
  const api = createApi(fakeIpcRenderer().ipc);
  assert.deepEqual(Object.keys(api), EXPOSED);
  const expected = [...Object.keys(invokeContract), 'onStatusChanged', 'onSyncProgress', 'onNavigate', 'onMenuCommand'];
  assert.deepEqual([...Object.keys(api)].sort(), expected.sort());
  for (const key of EXPOSED) assert.equal(typeof api[key as keyof typeof api], 'function');
});

test('methods invoke their prefixed channel with exactly their arguments', async () => {
  const { ipc, invoked } = fakeIpcRenderer();
  const api = createApi(ipc);
  assert.deepEqual(await api.getStatus(), { ok: true, value: 'answer to lifeline:getStatus' });
  await api.openExternal('tel:+18005551234');
  await api.setTheme('dark');
  assert.deepEqual(invoked, [
    ['lifeline:getStatus', []],
    ['lifeline:openExternal', ['tel:+18005551234']],
    ['lifeline:setTheme', ['dark']],
  ]);
  assert.deepEqual(await api.getTheme(), {
    ok: false,
    error: { code: 'internal', message: 'Lifeline main process did not answer' },
  });
});

test('subscriptions never pass the Electron event and unsubscribe cleanly', () => {
  const { ipc, emit, listeners } = fakeIpcRenderer();
  const api = createApi(ipc);
  const seen: unknown[][] = [];
  const off = api.onNavigate((...args: unknown[]) => seen.push(args));
  emit('lifeline:navigate', { screen: 'vendor', id: 'aws' });
  assert.deepEqual(seen, [[{ screen: 'vendor', id: 'aws' }]]);
  off();
  emit('lifeline:navigate', { screen: 'vendors' });
  assert.equal(seen.length, 1);
  assert.equal(listeners.get('lifeline:navigate')?.size, 0);
});

test('the built preload runs in a sandbox that only offers electron, and exposes only window.lifeline', async () => {
  const result = await build({ ...preloadBundle(), write: false, outfile: 'preload.cjs' });
  const code = result.outputFiles?.[0]?.text ?? '';
  assert.ok(!code.includes('zod'), 'zod must not be bundled into the preload');
  assert.ok(code.length < 20_000, `preload is ${code.length} bytes`);
  const exposed: Array<[string, Record<string, unknown>]> = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
    ipcRenderer: fakeIpcRenderer().ipc,
  };
  const requireInSandbox = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`module not available in a sandboxed preload: ${name}`);
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require: requireInSandbox, module, exports: module.exports });
  assert.equal(exposed.length, 1);
  assert.equal(exposed[0]?.[0], 'lifeline');
  assert.deepEqual(Object.keys(exposed[0]?.[1] ?? {}), EXPOSED);
});
