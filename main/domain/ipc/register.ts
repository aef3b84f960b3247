// The ONE place handlers meet Electron's ipcMain: sender check, argument validation, Result on the wire.
// Takes an ipcMain-like object so it is tested without Electron.
import { CHANNEL_PREFIX, invokeContract, type InvokeChannel, type Result } from '../../../preload/contract.ts';
import { checkSender, type SenderEventLike } from '../security/trusted-sender.ts';
import { dispatch, type InternalErrorLog } from './dispatch.ts';
import type { HandlerTable } from './handler-table.ts';

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface RegisterOptions {
  /** True for the webContents ids of Lifeline's own windows. */
  isOwnWebContents: (id: number) => boolean;
  logInternal?: InternalErrorLog;
  /** Reports refused senders (for the log); never shown to the caller beyond a generic message. */
  onRefusedSender?: (channel: string, reason: string) => void;
  /** Called for every call from the trusted window, before it runs (the page's script is live). */
  onTrustedCall?: (channel: string) => void;
}

export function invokeChannelName(channel: InvokeChannel): string {
  return `${CHANNEL_PREFIX}${channel}`;
}

/** Registers every contract channel; returns a function that removes them again. */
export function registerHandlers(ipcMain: IpcMainLike, handlers: HandlerTable, options: RegisterOptions): () => void {
  const channels = Object.keys(invokeContract) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(invokeChannelName(channel), async (event, ...args): Promise<Result<unknown>> => {
      try {
        const verdict = checkSender(event, options.isOwnWebContents);
        if (!verdict.ok) {
          options.onRefusedSender?.(channel, verdict.error);
          return { ok: false, error: { code: 'bad-sender', message: 'Refused: not sent by the Lifeline window' } };
        }
        options.onTrustedCall?.(channel);
        return await dispatch(handlers, channel, args, options.logInternal);
      } catch (error) {
        options.logInternal?.(channel, error); // dispatch does not throw; this is belt and braces
        return { ok: false, error: { code: 'internal', message: 'Internal error' } };
      }
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(invokeChannelName(channel)));
}
