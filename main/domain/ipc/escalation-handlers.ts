// The clock and escalation operations of the contract: plans, deadlines and hours, all on main's clock.
import type { Bundle } from '../../model/bundle.ts';
import type { LifelineCore } from '../../model/status.ts';
import type { Clock } from '../escalation/clock.ts';
import { hoursState } from '../escalation/hours-state.ts';
import { lookupEscalation } from '../escalation/plan.ts';
import type { HandlerTable } from './handler-table.ts';
import { ipcFailure } from '../../model/errors.ts';

export interface EscalationHandlerDeps {
  core: LifelineCore;
  clock: Clock;
}

type EscalationChannels = 'getNow' | 'getEscalation' | 'getEscalations' | 'getVendorHours';

export async function activeBundle(core: LifelineCore): Promise<Bundle> {
  const bundle = await core.bundle();
  if (!bundle) throw ipcFailure('not-found', 'No verified bundle is installed yet: sync or import one first');
  return bundle;
}

export function createEscalationHandlers(deps: EscalationHandlerDeps): Pick<HandlerTable, EscalationChannels> {
  return {
    getNow: async () => ({ now: deps.clock.now().toISOString() }),
    getEscalation: async (target, severity) =>
      lookupEscalation(await activeBundle(deps.core), target, severity ?? undefined, deps.clock.now().getTime()),
    getEscalations: async (requests) => {
      const bundle = await activeBundle(deps.core);
      const now = deps.clock.now().getTime();
      return requests.map(([target, severity]) => lookupEscalation(bundle, target, severity, now));
    },
    getVendorHours: async (vendorId) => {
      const vendor = (await activeBundle(deps.core)).vendors.find((v) => v.id === vendorId);
      if (!vendor) throw ipcFailure('not-found', `No vendor "${vendorId}" in the installed bundle`);
      const now = deps.clock.now().getTime();
      return {
        now: new Date(now).toISOString(),
        vendor: hoursState(vendor.hours, now),
        channels: vendor.channels.map((c) => hoursState(c.hours, now)),
      };
    },
  };
}
