// Electron's dialogs, print and printToPDF behind the pure print/PDF modules (main/domain/print).
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { writeFileDurable } from '../domain/files/durable-write.ts';
import { JobGate } from '../domain/print/job-gate.ts';
import { createPdfExport } from '../domain/print/pdf-export.ts';
import { createSystemPrint } from '../domain/print/system-print.ts';
import { ipcFailure } from '../model/errors.ts';

type CurrentWindow = () => BrowserWindow | null;

function liveWindow(current: CurrentWindow): BrowserWindow {
  const window = current();
  if (window === null || window.isDestroyed() || window.webContents.isDestroyed()) {
    throw ipcFailure('failed', 'The Lifeline window is closed');
  }
  return window;
}

export function createPrintAdapters(current: CurrentWindow) {
  const gate = new JobGate();
  const isWindowGone = () => {
    const window = current();
    return window === null || window.isDestroyed() || window.webContents.isDestroyed();
  };
  const print = createSystemPrint({
    gate,
    isWindowGone,
    listPrinters: () => liveWindow(current).webContents.getPrintersAsync(),
    print: (paper) =>
      new Promise((resolve) => {
        liveWindow(current).webContents.print({ silent: false, printBackground: true, pageSize: paper }, (success, failureReason) =>
          resolve({ success, failureReason }),
        );
      }),
  });
  const saveAsPdf = createPdfExport({
    gate,
    isWindowGone,
    chooseDestination: async (suggestedName) => {
      const options: SaveDialogOptions = {
        title: 'Save as PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = await dialog.showSaveDialog(liveWindow(current), options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    // Margins come from the sheets' own @page rule.
    render: (paper) => liveWindow(current).webContents.printToPDF({ printBackground: true, pageSize: paper }),
    write: (path, data) => writeFileDurable(path, data),
  });
  return { print, saveAsPdf };
}

/** The main-side folder picker for sneakernet imports: the renderer never names a path. */
export async function pickFolder(current: CurrentWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(liveWindow(current), {
    title: 'Import bundle from folder',
    buttonLabel: 'Verify and import',
    properties: ['openDirectory'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
