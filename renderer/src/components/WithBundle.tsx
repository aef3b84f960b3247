// The states every bundle-backed screen shares: a plain loading line, a failed read (with its code),
// nothing installed yet, or the bundle itself. The last answer stays on screen while a newer loads.
import type { ReactNode } from 'react';
import type { Bundle } from '../../../preload/contract.ts';
import { describeError } from '../data/bridge.ts';
import { useBundle } from '../data/useBundle.ts';

export function WithBundle({ children }: { children: (bundle: Bundle) => ReactNode }) {
  const result = useBundle();
  if (result === undefined) return <p className="loading">Loading…</p>;
  if (!result.ok) {
    return (
      <p className="flag flag-warn" role="alert">
        Could not load the support plans: {describeError(result.error)}
      </p>
    );
  }
  if (result.value === null) return <NothingInstalled />;
  return <>{children(result.value)}</>;
}

function NothingInstalled() {
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No support plans installed</h2>
      <p>Nothing has been verified on this machine yet. Use Sync now, or import a bundle from a folder (File menu).</p>
    </section>
  );
}
