// The window: status bar on top, then the screen the address names (see screens.tsx), with notices
// (a link main refused, a failed print) above it. Print sheets render alone.
import { useEffect, useState, type MouseEvent } from 'react';
import { useLifelineStatus } from '../data/LifelineStatus.tsx';
import { useVisit } from '../data/navigation.ts';
import { onProblem, reportProblem } from '../data/problems.ts';
import { StatusBar } from '../features/status-bar/StatusBar.tsx';
import { WhatChanged } from '../features/status-bar/WhatChanged.tsx';
import { UnknownAddress } from './UnknownAddress.tsx';
import { entryFor } from './screens.tsx';
import { useArrivalFocus } from './useArrivalFocus.ts';
import { useMenuCommands } from './useMenuCommands.ts';
import { useShortcuts } from './useShortcuts.ts';
import { useTheme } from './useTheme.ts';

export function App() {
  const { status, appInfo, statusError, sync, syncNow } = useLifelineStatus();
  const { toggle } = useTheme();
  const current = useVisit();
  const [problem, setProblem] = useState<string | null>(null);
  const entry = current.route ? entryFor(current.route) : null;
  useShortcuts();
  useMenuCommands(toggle);
  useArrivalFocus(current, entry?.focus);
  useEffect(() => onProblem(setProblem), []);
  useEffect(() => reportProblem(null), [current.visit]); // a notice belongs to the screen it was raised on

  const screen = current.route && entry ? entry.render(current.route) : <UnknownAddress />;
  if (entry?.frame === 'sheet') return screen; // the sheet is the whole page: no bar, no main's margins
  return (
    <>
      <a className="skip-link" href="#content" onClick={skipToContent}>
        Skip to vendors
      </a>
      <StatusBar status={status} appInfo={appInfo} sync={sync} onSync={syncNow} onToggleTheme={toggle} />
      {/* outside main: the first heading of main stays the screen's title */}
      <WhatChanged status={status} />
      <main id="content" tabIndex={-1}>
        {problem && (
          <p className="flag flag-warn" role="alert" data-testid="notice">
            {problem}
          </p>
        )}
        {statusError && (
          <p className="flag flag-warn" role="alert">
            {statusError}
          </p>
        )}
        {screen}
      </main>
    </>
  );
}

/** The skip link must not change the address (that is the router): move focus instead. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('content')?.focus();
}
