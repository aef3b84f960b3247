// The main window's life: created, held until closed, and its page's comings and goings reported to the
// deep-link router (a link waits while the page reloads or after its renderer crashed).
import type { DeepLinkRouter } from './deep-link-router.ts';
import type { HeldWindow, WindowHolder } from './window-holder.ts';

/** What the lifecycle listens to on a window (Electron's BrowserWindow has it). */
export interface RoutedWindow extends HeldWindow {
  webContents: {
    on(event: 'did-start-loading', listener: () => void): unknown;
    on(event: 'did-finish-load', listener: () => void): unknown;
    on(event: 'render-process-gone', listener: () => void): unknown;
  };
}

/** A page that never calls main still gets a waiting link this long after its load. */
export const READY_FALLBACK_MS = 3000;

export interface MainWindowDeps<W extends RoutedWindow> {
  create: () => W;
  holder: WindowHolder<W>;
  router: Pick<DeepLinkRouter, 'rendererReady' | 'rendererGone'>;
  setTimeout?: (run: () => void, ms: number) => unknown;
}

export function openMainWindow<W extends RoutedWindow>(deps: MainWindowDeps<W>): W {
  const later = deps.setTimeout ?? setTimeout;
  const window = deps.create();
  window.webContents.on('did-start-loading', () => deps.router.rendererGone());
  // Fallback for a page that never calls: deliver a waiting link a little after load.
  window.webContents.on('did-finish-load', () => later(() => deps.router.rendererReady(), READY_FALLBACK_MS));
  window.webContents.on('render-process-gone', () => deps.router.rendererGone());
  deps.holder.hold(window);
  return window;
}
