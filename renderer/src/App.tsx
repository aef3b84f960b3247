// The first screen: status bar on top, vendors A–Z below; routes from deep links and menu commands.
import { useRef, useState } from 'react';
import type { Route } from '../../preload/contract.ts';
import { useLifelineData } from './hooks/useLifelineData.ts';
import { useRouting } from './hooks/useRouting.ts';
import { useTheme } from './hooks/useTheme.ts';
import { Content } from './Content.tsx';
import { StatusBar } from './status/StatusBar.tsx';
import { PrintScreen } from './features/print/PrintScreen.tsx';
import { usePrintRoute } from './features/print/usePrintRoute.ts';

export function App() {
  const data = useLifelineData();
  const { toggle } = useTheme();
  const filterRef = useRef<HTMLInputElement | null>(null);
  const [filter, setFilter] = useState('');
  const [route, setRoute] = useState<Route>({ screen: 'vendors' });
  const [notice, setNotice] = useState<string | null>(null);
  const { highlighted, missingVendor } = useRouting({ bundle: data.bundle, filterRef, setFilter, setRoute, toggleTheme: toggle, onNotice: setNotice });
  const printRoute = usePrintRoute();
  if (printRoute) return <PrintScreen route={printRoute} bundle={data.bundle} status={data.status} loadError={data.loadError} />;

  return (
    <>
      <a className="skip-link" href="#content">
        Skip to vendors
      </a>
      <StatusBar status={data.status} appInfo={data.appInfo} sync={data.sync} onSync={data.syncNow} onToggleTheme={toggle} />
      <main id="content" tabIndex={-1}>
        {notice && (
          <p className="flag flag-warn" role="alert" data-testid="notice">
            {notice}
          </p>
        )}
        {missingVendor && (
          <p className="flag flag-warn" role="alert" data-testid="missing-vendor">
            No vendor with id “{missingVendor}” in this bundle.
          </p>
        )}
        {data.loadError && (
          <p className="flag flag-warn" role="alert">
            {data.loadError}
          </p>
        )}
        <Content
          route={route}
          onBack={() => setRoute({ screen: 'vendors' })}
          bundle={data.bundle}
          filter={filter}
          onFilter={setFilter}
          filterRef={filterRef}
          highlighted={highlighted}
        />
      </main>
    </>
  );
}
