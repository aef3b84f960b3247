// The incident operations of the contract: start from the active bundle's plan, check off, log, close,
// export. Ids only: the store picks the files, and saving goes through a main-side adapter.
import type { Clock } from '../escalation/clock.ts';
import { lookupEscalation } from '../escalation/plan.ts';
import { exportIncident } from '../incidents/export.ts';
import type { IncidentStore } from '../incidents/store.ts';
import { foldIncident } from '../incidents/view.ts';
import type { EntryInput, IncidentView } from '../../model/incident.ts';
import type { LifelineCore } from '../../model/status.ts';
import type { ExportSaved } from '../../../preload/contract.ts';
import { activeBundle } from './escalation-handlers.ts';
import type { HandlerTable } from './handler-table.ts';
import { isLifelineError, ipcFailure } from '../../model/errors.ts';

export interface IncidentHandlerDeps {
  core: LifelineCore;
  clock: Clock;
  store: IncidentStore;
  /** Desktop: a save dialog and a durable write (null when cancelled). Preview host: hands the text back. */
  saveExport: (filename: string, text: string) => Promise<ExportSaved | null>;
}

type IncidentChannels =
  | 'startIncident'
  | 'listIncidents'
  | 'getIncident'
  | 'setIncidentStep'
  | 'setIncidentCaseNumber'
  | 'addIncidentNote'
  | 'closeIncident'
  | 'exportIncident'
  | 'saveIncidentExport';

const FAILURE_CODES = { 'not-found': 'not-found', corrupt: 'failed', closed: 'failed', invalid: 'bad-arguments' } as const;

async function storeCall<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isLifelineError(error, 'incident')) throw ipcFailure(FAILURE_CODES[error.detail.code], error.message);
    throw error;
  }
}

export function createIncidentHandlers(deps: IncidentHandlerDeps): Pick<HandlerTable, IncidentChannels> {
  const active = async () => {
    const bundle = await deps.core.bundle();
    return bundle ? { id: bundle.id, version: bundle.version } : null;
  };
  const view = async (id: string): Promise<IncidentView> =>
    foldIncident(await storeCall(deps.store.read(id)), await active(), deps.clock.now().getTime());
  const append = async (id: string, input: EntryInput): Promise<IncidentView> =>
    foldIncident(await storeCall(deps.store.append(id, input)), await active(), deps.clock.now().getTime());
  const planOf = async (id: string) => (await view(id)).plan;

  return {
    startIncident: async (target, severity) => {
      const lookup = lookupEscalation(await activeBundle(deps.core), target, severity, deps.clock.now().getTime());
      if (lookup.status === 'unknown-target') throw ipcFailure('not-found', `No service or vendor "${target}" in the installed bundle`);
      if (lookup.status !== 'plan') throw ipcFailure('bad-arguments', `"${severity}" is not a severity of the installed bundle`);
      return foldIncident(await storeCall(deps.store.start(lookup.plan)), await active(), deps.clock.now().getTime());
    },
    listIncidents: () => deps.store.list(),
    getIncident: view,
    setIncidentStep: async (id, stepId, checked) => {
      const step = (await planOf(id)).vendors.flatMap((v) => v.steps).find((s) => s.id === stepId);
      if (!step) throw ipcFailure('not-found', `No step "${stepId}" in incident ${id}`);
      return append(id, { kind: 'step', stepId, label: step.label, checked });
    },
    setIncidentCaseNumber: async (id, vendorId, caseNumber) => {
      const vendor = (await planOf(id)).vendors.find((v) => v.id === vendorId);
      if (!vendor) throw ipcFailure('not-found', `No vendor "${vendorId}" in incident ${id}`);
      return append(id, { kind: 'case-number', vendorId, vendorName: vendor.name, caseNumber: caseNumber.trim() });
    },
    addIncidentNote: (id, text) => append(id, { kind: 'note', text }),
    closeIncident: (id) => append(id, { kind: 'closed' }),
    exportIncident: async (id, format) => exportIncident(await view(id), format),
    saveIncidentExport: async (id, format) => {
      const { filename, text } = exportIncident(await view(id), format);
      return deps.saveExport(filename, text);
    },
  };
}
