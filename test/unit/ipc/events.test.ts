import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emitterFor, forwardStatusChanges, send, type WebContentsLike } from '../../../main/domain/ipc/events.ts';
import type { LocalStatus } from '../../../main/model/status.ts';
import { fakeStatus } from './fake-deps.ts';

function fakeContents(destroyed = false): WebContentsLike & { sent: unknown[][] } {
  const sent: unknown[][] = [];
  return { sent, isDestroyed: () => destroyed, send: (...args: unknown[]) => void sent.push(args) };
}

test('events go out on their prefixed channel with the payload as the only argument', () => {
  const contents = fakeContents();
  assert.equal(send(contents, 'navigate', { screen: 'vendor', id: 'aws' }), true);
  assert.equal(send(contents, 'menuCommand', 'find'), true);
  assert.deepEqual(contents.sent, [
    ['lifeline:navigate', { screen: 'vendor', id: 'aws' }],
    ['lifeline:menuCommand', 'find'],
  ]);
});

test('a closed window is skipped quietly, and no window at all is not an error', () => {
  const gone = fakeContents(true);
  assert.equal(send(gone, 'syncProgress', { phase: 'started', source: null }), false);
  assert.deepEqual(gone.sent, []);
  let current: WebContentsLike | null = null;
  const emit = emitterFor(() => current);
  emit('menuCommand', 'print');
  const live = fakeContents();
  current = live;
  emit('menuCommand', 'print');
  assert.deepEqual(live.sent, [['lifeline:menuCommand', 'print']]);
});

test('core status changes are forwarded as statusChanged until unsubscribed', () => {
  const listeners = new Set<(status: LocalStatus) => void>();
  const core = { onChange: (l: (status: LocalStatus) => void) => (listeners.add(l), () => void listeners.delete(l)) };
  const contents = fakeContents();
  const stop = forwardStatusChanges(
    core,
    emitterFor(() => contents),
  );
  for (const l of listeners) l(fakeStatus({ version: 4 }));
  stop();
  for (const l of listeners) l(fakeStatus({ version: 5 }));
  assert.equal(contents.sent.length, 1);
  assert.equal(contents.sent[0]?.[0], 'lifeline:statusChanged');
  assert.equal((contents.sent[0]?.[1] as LocalStatus).version, 4);
});
