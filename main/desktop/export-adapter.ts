// Saving an incident export from the desktop app: a save dialog in main, then the one durable write.
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ExportSaved } from '../../preload/contract.ts';
import { writeFileDurable } from '../domain/files/durable-write.ts';
import { ipcFailure } from '../model/errors.ts';
import { messageOf, errnoCode } from '../model/thrown.ts';

export function createExportSaver(current: () => BrowserWindow | null) {
  return async (filename: string, text: string): Promise<ExportSaved | null> => {
    const window = current();
    if (window === null || window.isDestroyed()) throw ipcFailure('failed', 'The Lifeline window is closed');
    const markdown = filename.endsWith('.md');
    const result = await dialog.showSaveDialog(window, {
      title: 'Save incident log',
      defaultPath: join(app.getPath('documents'), filename),
      filters: [markdown ? { name: 'Markdown', extensions: ['md'] } : { name: 'JSON', extensions: ['json'] }],
    });
    if (result.canceled || !result.filePath) return null;
    const data = Buffer.from(text);
    try {
      await writeFileDurable(result.filePath, data);
    } catch (error) {
      throw ipcFailure('failed', `Could not save ${result.filePath}: ${errnoCode(error) ?? messageOf(error)}`);
    }
    return { saved: 'file', path: result.filePath, bytes: data.length };
  };
}
