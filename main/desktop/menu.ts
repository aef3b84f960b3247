// The application menu: its template (menu-template.ts) bound to the menu actions, set once at start.
import type { Menu, MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from './menu-template.ts';

/** What the menu uses of Electron's `Menu` (its static methods). */
export interface MenuPort<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M): void;
}

export interface MenuDeps<M> {
  menu: MenuPort<M>;
  actions: MenuActions;
  platform: NodeJS.Platform;
  /** Dev runs (not packaged) get Toggle Developer Tools. */
  devTools: boolean;
}

export function installMenu<M = Menu>(deps: MenuDeps<M>): void {
  deps.menu.setApplicationMenu(deps.menu.buildFromTemplate(buildMenuTemplate(deps.actions, deps.platform, deps.devTools)));
}
