// An incident's timeline for the postmortem folder: what was done at each vendor and when, then every
// log entry in order with its place in the hash chain (the log `lifeline incident verify` checks).
import { useEffect, useState } from 'react';
import type { IncidentView, LocalStatus } from '../../../../preload/contract.ts';
import { describeError, lifeline } from '../../data/bridge.ts';
import { paperTime } from './print-format.ts';
import { SheetHeader } from './SheetHeader.tsx';
import { incidentSheetHash, type SheetBundle } from './sheet-content.ts';

type Entry = IncidentView['entries'][number];

function entryText(entry: Entry): string {
  switch (entry.kind) {
    case 'started':
      return `Started: ${entry.plan.target.name} at ${entry.plan.severity.name} (bundle ${entry.plan.bundle.id} v${entry.plan.bundle.version})`;
    case 'step':
      return `${entry.checked ? 'Done' : 'Undone'}: ${entry.label}`;
    case 'case-number':
      return `Case number at ${entry.vendorName}: ${entry.caseNumber || '(cleared)'}`;
    case 'note':
      return `Note: ${entry.text}`;
    case 'closed':
      return 'Closed';
  }
}

const when = (iso: string | null) => (iso ? paperTime(iso) : '—');

export function IncidentSheet({
  bundle,
  status,
  incident,
  printedAt,
}: {
  bundle: SheetBundle;
  status: LocalStatus | null;
  incident: IncidentView;
  printedAt: number;
}) {
  const hash = incidentSheetHash(incident);
  return (
    <article className="sheet incident-sheet" data-sheet="incident">
      <SheetHeader
        bundle={bundle}
        status={status}
        printedAt={printedAt}
        title={`Incident ${incident.id}: ${incident.target.name}, ${incident.severity.name}`}
        hash={hash}
        stamp={incident.bundle}
        qr={{ text: `lifeline://escalate/${incident.target.id}?severity=${incident.severity.id}`, caption: 'Escalation in Lifeline' }}
      />
      <p>
        Started {when(incident.startedAt)} · {incident.open ? 'still open' : `closed ${when(incident.closedAt)}`} · plan from bundle{' '}
        {incident.bundle.id} v{incident.bundle.version}
      </p>
      <section className="sheet-block">
        <h2>Vendors</h2>
        <table className="sheet-table">
          <thead>
            <tr>
              <th scope="col">Vendor</th>
              <th scope="col">Case number</th>
              <th scope="col">Case opened</th>
              <th scope="col">First response due</th>
              <th scope="col">First response</th>
            </tr>
          </thead>
          <tbody>
            {incident.vendors.map((timeline) => (
              <tr key={timeline.vendorId}>
                <td>{incident.plan.vendors.find((v) => v.id === timeline.vendorId)?.name ?? timeline.vendorId}</td>
                <td className="mono">{timeline.caseNumber ?? '—'}</td>
                <td>{when(timeline.caseOpenedAt)}</td>
                <td>{when(timeline.firstResponseDue)}</td>
                <td>{when(timeline.firstResponseAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="sheet-block">
        <h2>Log ({incident.entries.length} entries, hash-chained)</h2>
        <table className="sheet-table incident-log">
          <colgroup>
            <col className="col-seq" />
            <col className="col-at" />
            <col />
            <col className="col-hash" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">What</th>
              <th scope="col">Entry hash</th>
            </tr>
          </thead>
          <tbody>
            {incident.entries.map((entry) => (
              <tr key={entry.seq}>
                <td className="num">{entry.seq}</td>
                <td>{paperTime(entry.at)}</td>
                <td>{entryText(entry)}</td>
                <td className="mono">{entry.hash.slice(0, 12)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

/** Loads the incident from main; marked as still fitting until it has, so nothing prints half-loaded. */
export function IncidentSheetLoader({ id, ...rest }: { id: string; bundle: SheetBundle; status: LocalStatus | null; printedAt: number }) {
  const [state, setState] = useState<{ for: string; incident?: IncidentView; error?: string } | null>(null);
  useEffect(() => {
    let live = true;
    void lifeline()
      .getIncident(id)
      .then(
        (result) => live && setState(result.ok ? { for: id, incident: result.value } : { for: id, error: describeError(result.error) }),
      );
    return () => {
      live = false;
    };
  }, [id]);
  if (!state || state.for !== id)
    return (
      <p className="loading" data-fitting="true">
        Loading the incident…
      </p>
    );
  if (state.error || !state.incident) {
    return (
      <article className="sheet sheet-problem" role="alert">
        <h1>Nothing to print</h1>
        <p>
          Incident “{id}” could not be loaded: {state.error}
        </p>
      </article>
    );
  }
  return <IncidentSheet incident={state.incident} {...rest} />;
}
