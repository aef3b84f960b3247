import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from '../../../main/desktop/menu-template.ts';
import type { MenuCommand } from '../../../preload/contract.ts';

function recorder() {
  const done: string[] = [];
  const actions: MenuActions = {
    syncNow: () => done.push('sync'),
    importFromFolder: () => done.push('import'),
    command: (c: MenuCommand) => done.push(`command:${c}`),
    about: () => done.push('about'),
  };
  return { done, actions };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = flatten(items).find((i) => i.label === label);
  assert.ok(item?.click, `no clickable "${label}"`);
  (item.click as () => void)();
}

for (const platform of ['linux', 'win32', 'darwin'] as const) {
  test(`every required item exists and does its job (${platform})`, () => {
    const { done, actions } = recorder();
    const template = buildMenuTemplate(actions, platform, false);
    for (const label of [
      'Sync now',
      'Import bundle from folder...',
      'Print...',
      'Save as PDF...',
      'Print binder...',
      'Find',
      'Toggle dark mode',
      'About Lifeline',
    ]) {
      click(template, label);
    }
    assert.deepEqual(done, [
      'sync',
      'import',
      'command:print',
      'command:save-pdf',
      'command:print-binder',
      'command:find',
      'command:toggle-theme',
      'about',
    ]);
    const find = flatten(template).find((i) => i.label === 'Find');
    assert.equal(find?.accelerator, 'CmdOrCtrl+K');
    assert.equal(
      flatten(template).some((i) => i.role === 'toggleDevTools'),
      false,
      'no dev tools in a packaged app',
    );
    const accelerators = flatten(template)
      .map((i) => i.accelerator)
      .filter(Boolean);
    assert.equal(new Set(accelerators).size, accelerators.length, 'no accelerator used twice');
  });
}

test('dev tools only in development', () => {
  const template = buildMenuTemplate(recorder().actions, 'linux', true);
  assert.equal(
    flatten(template).some((i) => i.role === 'toggleDevTools'),
    true,
  );
});
