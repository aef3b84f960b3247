// #/incidents lists every incident (open first); #/incidents/<id> continues one.
import type { Route } from '../../../../preload/contract.ts';
import { IncidentList } from './IncidentList.tsx';
import { IncidentPage } from './IncidentPage.tsx';

type IncidentRoute = Extract<Route, { screen: 'incidents' | 'incident' }>;

export function IncidentsScreen({ route }: { route: IncidentRoute }) {
  return route.screen === 'incident' ? <IncidentPage key={route.id} id={route.id} /> : <IncidentList />;
}
