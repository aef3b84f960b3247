// #/incidents/<id>: continues one incident on the plan it was started with, with its notes, close,
// exports and the log itself.
import { useEffect, useState } from 'react';
import type { IncidentView, Result } from '../../../../preload/contract.ts';
import { describeError, lifeline, settle } from '../../data/bridge.ts';
import { useBundleKey } from '../../data/usePolled.ts';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { Runbook } from '../escalate/Runbook.tsx';
import { useIncidentRunner } from '../escalate/useIncidentRunner.ts';
import { IncidentSheetBar } from '../print/SheetBar.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { IncidentLog } from './IncidentLog.tsx';
import { NotesAndClose } from './NotesAndClose.tsx';

const REFRESH_MS = 30_000;

function Continue({ initial }: { initial: IncidentView }) {
  const runner = useIncidentRunner(initial, null);
  const { show } = runner;
  const active = useBundleKey();
  useEffect(() => {
    // A sync to other plans shows "plans updated" at once, not at the next refresh.
    if (active === null) return;
    let live = true;
    void settle(() => lifeline().getIncident(initial.id)).then((r) => live && r.ok && show(r.value));
    return () => {
      live = false;
    };
  }, [active, initial.id, show]);
  useEffect(() => {
    // Picks up "if opened now" as the clock moves, and changes made in another window.
    const timer = window.setInterval(() => {
      void settle(() => lifeline().getIncident(initial.id)).then((r) => r.ok && show(r.value));
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [initial.id, show]);
  const incident = runner.incident ?? initial;
  return (
    <>
      <IncidentSheetBar incident={incident} />
      <Runbook plan={incident.plan} ifOpenedNow={incident.ifOpenedNow} runner={runner} />
      <NotesAndClose incident={incident} onChange={show} />
      <ExportPanel incidentId={incident.id} />
      <IncidentLog incident={incident} />
    </>
  );
}

export function IncidentPage({ id }: { id: string }) {
  const [result, setResult] = useState<Result<IncidentView> | undefined>();
  useEffect(() => {
    let live = true;
    void settle(() => lifeline().getIncident(id)).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [id]);
  if (result === undefined) return <p className="loading">Loading the incident…</p>;
  if (!result.ok) {
    if (result.error.code === 'not-found' || result.error.code === 'bad-arguments') return <NotInBundle kind="incident" id={id} />;
    return (
      <section className="notice" aria-labelledby="incident-broken">
        <h2 id="incident-broken">Incident {id} cannot be read</h2>
        <p className="flag flag-warn">{describeError(result.error)}</p>
        <p>The other incidents are unaffected.</p>
      </section>
    );
  }
  return <Continue initial={result.value} />;
}
