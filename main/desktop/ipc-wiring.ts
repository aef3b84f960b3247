// The handlers behind the typed IPC wrapper: only the current window is trusted, refusals and internal
// errors go to the log, and the page's first trusted call tells the deep-link router it is live.
import type { HandlerTable } from '../domain/ipc/handler-table.ts';
import { registerHandlers, type IpcMainLike } from '../domain/ipc/register.ts';
import type { DeepLinkRouter } from './deep-link-router.ts';

export interface IpcWiringDeps {
  /** Electron's ipcMain (handed in by the entry: the one place allowed to import it). */
  ipcMain: IpcMainLike;
  handlers: HandlerTable;
  /** The webContents id of the current window, if there is one. */
  ownWebContentsId: () => number | undefined;
  router: Pick<DeepLinkRouter, 'rendererReady'>;
  log: (line: string) => void;
}

/** Registers every contract channel; returns the function that removes them. */
export function wireIpc(deps: IpcWiringDeps): () => void {
  const { log } = deps;
  return registerHandlers(deps.ipcMain, deps.handlers, {
    isOwnWebContents: (id) => deps.ownWebContentsId() === id,
    logInternal: (channel, error) => log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    onRefusedSender: (channel, reason) => log(`refused ${channel}: ${reason}`),
    // The page's first call proves its script (and its subscriptions, set up in the same React
    // effects flush) is running: only then is a waiting deep link delivered.
    onTrustedCall: () => deps.router.rendererReady(),
  });
}
