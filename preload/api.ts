// Builds window.lifeline from an ipcRenderer-like object: one named method per operation, typed by the
// contract. Only type imports from the contract, so the sandboxed preload bundle carries no zod.
import type {
  CHANNEL_PREFIX,
  EventChannel,
  EventContract,
  EventMethodName,
  EventMethods,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  LifelineApi,
  Result,
} from './contract.ts';

/** Checked against the contract's constant by the type annotation. */
const PREFIX: typeof CHANNEL_PREFIX = 'lifeline:';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createApi(ipc: IpcRendererLike): LifelineApi {
  function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<Result<InvokeResult<C>>> {
    return ipc.invoke(PREFIX + channel, ...args).then(
      (result) => result as Result<InvokeResult<C>>,
      // No handler (window closing, main restarting): still a Result, never a rejection.
      () => ({ ok: false, error: { code: 'internal', message: 'Lifeline main process did not answer' } }),
    );
  }

  function subscribe<E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void): () => void {
    // Wrap so the renderer never sees the Electron event object (it carries sender internals).
    const wrapped = (_event: unknown, payload: unknown) => listener(payload as EventContract[E]);
    ipc.on(PREFIX + event, wrapped);
    return () => void ipc.removeListener(PREFIX + event, wrapped);
  }

  return {
    getAppInfo: () => invoke('getAppInfo'),
    getStatus: () => invoke('getStatus'),
    getBundle: () => invoke('getBundle'),
    getBundleInfo: () => invoke('getBundleInfo'),
    listVendors: () => invoke('listVendors'),
    getVendor: (id) => invoke('getVendor', id),
    getService: (id) => invoke('getService', id),
    getRunbook: (id) => invoke('getRunbook', id),
    search: (...args) => invoke('search', ...args),
    syncNow: () => invoke('syncNow'),
    importBundleFromFolder: () => invoke('importBundleFromFolder'),
    openExternal: (url) => invoke('openExternal', url),
    getTheme: () => invoke('getTheme'),
    setTheme: (theme) => invoke('setTheme', theme),
    // Spread, so a call without a request sends no argument at all (not a null the schema would refuse).
    print: (...request) => invoke('print', ...request),
    saveAsPdf: (...request) => invoke('saveAsPdf', ...request),
    getNow: () => invoke('getNow'),
    getEscalation: (target, severity) => invoke('getEscalation', target, severity),
    getEscalations: (requests) => invoke('getEscalations', requests),
    getVendorHours: (vendorId) => invoke('getVendorHours', vendorId),
    startIncident: (target, severity) => invoke('startIncident', target, severity),
    listIncidents: () => invoke('listIncidents'),
    getIncident: (id) => invoke('getIncident', id),
    setIncidentStep: (id, stepId, checked) => invoke('setIncidentStep', id, stepId, checked),
    setIncidentCaseNumber: (id, vendorId, caseNumber) => invoke('setIncidentCaseNumber', id, vendorId, caseNumber),
    addIncidentNote: (id, text) => invoke('addIncidentNote', id, text),
    closeIncident: (id) => invoke('closeIncident', id),
    exportIncident: (id, format) => invoke('exportIncident', id, format),
    saveIncidentExport: (id, format) => invoke('saveIncidentExport', id, format),
    ...eventMethods(subscribe),
  };
}

/** Every event of the contract once: the type refuses a missing or unknown one. */
const EVENTS: { [E in EventChannel]: EventMethodName<E> } = {
  statusChanged: 'onStatusChanged',
  syncProgress: 'onSyncProgress',
  navigate: 'onNavigate',
  menuCommand: 'onMenuCommand',
};

type Subscribe = <E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void) => () => void;

function eventMethods(subscribe: Subscribe): EventMethods {
  const entries = (Object.keys(EVENTS) as EventChannel[]).map((event) => [
    EVENTS[event],
    (listener: (payload: EventContract[EventChannel]) => void) => subscribe(event, listener),
  ]);
  // One entry per EventChannel with its derived name, which is what EventMethods lists.
  return Object.fromEntries(entries) as EventMethods;
}
