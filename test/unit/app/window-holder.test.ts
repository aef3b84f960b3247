import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWindowHolder } from '../../../main/desktop/window-holder.ts';
import { FakeWindow } from './fake-window.ts';

test('the holder has no window until one is held, and none after it closed', () => {
  const holder = createWindowHolder<FakeWindow>();
  assert.equal(holder.current(), null);
  const window = new FakeWindow();
  holder.hold(window);
  assert.equal(holder.current(), window);
  window.emit('closed');
  assert.equal(holder.current(), null);
});

test('a destroyed window is not current', () => {
  const holder = createWindowHolder<FakeWindow>();
  const window = new FakeWindow();
  holder.hold(window);
  window.destroyed = true;
  assert.equal(holder.current(), null);
});

test('focus restores a minimized window and focuses it; without a window it does nothing', () => {
  const holder = createWindowHolder<FakeWindow>();
  holder.focus();
  const window = new FakeWindow();
  holder.hold(window);
  holder.focus();
  assert.deepEqual([window.restored, window.focused], [0, 1]);
  window.minimized = true;
  holder.focus();
  assert.deepEqual([window.restored, window.focused], [1, 2]);
  window.emit('closed');
  holder.focus();
  assert.equal(window.focused, 2);
});
