// The home screen's slot above search: incidents still open, one click from continuing them.
import { RouteLink } from '../../components/RouteLink.tsx';
import { IncidentRow } from './IncidentList.tsx';
import { useIncidentList } from './useIncidentList.ts';

export function OpenIncidents() {
  const result = useIncidentList();
  const open = result?.ok ? result.value.incidents.filter((i) => i.open) : [];
  if (open.length === 0) return null;
  return (
    <section className="open-incidents" aria-labelledby="open-incidents-heading">
      {/* Not a heading: the home screen's first heading stays its own. */}
      <p id="open-incidents-heading" className="small-heading">
        <strong>OPEN INCIDENTS ({open.length})</strong>
      </p>
      <ul className="incident-list">
        {open.map((incident) => (
          <IncidentRow key={incident.id} incident={incident} />
        ))}
      </ul>
      <RouteLink to={{ screen: 'incidents' }}>All incidents</RouteLink>
    </section>
  );
}
