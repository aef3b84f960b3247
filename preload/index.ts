// The sandboxed preload: exposes window.lifeline and nothing else. Bundled to CJS (dist/preload/index.cjs);
// in a sandboxed renderer only the `electron` module is available here.
// Electron security checklist #3, context isolation: https://www.electronjs.org/docs/latest/tutorial/security#3-enable-context-isolation
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api.ts';

contextBridge.exposeInMainWorld('lifeline', createApi(ipcRenderer));
