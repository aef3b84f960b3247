// #/incidents and #/incidents/<id>: incidents started from an escalation (being built).
import type { Route } from '../../../../preload/contract.ts';
import { RouteLink } from '../../components/RouteLink.tsx';

type IncidentRoute = Extract<Route, { screen: 'incidents' | 'incident' }>;

export function IncidentsScreen({ route }: { route: IncidentRoute }) {
  return (
    <section className="notice" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">{route.screen === 'incident' ? `Incident ${route.id}` : 'Incidents'}</h2>
      <p>
        Incidents are not recorded by this version yet. Start from a service or a vendor on the{' '}
        <RouteLink to={{ screen: 'home' }}>home screen</RouteLink>.
      </p>
    </section>
  );
}
