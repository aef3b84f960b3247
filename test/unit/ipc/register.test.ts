import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import { registerHandlers, type IpcMainLike } from '../../../main/domain/ipc/register.ts';
import type { SenderEventLike } from '../../../main/domain/security/trusted-sender.ts';
import { CHANNEL_PREFIX, invokeContract } from '../../../preload/contract.ts';
import { fakeDeps } from './fake-deps.ts';

type Listener = (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: (channel, listener) => {
      assert.ok(!listeners.has(channel), `registered twice: ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => void listeners.delete(channel),
  };
}

const OWN_ID = 7;
function frame(url: string, parent: unknown = null) {
  return { url, parent };
}
function ownEvent(url = 'app://lifeline/index.html'): SenderEventLike {
  const main = frame(url);
  return { sender: { id: OWN_ID, mainFrame: main }, senderFrame: main };
}

function setup() {
  const ipc = fakeIpcMain();
  const { deps, rec } = fakeDeps();
  const refused: string[] = [];
  const unregister = registerHandlers(ipc, createHandlers(deps), {
    isOwnWebContents: (id) => id === OWN_ID,
    onRefusedSender: (_channel, reason) => refused.push(reason),
  });
  const call = (channel: string, event: SenderEventLike, ...args: unknown[]) => {
    const listener = ipc.listeners.get(CHANNEL_PREFIX + channel);
    assert.ok(listener, `no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ipc, rec, refused, unregister, call };
}

test('registers exactly one prefixed handler per contract channel, and removes them all', () => {
  const { ipc, unregister } = setup();
  assert.deepEqual(
    [...ipc.listeners.keys()].sort(),
    Object.keys(invokeContract)
      .map((c) => CHANNEL_PREFIX + c)
      .sort(),
  );
  unregister();
  assert.equal(ipc.listeners.size, 0);
});

test('the own window top frame on app://lifeline is served', async () => {
  const { call } = setup();
  // Electron may hand out a fresh wrapper for the same frame: the frame tree node decides.
  const fresh = {
    sender: { id: OWN_ID, mainFrame: { url: 'app://lifeline/', parent: null, frameTreeNodeId: 5 } },
    senderFrame: { url: 'app://lifeline/', parent: null, frameTreeNodeId: 5 },
  };
  assert.deepEqual(await call('getTheme', fresh), { ok: true, value: 'system' });
  assert.deepEqual(await call('setTheme', ownEvent(), 'light'), { ok: true, value: 'light' });
  assert.deepEqual(await call('getTheme', ownEvent('app://lifeline/#/vendor/aws')), { ok: true, value: 'light' });
});

test('sub-frames, other windows, other origins and vanished frames are refused as bad-sender', async () => {
  const { call, rec, refused } = setup();
  const top = frame('app://lifeline/index.html');
  const iframe = frame('app://lifeline/index.html', top);
  const cases: Array<[string, SenderEventLike]> = [
    ['iframe', { sender: { id: OWN_ID, mainFrame: top }, senderFrame: iframe }],
    ['frame that is not the main frame', { sender: { id: OWN_ID, mainFrame: top }, senderFrame: frame('app://lifeline/') }],
    ['other window', { sender: { id: 99, mainFrame: top }, senderFrame: top }],
    ['navigated away', ownEvent('https://evil.example/')],
    ['file url', ownEvent('file:///tmp/index.html')],
    ['look-alike host', ownEvent('app://lifeline.evil.example/')],
    ['credentials', ownEvent('app://x@lifeline/')],
    ['preview origin', ownEvent('http://127.0.0.1:5173/')],
    ['garbage url', ownEvent('not a url')],
    ['frame gone', { sender: { id: OWN_ID }, senderFrame: null }],
    [
      'other frame tree node',
      {
        sender: { id: OWN_ID, mainFrame: { ...top, frameTreeNodeId: 1 } },
        senderFrame: { url: 'app://lifeline/index.html', parent: null, frameTreeNodeId: 2 },
      },
    ],
    [
      'throwing frame getter',
      {
        sender: { id: OWN_ID },
        get senderFrame(): null {
          throw new Error('frame disposed');
        },
      },
    ],
  ];
  for (const [name, event] of cases) {
    for (const channel of ['getStatus', 'syncNow', 'print', 'openExternal']) {
      const result = await call(channel, event, 'https://example.com/');
      assert.deepEqual(
        result,
        { ok: false, error: { code: 'bad-sender', message: 'Refused: not sent by the Lifeline window' } },
        `${name} on ${channel}`,
      );
    }
  }
  assert.deepEqual(rec.calls, []);
  assert.deepEqual(rec.opened, []);
  assert.equal(refused.length, cases.length * 4);
});

test('hostile arguments from the trusted sender come back as bad-arguments, never as a throw', async () => {
  const { call, rec } = setup();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...Object.keys(invokeContract)),
      fc.array(fc.anything(), { minLength: 2, maxLength: 5 }),
      async (channel, args) => {
        const result = (await call(channel, ownEvent(), ...args)) as { ok: boolean; error?: { code: string } };
        assert.equal(result.ok, false);
        assert.equal(result.error?.code, 'bad-arguments');
      },
    ),
    { numRuns: 200 },
  );
  assert.deepEqual(rec.calls, []);
});
