// A recording stand-in for one BrowserWindow, for the entry's units (they take their Electron pieces as ports).
import { EventEmitter } from 'node:events';
import { FakeWebContents } from './fake-electron.ts';

export class FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  destroyed = false;
  minimized = false;
  restored = 0;
  focused = 0;
  constructor(id = 1) {
    super();
    this.webContents = new FakeWebContents(id);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => {
    this.restored++;
  };
  focus = () => {
    this.focused++;
  };
}

/** The routes sent to a window's page as navigate events. */
export function navigations(window: FakeWindow): unknown[] {
  return window.webContents.sent.filter(([channel]) => channel === 'lifeline:navigate').map(([, route]) => route);
}
