// Print: the system dialog for the current window, with the failures Electron would swallow made explicit.
// With no printer configured, webContents.print() can fail silently, so printers are listed first.
import type { PaperSize, PrintRequest } from '../../../preload/contract.ts';
import type { JobGate } from './job-gate.ts';
import { withTimeout } from './job-gate.ts';
import { DEFAULT_PAPER } from './sheet-name.ts';
import { ipcFailure } from '../../model/errors.ts';

/** Releases the gate if the print callback never comes (dialog left open for a very long time). */
export const PRINT_TIMEOUT_MS = 15 * 60_000;

export interface SystemPrintDeps {
  /** webContents.getPrintersAsync() */
  listPrinters(): Promise<readonly unknown[]>;
  /** webContents.print({ silent: false, pageSize }, callback) as a promise of the callback's arguments. */
  print(paper: PaperSize): Promise<{ success: boolean; failureReason: string }>;
  isWindowGone(): boolean;
  gate: JobGate;
  timeoutMs?: number;
}

export function createSystemPrint(deps: SystemPrintDeps): (request?: PrintRequest) => Promise<{ printed: boolean }> {
  return (request = {}) =>
    deps.gate.run('printing', async () => {
      if (deps.isWindowGone()) throw ipcFailure('failed', 'There is no window to print');
      const printers = await deps.listPrinters().catch(() => []);
      if (printers.length === 0) {
        throw ipcFailure('failed', 'No printer is configured on this machine; use Save as PDF instead');
      }
      const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS;
      const noAnswer = () => ipcFailure('failed', 'The print dialog did not answer; try again');
      const { success, failureReason } = await withTimeout(deps.print(request.paper ?? DEFAULT_PAPER), timeoutMs, noAnswer);
      if (success) return { printed: true };
      if (/cancel/i.test(failureReason)) return { printed: false };
      if (deps.isWindowGone()) throw ipcFailure('failed', 'The window was closed while printing');
      throw ipcFailure('failed', `Printing failed: ${failureReason || 'no reason given by the system'}`);
    });
}
