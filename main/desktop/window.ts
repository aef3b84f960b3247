// The one Lifeline window, with every renderer-side protection switched on.
// Electron security checklist #2-#4 and #6: https://www.electronjs.org/docs/latest/tutorial/security
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ORIGIN } from '../domain/security/trusted-sender.ts';

export function createMainWindow(preloadFile: string, devTools: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Lifeline',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#111418' : '#ffffff',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click opens links in new windows; those are denied anyway, this removes the path.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
