// The handler table behind the contract: one async function per invoke channel, effects injected,
// so Electron (main/desktop) and the preview host (main/preview) serve the very same operations.
import type { AppInfo, EventChannel, EventContract, PdfSaved, PrintRequest } from '../../../preload/contract.ts';
import { systemClock, type Clock } from '../escalation/clock.ts';
import type { LifelineCore } from '../../model/status.ts';
import type { Bundle } from '../../model/bundle.ts';
import { bundleInfo, findRunbook, findService, findVendor, vendorSummaries } from '../../model/lookup.ts';
import { empty } from '../search/engine.ts';
import { boundQuery } from '../search/query-plan.ts';
import { scanBundle } from '../search/scan.ts';
import type { SearchOptions, SearchResults } from '../../model/search.ts';
import { checkExternalUrl } from '../security/external-url.ts';
import { createEscalationHandlers } from './escalation-handlers.ts';
import { createIncidentHandlers, type IncidentHandlerDeps } from './incident-handlers.ts';
import type { ThemeStore } from '../config/user-settings.ts';
import type { HandlerTable } from './handler-table.ts';
import { isLifelineError, ipcFailure } from '../../model/errors.ts';
import { messageOf } from '../../model/thrown.ts';

export type EmitEvent = <E extends EventChannel>(event: E, payload: EventContract[E]) => void;

export interface HandlerDeps {
  core: LifelineCore;
  theme: ThemeStore;
  appInfo: () => AppInfo;
  /** Receives only URLs that passed the https/mailto/tel allowlist, in normalised form. */
  openExternal: (url: string) => Promise<void>;
  /** A main-side folder picker: the renderer never supplies paths. Null when cancelled. */
  pickFolder: () => Promise<string | null>;
  /** The window's current page (the renderer shows the sheet first) on the paper asked for. */
  print: (request?: PrintRequest) => Promise<{ printed: boolean }>;
  /** Asks for a destination main-side (named after the sheet) and writes the PDF durably. Null when cancelled. */
  saveAsPdf: (request?: PrintRequest) => Promise<PdfSaved | null>;
  /** The search service (worker-backed index); without it, search scans the active bundle. */
  search?: { search(query: string, options?: SearchOptions): Promise<SearchResults> };
  /** Pushes events to the renderer (sync progress); optional for hosts without events. */
  emit?: EmitEvent;
  /** Main's one clock for deadlines and incidents; the system clock unless a host starts it elsewhere. */
  clock?: Clock;
  /** The incidents store under the state directory, and how exports are saved on this host. */
  incidents?: Pick<IncidentHandlerDeps, 'store' | 'saveExport'>;
}

function noIncidents(): IncidentHandlerDeps['store'] {
  const refuse = () => Promise.reject(ipcFailure('unsupported', 'Incidents are not available on this host'));
  return { dir: '', list: refuse, read: refuse, start: refuse, append: refuse };
}

/** Sync and import failures are the user's situation (no root, unreadable folder), not a bug: `failed`. */
async function asFailed<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isLifelineError(error, 'ipc')) throw error;
    throw ipcFailure('failed', messageOf(error));
  }
}

/** Looks one item up in the active bundle; a missing bundle or id is `not-found`, never null. */
function itemGetter<T>(core: LifelineCore, kind: string, find: (bundle: Bundle, id: string) => T | null) {
  return async (id: string): Promise<T> => {
    const bundle = await core.bundle();
    if (!bundle) throw ipcFailure('not-found', `No support plans are installed, so there is no ${kind} "${id}"`);
    const item = find(bundle, id);
    if (item === null) throw ipcFailure('not-found', `There is no ${kind} "${id}" in ${bundle.title} (version ${bundle.version})`);
    return item;
  };
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const emit: EmitEvent = deps.emit ?? (() => undefined);
  return {
    getAppInfo: async () => deps.appInfo(),
    getStatus: () => deps.core.status(),
    getBundle: () => deps.core.bundle(),
    getBundleInfo: async () => {
      const bundle = await deps.core.bundle();
      return bundle ? bundleInfo(bundle) : null;
    },
    listVendors: async () => {
      const bundle = await deps.core.bundle();
      return bundle ? vendorSummaries(bundle) : [];
    },
    getVendor: itemGetter(deps.core, 'vendor', findVendor),
    getService: itemGetter(deps.core, 'service', findService),
    getRunbook: itemGetter(deps.core, 'runbook', findRunbook),
    search: async (...[query, options]) => {
      if (deps.search) return deps.search.search(query, options);
      const bundle = await deps.core.bundle();
      return bundle ? scanBundle(bundle, query, options) : empty(boundQuery(query), 'scan');
    },
    syncNow: async () => {
      emit('syncProgress', { phase: 'started', source: null });
      try {
        const outcome = await asFailed(deps.core.syncNow());
        emit('syncProgress', { phase: 'finished', source: outcome.status.lastAttempt?.source ?? null });
        return outcome;
      } catch (error) {
        emit('syncProgress', { phase: 'finished', source: null });
        throw error;
      }
    },
    importBundleFromFolder: async () => {
      const dir = await deps.pickFolder();
      if (dir === null) return null;
      return asFailed(deps.core.importFromDirectory(dir));
    },
    openExternal: async (raw) => {
      const checked = checkExternalUrl(raw);
      if (!checked.ok) throw ipcFailure('unsupported', checked.error);
      await deps.openExternal(checked.value);
    },
    getTheme: async () => deps.theme.getTheme(),
    setTheme: async (theme) => deps.theme.setTheme(theme),
    print: (request) => deps.print(request),
    saveAsPdf: (request) => deps.saveAsPdf(request),
    ...createEscalationHandlers({ core: deps.core, clock: deps.clock ?? systemClock }),
    ...createIncidentHandlers({
      core: deps.core,
      clock: deps.clock ?? systemClock,
      store: deps.incidents?.store ?? noIncidents(),
      saveExport: deps.incidents?.saveExport ?? (async (filename, text) => ({ saved: 'text', filename, text })),
    }),
  };
}
