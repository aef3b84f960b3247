import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageBoxOptions } from 'electron';
import { installMenu } from '../../../main/desktop/menu.ts';
import { createMenuActions, type MessageBoxes } from '../../../main/desktop/menu-actions.ts';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import { fakeDeps, fakeStatus } from '../ipc/fake-deps.ts';
import { FakeWindow } from './fake-window.ts';

function setup(overrides: Parameters<typeof fakeDeps>[0] = {}, window: FakeWindow | null = new FakeWindow()) {
  const { deps } = fakeDeps(overrides);
  const boxes: Array<{ over: FakeWindow | null; options: MessageBoxOptions }> = [];
  const dialog: MessageBoxes<FakeWindow> = {
    showMessageBox: async (...args: [FakeWindow, MessageBoxOptions] | [MessageBoxOptions]) => {
      boxes.push(args.length === 2 ? { over: args[0], options: args[1] } : { over: null, options: args[0] });
    },
  };
  const actions = createMenuActions({
    handlers: createHandlers(deps),
    core: deps.core,
    window: () => window,
    dialog,
    appVersion: '0.1.0',
    problems: () => ['LIFELINE_SOURCES is not a list of URLs'],
  });
  return { actions, boxes, window };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('the menu is built from the template with the actions and set as the application menu', () => {
  const { actions, window } = setup();
  const set: unknown[] = [];
  installMenu({
    menu: { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => void set.push(menu) },
    actions,
    platform: 'linux',
    devTools: false,
  });
  const items = (set[0] as Array<{ submenu?: Array<{ label?: string; click?: () => void }> }>).flatMap((m) => m.submenu ?? []);
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
  assert.deepEqual(window?.webContents.sent.at(-1), ['lifeline:menuCommand', 'find']);
});

test('renderer commands go to the open window only', () => {
  const { actions } = setup({}, null);
  assert.doesNotThrow(() => actions.command('print'));
});

test('a sync that does not complete, or fails, says so in a message box over the window', async () => {
  const incomplete = setup({
    core: { ...fakeDeps().deps.core, syncNow: async () => ({ ok: false, result: 'failed', message: 'offline', status: fakeStatus() }) },
  });
  incomplete.actions.syncNow();
  await settle();
  assert.deepEqual(incomplete.boxes, [
    { over: incomplete.window, options: { type: 'warning', message: 'Sync did not complete', detail: 'offline' } },
  ]);
  const failing = setup({ core: { ...fakeDeps().deps.core, syncNow: () => Promise.reject(new Error('disk full')) } }, null);
  failing.actions.syncNow();
  await settle();
  assert.equal(failing.boxes[0]?.over, null, 'no window: the box stands alone');
  assert.equal(failing.boxes[0]?.options.message, 'Sync failed');
});

test('About names the version, the bundle and the configuration problems', async () => {
  const { actions, boxes } = setup();
  actions.about();
  await settle();
  const detail = boxes[0]?.options.detail ?? '';
  assert.match(detail, /^Lifeline 0\.1\.0\nBundle: Demo support plans version 3/);
  assert.match(detail, /Configuration problems:\nLIFELINE_SOURCES is not a list of URLs$/);
});
