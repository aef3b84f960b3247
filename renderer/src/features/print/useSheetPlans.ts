// The escalation plans a sheet prints, from main's getEscalation (one rule for matching severities,
// allowed channels and stale contacts, on main's clock), keyed "<target>/<severity>".
import { useEffect, useState } from 'react';
import type { EscalationPlan } from '../../../../preload/contract.ts';
import { lifeline } from '../../data/bridge.ts';
import { describeError } from '../../data/results.ts';
import { useBundleKey } from '../../data/usePolled.ts';

export interface PlanRequest {
  target: string;
  severity: string;
}

export type PlanTable = ReadonlyMap<string, EscalationPlan>;
export const planKey = (target: string, severity: string) => `${target}/${severity}`;

export interface SheetPlans {
  /** undefined while loading. */
  plans: PlanTable | undefined;
  error: string | null;
}

export function useSheetPlans(requests: PlanRequest[] | null): SheetPlans {
  // Tagged with the requests it answers, so a new route never shows the last route's plans.
  const [state, setState] = useState<SheetPlans & { for: string | null }>({ for: null, plans: undefined, error: null });
  const wanted = requests ? requests.map((r) => planKey(r.target, r.severity)).join('|') : null;
  const bundle = useBundleKey();
  useEffect(() => {
    if (wanted === null) return;
    let live = true;
    const keys = wanted === '' ? [] : wanted.split('|');
    Promise.all(
      keys.map(async (key) => {
        const [target = '', severity = ''] = key.split('/');
        const result = await lifeline().getEscalation(target, severity);
        if (!result.ok) throw new Error(describeError(result.error));
        const lookup = result.value;
        if (lookup.status !== 'plan') throw new Error(`No escalation plan for ${target} at ${severity} (${lookup.status})`);
        return [key, lookup.plan] as const;
      }),
    ).then(
      (entries) => live && setState({ for: wanted, plans: new Map(entries), error: null }),
      (error: unknown) =>
        live &&
        setState({
          for: wanted,
          plans: undefined,
          error: `Could not load the escalation plans: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return () => {
      live = false;
    };
  }, [wanted, bundle]);
  return state.for === wanted && wanted !== null ? state : { plans: undefined, error: null };
}
