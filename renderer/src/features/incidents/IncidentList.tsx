// All incidents, open first, each a link to continue it; files that could not be read are named.
import type { IncidentSummary } from '../../../../preload/contract.ts';
import { describeError } from '../../data/bridge.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { absoluteTime } from '../../domain/time.ts';
import { useIncidentList } from './useIncidentList.ts';

export function IncidentRow({ incident }: { incident: IncidentSummary }) {
  return (
    <li className={incident.open ? 'incident-row is-open' : 'incident-row'}>
      <strong className="incident-state">{incident.open ? 'OPEN' : 'CLOSED'}</strong>{' '}
      <RouteLink to={{ screen: 'incident', id: incident.id }}>
        {incident.target.name}: {incident.severity.name}
      </RouteLink>{' '}
      <span className="muted">
        ({incident.severity.id}) started {absoluteTime(incident.startedAt)}
        {incident.closedAt ? `, closed ${absoluteTime(incident.closedAt)}` : ''} · {incident.id}
      </span>
    </li>
  );
}

export function IncidentList() {
  const result = useIncidentList();
  return (
    <section className="incidents item-page" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents</h2>
      {result === undefined ? <p className="loading">Loading…</p> : null}
      {result && !result.ok ? <p className="flag flag-warn">Could not read the incidents: {describeError(result.error)}</p> : null}
      {result?.ok && result.value.incidents.length === 0 ? (
        <p>
          No incidents yet. Start one from a service or vendor's escalation: pick it on the{' '}
          <RouteLink to={{ screen: 'home' }}>home screen</RouteLink>.
        </p>
      ) : null}
      {result?.ok ? (
        <ul className="incident-list">
          {result.value.incidents.map((incident) => (
            <IncidentRow key={incident.id} incident={incident} />
          ))}
        </ul>
      ) : null}
      {result?.ok && result.value.problems.length > 0 ? (
        <div className="flag flag-warn" data-testid="incident-problems">
          <strong>UNREADABLE</strong> These incident files failed their checks and are not shown (the others are unaffected):
          <ul>
            {result.value.problems.map((p) => (
              <li key={p.file}>
                <span className="mono">{p.file}</span>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
