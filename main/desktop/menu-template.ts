// The application menu as data: actions are injected, so the template is tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../preload/contract.ts';

export interface MenuActions {
  syncNow(): void;
  importFromFolder(): void;
  /** Commands the renderer carries out (it shows their errors where the user is looking). */
  command(command: MenuCommand): void;
  about(): void;
}

export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'About Lifeline', click: () => actions.about() };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Sync now', accelerator: 'CmdOrCtrl+R', click: () => actions.syncNow() },
      { label: 'Import bundle from folder...', accelerator: 'CmdOrCtrl+O', click: () => actions.importFromFolder() },
      { type: 'separator' },
      { label: 'Print...', accelerator: 'CmdOrCtrl+P', click: () => actions.command('print') },
      { label: 'Save as PDF...', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.command('save-pdf') },
      { label: 'Print binder...', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.command('print-binder') },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find', accelerator: 'CmdOrCtrl+K', click: () => actions.command('find') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Toggle dark mode', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.command('toggle-theme') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'togglefullscreen' },
      ...(devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { label: 'Help', submenu: mac ? [] : [about] };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Lifeline',
    submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help];
}
