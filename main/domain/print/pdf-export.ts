// Save as PDF: ask where (main-side dialog), render with a timeout, write durably, one job at a time.
import type { PaperSize, PdfSaved, PrintRequest } from '../../../preload/contract.ts';
import type { JobGate } from './job-gate.ts';
import { withTimeout } from './job-gate.ts';
import { DEFAULT_PAPER, pdfFileName } from './sheet-name.ts';
import { saveFailure } from './write-errors.ts';
import { isLifelineError, ipcFailure } from '../../model/errors.ts';
import { messageOf } from '../../model/thrown.ts';

export const PDF_TIMEOUT_MS = 30_000;

export interface PdfExportDeps {
  /** A save dialog offering `suggestedName`; null when the user cancels. */
  chooseDestination(suggestedName: string): Promise<string | null>;
  /** webContents.printToPDF of the current window on this paper. */
  render(paper: PaperSize): Promise<Uint8Array>;
  isWindowGone(): boolean;
  write(path: string, data: Uint8Array): Promise<void>;
  gate: JobGate;
  timeoutMs?: number;
  now?: () => Date;
}

const windowClosed = () => ipcFailure('failed', 'The window was closed while the PDF was being made');

export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

export function createPdfExport(deps: PdfExportDeps): (request?: PrintRequest) => Promise<PdfSaved | null> {
  const timeoutMs = deps.timeoutMs ?? PDF_TIMEOUT_MS;
  const now = deps.now ?? (() => new Date());
  return (request = {}) =>
    deps.gate.run('saving a PDF', async () => {
      const chosen = await deps.chooseDestination(pdfFileName(request, now()));
      if (chosen === null) return null;
      const path = withPdfExtension(chosen);
      if (deps.isWindowGone()) throw windowClosed();
      let data: Uint8Array;
      try {
        const tooSlow = `Making the PDF took longer than ${Math.round(timeoutMs / 1000)} s; nothing was saved`;
        data = await withTimeout(deps.render(request.paper ?? DEFAULT_PAPER), timeoutMs, () => ipcFailure('failed', tooSlow));
      } catch (error) {
        if (deps.isWindowGone()) throw windowClosed();
        if (isLifelineError(error, 'ipc')) throw error;
        throw ipcFailure('failed', `Could not make the PDF: ${messageOf(error)}`);
      }
      if (data.byteLength === 0) throw ipcFailure('failed', 'The PDF came out empty; nothing was saved');
      try {
        await deps.write(path, data);
      } catch (error) {
        throw saveFailure(path, error);
      }
      return { path, bytes: data.byteLength };
    });
}
