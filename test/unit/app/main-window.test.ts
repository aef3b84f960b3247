import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDeepLinkRouter } from '../../../main/desktop/deep-link-router.ts';
import { openMainWindow, READY_FALLBACK_MS } from '../../../main/desktop/main-window.ts';
import { createWindowHolder } from '../../../main/desktop/window-holder.ts';
import { send } from '../../../main/domain/ipc/events.ts';
import { FakeWindow, navigations } from './fake-window.ts';

function setup() {
  const holder = createWindowHolder<FakeWindow>();
  const router = createDeepLinkRouter((route) => {
    const target = holder.current();
    if (target) send(target.webContents, 'navigate', route);
  });
  const timers: Array<{ run: () => void; ms: number }> = [];
  const window = openMainWindow({
    create: () => new FakeWindow(),
    holder,
    router,
    setTimeout: (run, ms) => timers.push({ run, ms }),
  });
  return { holder, router, timers, window };
}

test('the created window is held until it closes', () => {
  const { holder, window } = setup();
  assert.equal(holder.current(), window);
  window.emit('closed');
  assert.equal(holder.current(), null);
});

test('a waiting link is delivered a while after load when the page never calls (only the fallback timer)', () => {
  const { router, timers, window } = setup();
  router.open('lifeline://vendor/aws');
  window.webContents.emit('did-finish-load');
  assert.deepEqual(navigations(window), [], 'load alone is too early for React effects');
  assert.deepEqual(
    timers.map((t) => t.ms),
    [READY_FALLBACK_MS],
  );
  assert.equal(READY_FALLBACK_MS, 3000);
  timers[0]?.run();
  assert.deepEqual(navigations(window), [{ screen: 'vendor', id: 'aws' }]);
});

test('a reload or a crashed renderer makes links wait again', () => {
  for (const event of ['did-start-loading', 'render-process-gone']) {
    const { router, window } = setup();
    router.rendererReady();
    router.open('lifeline://vendor/aws');
    assert.equal(navigations(window).length, 1);
    window.webContents.emit(event);
    router.open('lifeline://vendor/gcp');
    assert.equal(navigations(window).length, 1, `${event}: the link waits`);
    router.rendererReady();
    assert.deepEqual(navigations(window).at(-1), { screen: 'vendor', id: 'gcp' });
  }
});
