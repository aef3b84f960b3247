// The incident behind an escalation screen: started on "Start incident" (or the first check-off), then
// every check-off and case number goes to main, one at a time, and the screen shows main's answer.
import { useCallback, useRef, useState } from 'react';
import type { IncidentView, Result, StepState } from '../../../../preload/contract.ts';
import { describeError, lifeline, settle } from '../../data/bridge.ts';

export interface IncidentRunner {
  incident: IncidentView | null;
  /** The incident's step states, with check-offs still on their way to main shown as made. */
  steps: Record<string, StepState>;
  error: string | null;
  busy: boolean;
  start(): Promise<IncidentView | null>;
  setStep: (stepId: string, checked: boolean) => void;
  setCaseNumber: (vendorId: string, caseNumber: string) => void;
  /** Replaces the incident shown (after a note, a close). */
  show: (view: IncidentView) => void;
}

export function useIncidentRunner(initial: IncidentView | null, startWith: { target: string; severity: string } | null): IncidentRunner {
  const [incident, setIncident] = useState<IncidentView | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const current = useRef<IncidentView | null>(initial);

  const apply = useCallback((result: Result<IncidentView>): IncidentView | null => {
    if (!result.ok) {
      setError(describeError(result.error));
      return null;
    }
    setError(null);
    current.current = result.value;
    setIncident(result.value);
    return result.value;
  }, []);

  /** Runs one change after the previous one finished, so entries reach main in the order they were made. */
  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(work, work);
    queue.current = run.catch(() => undefined);
    setBusy(true);
    void run.finally(() => setBusy(false));
    return run;
  }, []);

  const ensure = useCallback(async (): Promise<IncidentView | null> => {
    if (current.current) return current.current;
    if (!startWith) return null;
    return apply(await settle(() => lifeline().startIncident(startWith.target, startWith.severity)));
  }, [apply, startWith]);

  const steps: Record<string, StepState> = { ...incident?.steps };
  for (const [id, checked] of Object.entries(pending)) steps[id] = { checked, at: steps[id]?.at ?? null };

  return {
    incident,
    steps,
    error,
    busy,
    start: () => enqueue(ensure),
    setStep: (stepId, checked) => {
      setPending((p) => ({ ...p, [stepId]: checked }));
      void enqueue(async () => {
        const view = await ensure();
        if (view) apply(await settle(() => lifeline().setIncidentStep(view.id, stepId, checked)));
      }).finally(() =>
        setPending((p) => {
          const { [stepId]: _done, ...rest } = p;
          return rest;
        }),
      );
    },
    setCaseNumber: (vendorId, caseNumber) =>
      void enqueue(async () => {
        const view = await ensure();
        if (view) apply(await settle(() => lifeline().setIncidentCaseNumber(view.id, vendorId, caseNumber)));
      }),
    show: (view) => {
      current.current = view;
      setIncident(view);
    },
  };
}
