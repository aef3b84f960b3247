// What the main area shows for a route: the vendors list, a plain loading line, an empty state, or "coming soon".
import type { RefObject } from 'react';
import type { Bundle, Route } from '../../preload/contract.ts';
import { VendorsScreen } from './vendors/VendorsScreen.tsx';

interface Props {
  route: Route;
  onBack: () => void;
  bundle: Bundle | null | undefined;
  filter: string;
  onFilter: (value: string) => void;
  filterRef: RefObject<HTMLInputElement | null>;
  highlighted: string | null;
}

export function Content({ route, onBack, bundle, filter, onFilter, filterRef, highlighted }: Props) {
  if (route.screen === 'escalate') {
    return (
      <section className="notice" aria-labelledby="soon-heading">
        <h2 id="soon-heading">Escalation screen coming soon</h2>
        <p>
          A link asked for the escalation path of <strong>{route.target}</strong>
          {route.severity ? <> at severity <strong>{route.severity}</strong></> : null}. That screen is not built yet; the
          vendors, their phone lines and response times are below.
        </p>
        <button type="button" onClick={onBack}>
          Back to vendors
        </button>
      </section>
    );
  }
  if (bundle === undefined) return <p className="loading">Loading…</p>;
  if (bundle === null) {
    return (
      <section className="empty" aria-labelledby="empty-heading">
        <h2 id="empty-heading">No support plans installed</h2>
        <p>Nothing has been verified on this machine yet. Use Sync now, or import a bundle from a folder (File menu).</p>
      </section>
    );
  }
  return <VendorsScreen bundle={bundle} filter={filter} onFilter={onFilter} filterRef={filterRef} highlighted={highlighted} />;
}
