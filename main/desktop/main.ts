// Electron entry: imports Electron and composes the app's parts, each of which gets the Electron
// pieces it uses handed in (one instance, the app:// scheme, one hardened window, the core behind the
// typed IPC wrapper, the menu, deep links). Order matters only where noted.
import { app, dialog, ipcMain, Menu, nativeTheme, net, protocol, session, shell, type BrowserWindow, type WebContents } from 'electron';
import { emitterFor, forwardStatusChanges, send } from '../domain/ipc/events.ts';
import { createHandlers } from '../domain/ipc/handlers.ts';
import { systemClock } from '../domain/escalation/clock.ts';
import { createIncidentStore } from '../domain/incidents/store.ts';
import { createFsPort } from '../domain/files/fs-port.ts';
import { stateLayout } from '../domain/storage/layout.ts';
import { attachSearch } from '../domain/search/attach.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { setUpCore } from './core-setup.ts';
import { createDeepLinkRouter } from './deep-link-router.ts';
import { createElectronFetch } from './electron-fetch.ts';
import { createExportSaver } from './export-adapter.ts';
import { allowlistedOpener, hardenSession, hardenWebContents } from './harden.ts';
import { wireIpc } from './ipc-wiring.ts';
import { guardContents, startWhenReady, stopOnQuit } from './lifecycle.ts';
import { openMainWindow } from './main-window.ts';
import { installMenu } from './menu.ts';
import { createMenuActions } from './menu-actions.ts';
import { appPaths } from './paths.ts';
import { createPrintAdapters, pickFolder } from './print-adapters.ts';
import { openSettingsStore } from './settings-store.ts';
import { claimSingleInstance, handleLaunchLinks } from './single-instance.ts';
import { applyThemeSettings } from './theme.ts';
import { createMainWindow } from './window.ts';
import { createWindowHolder } from './window-holder.ts';

const log = (line: string) => console.log(`lifeline: ${line}`);
const holder = createWindowHolder<BrowserWindow>();
const currentWindow = () => holder.current();
const router = createDeepLinkRouter(
  (route) => {
    const target = currentWindow();
    if (target) send(target.webContents, 'navigate', route);
  },
  () => log('ignored a lifeline:// link that is not valid'),
);

async function whenReady(): Promise<void> {
  const paths = appPaths();
  hardenSession(session.defaultSession, log);
  serveRenderer(protocol, paths.rendererDir);
  const settings = openSettingsStore();
  const startProblem = settings.problem();
  if (startProblem !== null) log(startProblem);
  const theme = applyThemeSettings(nativeTheme, settings);
  const { core, problems } = await setUpCore(
    paths,
    settings,
    createElectronFetch((options) => net.request(options)),
  );
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
  wireIpc({ ipcMain, handlers, ownWebContentsId: () => currentWindow()?.webContents.id, router, log });
  forwardStatusChanges(core, emit);
  const actions = createMenuActions<BrowserWindow>({
    handlers,
    core,
    window: currentWindow,
    dialog,
    appVersion: app.getVersion(),
    problems: () => problems,
  });
  installMenu({ menu: Menu, actions, platform: process.platform, devTools: !app.isPackaged });
  openMainWindow({ create: () => createMainWindow(paths.preloadFile, !app.isPackaged), holder, router });
  stopOnQuit(app, { core, search });
  await core.start().catch((error: unknown) => log(`could not start the local copy: ${String(error)}`));
}

registerAppScheme(protocol); // must happen before ready
app.enableSandbox();
if (claimSingleInstance(app)) {
  guardContents<WebContents>(app, (contents) => hardenWebContents(contents, allowlistedOpener(shell)));
  handleLaunchLinks({ app, process, router, focus: () => holder.focus() });
  void startWhenReady({ app, dialog, log }, whenReady);
}
