// Electron entry: one instance, one hardened window on app://lifeline, the core behind the typed IPC
// wrapper, the menu, deep links. Everything with logic lives in plain modules; this only wires.
import { app, dialog, ipcMain, Menu, nativeTheme, net, session, shell, type BrowserWindow } from 'electron';
import { resolve } from 'node:path';
import { emitterFor, forwardStatusChanges, send } from '../domain/ipc/events.ts';
import { createHandlers } from '../domain/ipc/handlers.ts';
import type { ThemeStore } from '../domain/config/user-settings.ts';
import { systemClock } from '../domain/escalation/clock.ts';
import { createIncidentStore } from '../domain/incidents/store.ts';
import { createFsPort } from '../domain/files/fs-port.ts';
import { stateLayout } from '../domain/storage/layout.ts';
import { createExportSaver } from './export-adapter.ts';
import { registerHandlers } from '../domain/ipc/register.ts';
import { DEEP_LINK_SCHEME, findDeepLinkArgument } from '../domain/security/deep-link.ts';
import { checkExternalUrl } from '../domain/security/external-url.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { attachSearch } from '../domain/search/attach.ts';
import { setUpCore } from './core-setup.ts';
import { createDeepLinkRouter } from './deep-link-router.ts';
import { createElectronFetch } from './electron-fetch.ts';
import { hardenSession, hardenWebContents } from './harden.ts';
import { createMenuActions } from './menu-actions.ts';
import { buildMenuTemplate } from './menu-template.ts';
import { appPaths } from './paths.ts';
import { createPrintAdapters, pickFolder } from './print-adapters.ts';
import { createMainWindow } from './window.ts';
import { openSettingsStore } from './settings-store.ts';

const log = (line: string) => console.log(`lifeline: ${line}`);
let window: BrowserWindow | null = null;
const currentWindow = () => (window !== null && !window.isDestroyed() ? window : null);

const openExternal = (url: string) => {
  const checked = checkExternalUrl(url); // checked again here: every path to the OS goes through the allowlist
  if (checked.ok) void shell.openExternal(checked.url);
};
const electronFetch = createElectronFetch((options) => net.request(options));
const router = createDeepLinkRouter(
  (route) => {
    const target = currentWindow();
    if (target) send(target.webContents, 'navigate', route);
  },
  () => log('ignored a lifeline:// link that is not valid'),
);

function focusWindow(): void {
  const target = currentWindow();
  if (!target) return;
  if (target.isMinimized()) target.restore();
  target.focus();
}

function registerLinkHandling(): void {
  // Dev runs (electron .) need the script path so the OS can relaunch us with the link.
  if (process.defaultApp && process.argv[1] !== undefined) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.open(url);
    focusWindow();
  });
  app.on('second-instance', (_event, argv) => {
    const link = findDeepLinkArgument(argv);
    if (link !== null) router.open(link);
    focusWindow();
  });
  const initial = findDeepLinkArgument(process.argv);
  if (initial !== null) router.open(initial);
}

async function whenReady(): Promise<void> {
  const paths = appPaths();
  hardenSession(session.defaultSession, log);
  serveRenderer(paths.rendererDir);
  const settings = openSettingsStore();
  const startProblem = settings.problem();
  if (startProblem !== null) log(startProblem);
  nativeTheme.themeSource = settings.getTheme();
  const theme: ThemeStore = {
    getTheme: () => settings.getTheme(),
    setTheme: (next) => (nativeTheme.themeSource = settings.setTheme(next)),
  };
  const { core, problems } = await setUpCore(paths, settings, electronFetch);
  problems.forEach(log);
  const search = attachSearch(core, { log, workerScript: paths.searchWorkerFile });
  const emit = emitterFor(() => currentWindow()?.webContents ?? null);
  const handlers = createHandlers({
    core,
    theme,
    appInfo: () => ({ appVersion: app.getVersion(), preview: false, platform: process.platform }),
    openExternal: (url) => shell.openExternal(url),
    pickFolder: () => pickFolder(currentWindow),
    ...createPrintAdapters(currentWindow),
    emit,
    incidents: {
      store: createIncidentStore({ dir: stateLayout(paths.stateDir).incidents, fs: createFsPort(), clock: systemClock }),
      saveExport: createExportSaver(currentWindow),
    },
    search,
  });
  registerHandlers(ipcMain, handlers, {
    isOwnWebContents: (id) => currentWindow()?.webContents.id === id,
    logInternal: (channel, error) => log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    onRefusedSender: (channel, reason) => log(`refused ${channel}: ${reason}`),
    // The page's first call proves its script (and its subscriptions, set up in the same React
    // effects flush) is running: only then is a waiting deep link delivered.
    onTrustedCall: () => router.rendererReady(),
  });
  forwardStatusChanges(core, emit);
  const actions = createMenuActions({ handlers, core, window: currentWindow, appVersion: app.getVersion(), problems: () => problems });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform, !app.isPackaged)));

  window = createMainWindowWithRouting(paths.preloadFile);
  app.on('before-quit', () => {
    core.stop();
    void search.detach();
  });
  await core.start().catch((error: unknown) => log(`could not start the local copy: ${String(error)}`));
}

function createMainWindowWithRouting(preloadFile: string): BrowserWindow {
  const created = createMainWindow(preloadFile, !app.isPackaged);
  created.webContents.on('did-start-loading', () => router.rendererGone());
  // Fallback for a page that never calls: deliver a waiting link a little after load.
  created.webContents.on('did-finish-load', () => setTimeout(() => router.rendererReady(), 3000));
  created.webContents.on('render-process-gone', () => router.rendererGone());
  created.on('closed', () => (window = null));
  return created;
}

registerAppScheme(); // must happen before ready
app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit(); // the running instance gets our link through 'second-instance'
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  registerLinkHandling();
  app
    .whenReady()
    .then(whenReady)
    .catch((error: unknown) => {
      // Never a silent blank: say why, then leave (a half-wired app would answer nothing).
      const reason = error instanceof Error ? error.message : String(error);
      log(`failed to start: ${reason}`);
      dialog.showErrorBox('Lifeline could not start', reason);
      app.exit(1);
    });
}
