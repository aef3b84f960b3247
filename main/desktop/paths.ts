// Where the app finds its build output and embedded demo, packaged or not, and where it keeps state.
import { app } from 'electron';
import { join } from 'node:path';

export interface AppPaths {
  rendererDir: string;
  preloadFile: string;
  /** Worker threads cannot start from inside app.asar: the packaged one is unpacked next to it. */
  searchWorkerFile: string;
  demoRepoDir: string;
  demoRootFile: string;
  stateDir: string;
}

export function appPaths(): AppPaths {
  const appRoot = app.getAppPath(); // the folder (or asar) holding package.json and dist/
  // Packaged: electron-builder's extraResources put the demo next to app.asar.
  const demoDir = app.isPackaged ? join(process.resourcesPath, 'demo') : join(appRoot, 'resources', 'demo');
  return {
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preloadFile: join(appRoot, 'dist', 'preload', 'index.cjs'),
    searchWorkerFile: join(appRoot.replace(/app\.asar$/, 'app.asar.unpacked'), 'dist', 'main', 'search-worker.cjs'),
    demoRepoDir: join(demoDir, 'repo'),
    demoRootFile: join(demoDir, 'root.json'),
    // Bundle data and trusted state live here, never in electron-store.
    stateDir: join(app.getPath('userData'), 'state'),
  };
}
