// What the menu items do in main: sync and import run here (results in a message box), the rest is
// forwarded to the renderer as menu commands.
import type { MessageBoxOptions } from 'electron';
import { send, type WebContentsLike } from '../domain/ipc/events.ts';
import type { HandlerTable } from '../domain/ipc/handler-table.ts';
import { toIpcError } from '../model/errors.ts';
import type { LifelineCore } from '../model/status.ts';
import { aboutDetail } from './about.ts';
import type { MenuActions } from './menu-template.ts';

/** What the actions use of the window (Electron's BrowserWindow has it). */
export interface MenuWindow {
  isDestroyed(): boolean;
  webContents: WebContentsLike;
}

/** Electron's `dialog`, as far as the menu uses it: a message box over the window, or on its own. */
export interface MessageBoxes<W> {
  showMessageBox(window: W, options: MessageBoxOptions): Promise<unknown>;
  showMessageBox(options: MessageBoxOptions): Promise<unknown>;
}

export interface MenuActionDeps<W extends MenuWindow> {
  handlers: HandlerTable;
  core: LifelineCore;
  window: () => W | null;
  dialog: MessageBoxes<W>;
  appVersion: string;
  /** Configuration problems found at start, shown in About. */
  problems: () => string[];
}

export function createMenuActions<W extends MenuWindow>(deps: MenuActionDeps<W>): MenuActions {
  const { dialog } = deps;
  const show = (options: MessageBoxOptions) => {
    const window = deps.window();
    void (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  };
  const failed = (title: string) => (error: unknown) => show({ type: 'error', message: title, detail: toIpcError(error).message });
  return {
    syncNow: () => {
      deps.handlers.syncNow().then((outcome) => {
        if (!outcome.ok) show({ type: 'warning', message: 'Sync did not complete', detail: outcome.message });
      }, failed('Sync failed'));
    },
    importFromFolder: () => {
      deps.handlers.importBundleFromFolder().then((outcome) => {
        if (outcome === null) return;
        show({
          type: outcome.ok ? 'info' : 'warning',
          message: outcome.ok ? 'Bundle imported' : 'Import refused',
          detail: outcome.message,
        });
      }, failed('Import failed'));
    },
    command: (command) => {
      const window = deps.window();
      if (window && !window.isDestroyed()) send(window.webContents, 'menuCommand', command);
    },
    about: () => {
      deps.core.status().then(
        (status) => {
          const problems = deps.problems();
          const extra = problems.length > 0 ? `\n\nConfiguration problems:\n${problems.join('\n')}` : '';
          show({ type: 'info', title: 'About Lifeline', message: 'Lifeline', detail: aboutDetail(status, deps.appVersion) + extra });
        },
        () => show({ type: 'info', title: 'About Lifeline', message: 'Lifeline', detail: aboutDetail(null, deps.appVersion) }),
      );
    },
  };
}
