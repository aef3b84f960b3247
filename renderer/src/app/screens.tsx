// THE ROUTE TABLE: every route of the contract's Route union and the screen that shows it. The type
// makes a new route fail to compile until it has a screen here. One line per screen: owners edit
// their own line and their own features/<screen>/ folder.
import type { ReactNode } from 'react';
import type { Route } from '../../../preload/contract.ts';
import { EscalateScreen } from '../features/escalate/EscalateScreen.tsx';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { IncidentsScreen } from '../features/incidents/IncidentsScreen.tsx';
import { PrintPage } from '../features/print/PrintPage.tsx';
import { RunbookPage } from '../features/runbook-page/RunbookPage.tsx';
import { SearchScreen } from '../features/search/SearchScreen.tsx';
import { ServicePage } from '../features/service-page/ServicePage.tsx';
import { VendorPage } from '../features/vendor-page/VendorPage.tsx';

type Screen = Route['screen'];
type RouteOf<S extends Screen> = Extract<Route, { screen: S }>;

interface ScreenEntry<S extends Screen> {
  render: (route: RouteOf<S>) => ReactNode;
  /** 'app': status bar, skip link and notices around the screen; 'sheet': the page alone (print). */
  frame: 'app' | 'sheet';
  /** Where focus goes on arrival (a CSS selector inside main); default: the first h1/h2. */
  focus?: string;
}

export const screens: { [S in Screen]: ScreenEntry<S> } = {
  home: { render: () => <HomeScreen />, frame: 'app' },
  vendors: { render: () => <HomeScreen />, frame: 'app', focus: '#vendors-heading' },
  vendor: { render: (route) => <VendorPage route={route} />, frame: 'app' },
  service: { render: (route) => <ServicePage route={route} />, frame: 'app' },
  runbook: { render: (route) => <RunbookPage route={route} />, frame: 'app' },
  escalate: { render: (route) => <EscalateScreen route={route} />, frame: 'app' },
  search: { render: (route) => <SearchScreen route={route} />, frame: 'app', focus: '#search-box' },
  incidents: { render: (route) => <IncidentsScreen route={route} />, frame: 'app' },
  incident: { render: (route) => <IncidentsScreen route={route} />, frame: 'app' },
  'print-vendor': { render: (route) => <PrintPage route={route} />, frame: 'sheet' },
  'print-service': { render: (route) => <PrintPage route={route} />, frame: 'sheet' },
  'print-all': { render: (route) => <PrintPage route={route} />, frame: 'sheet' },
  'print-wallet': { render: (route) => <PrintPage route={route} />, frame: 'sheet' },
  'print-incident': { render: (route) => <PrintPage route={route} />, frame: 'sheet' },
};

export function entryFor<S extends Screen>(route: RouteOf<S>): ScreenEntry<S> {
  return screens[route.screen];
}
