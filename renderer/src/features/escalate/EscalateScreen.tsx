// #/escalate/<service or vendor id>?severity=<id>: asks for a severity when it is missing or unknown,
// says so for an unknown target, otherwise walks through the plan (see Runbook).
import { useMemo } from 'react';
import type { EscalationLookup, Result, Route } from '../../../../preload/contract.ts';
import { describeError, lifeline } from '../../data/bridge.ts';
import { usePolled } from '../../data/usePolled.ts';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { EscalationSheetBar } from '../print/SheetBar.tsx';
import { Runbook } from './Runbook.tsx';
import { SeverityPicker } from './SeverityPicker.tsx';
import { useIncidentRunner } from './useIncidentRunner.ts';

type EscalateRoute = Extract<Route, { screen: 'escalate' }>;

/** "If opened now" moves with the clock: main recomputes it this often. */
const REFRESH_MS = 30_000;

function useLookup(target: string, severity: string | undefined): Result<EscalationLookup> | undefined {
  return usePolled(`${target}?${severity ?? ''}`, () => lifeline().getEscalation(target, severity ?? null), REFRESH_MS);
}

function PlanRunbook({ lookup, route }: { lookup: Extract<EscalationLookup, { status: 'plan' }>; route: EscalateRoute }) {
  const startWith = useMemo(() => ({ target: route.target, severity: lookup.plan.severity.id }), [route.target, lookup.plan.severity.id]);
  const runner = useIncidentRunner(null, startWith);
  // Once an incident runs, the screen shows the plan it was started with.
  return (
    <>
      <EscalationSheetBar target={route.target} severity={lookup.plan.severity.id} />
      <Runbook plan={runner.incident?.plan ?? lookup.plan} ifOpenedNow={lookup.ifOpenedNow} runner={runner} />
    </>
  );
}

export function EscalateScreen({ route }: { route: EscalateRoute }) {
  const result = useLookup(route.target, route.severity);
  if (result === undefined) return <p className="loading">Loading the escalation plan…</p>;
  if (!result.ok) {
    return (
      <p className="flag flag-warn" role="alert">
        Could not load the escalation plan: {describeError(result.error)}
      </p>
    );
  }
  const lookup = result.value;
  if (lookup.status === 'unknown-target') return <NotInBundle kind="service or vendor" id={lookup.target} />;
  if (lookup.status === 'choose-severity')
    return <SeverityPicker target={lookup.target} severities={lookup.severities} unknownSeverity={lookup.unknownSeverity} />;
  return <PlanRunbook key={`${route.target}/${lookup.plan.severity.id}`} lookup={lookup} route={route} />;
}
