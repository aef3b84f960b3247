// The escalation plans a sheet prints, from main's getEscalation (one rule for matching severities,
// allowed channels and stale contacts, on main's clock), keyed "<target>/<severity>".
import { useEffect, useState } from 'react';
import type { EscalationPlan, MAX_ESCALATIONS_PER_CALL } from '../../../../preload/contract.ts';
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

/** The contract's MAX_ESCALATIONS_PER_CALL (checked by the type): a binder asks in a few calls, not hundreds. */
const PLANS_PER_CALL: typeof MAX_ESCALATIONS_PER_CALL = 250;

async function loadPlans(keys: string[]): Promise<(readonly [string, EscalationPlan])[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += PLANS_PER_CALL) chunks.push(keys.slice(i, i + PLANS_PER_CALL));
  const answers = await Promise.all(
    chunks.map(async (chunk) => {
      const pairs = chunk.map((key) => {
        const [target = '', severity = ''] = key.split('/');
        return [target, severity] as [string, string];
      });
      const result = await lifeline().getEscalations(pairs);
      if (!result.ok) throw new Error(describeError(result.error));
      return result.value.map((lookup, i) => {
        const [target, severity] = pairs[i] ?? ['', ''];
        if (lookup.status !== 'plan') throw new Error(`No escalation plan for ${target} at ${severity} (${lookup.status})`);
        return [chunk[i] ?? '', lookup.plan] as const;
      });
    }),
  );
  return answers.flat();
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
    loadPlans(keys).then(
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
