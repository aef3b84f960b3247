// Accepts IPC only from our own window's top frame showing our own origin (app://lifeline).
// Electron security checklist #17, "Validate the sender of all IPC messages":
// https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
import { fail, ok, type Result } from '../../model/result.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'lifeline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The parts of Electron's IpcMainInvokeEvent the check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly frameTreeNodeId?: number;
}
export interface SenderEventLike {
  readonly sender: { readonly id: number; readonly mainFrame?: SenderFrameLike };
  readonly senderFrame: SenderFrameLike | null;
}

/** The sender's frame once it passed every check, or which check it failed. */
export type SenderVerdict = Result<SenderFrameLike>;

/** True for URLs of the app's own origin; the WHATWG origin of a custom scheme is "null", so compare parts. */
export function isAppOrigin(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Same frame: the same wrapper object, or (if Electron hands out a fresh wrapper) the same frame tree node. */
function isSameFrame(frame: SenderFrameLike, main: SenderFrameLike): boolean {
  if (frame === main) return true;
  return typeof frame.frameTreeNodeId === 'number' && frame.frameTreeNodeId === main.frameTreeNodeId;
}

export function checkSender(event: SenderEventLike, isOwnWebContents: (id: number) => boolean): SenderVerdict {
  let frame: SenderFrameLike | null;
  try {
    frame = event.senderFrame; // a getter that may fail once the frame navigated or was destroyed
  } catch {
    frame = null;
  }
  if (frame === null) return fail('sender frame is gone');
  if (!isOwnWebContents(event.sender.id)) return fail('sender is not a Lifeline window');
  const main = event.sender.mainFrame;
  if (frame.parent !== null || (main !== undefined && !isSameFrame(frame, main))) {
    return fail('sender is not the top frame');
  }
  if (!isAppOrigin(frame.url)) return fail('sender is not the app origin');
  return ok(frame);
}
