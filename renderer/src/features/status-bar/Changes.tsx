// What the last update changed, phone numbers first: a number that moved is worth knowing before dialling.
import type { BundleChanges } from '../../../../preload/contract.ts';
import { updateKeyOf } from '../../domain/changes.ts';
import { useDismissed } from './changes-dismissal.ts';

function count(part: { added: string[]; removed: string[]; changed: string[] }): number {
  return part.added.length + part.removed.length + part.changed.length;
}

export function Changes({ changes, bundleId }: { changes: BundleChanges | null; bundleId: string | null }) {
  const dismissed = useDismissed(updateKeyOf(bundleId, changes));
  if (!changes || changes.fromVersion === null || dismissed) return null;
  const phones = [
    ...changes.phones.changed.map((p) => `${p} changed`),
    ...changes.phones.added.map((p) => `${p} added`),
    ...changes.phones.removed.map((p) => `${p} removed`),
  ];
  const others = [
    ['vendor', count(changes.vendors)],
    ['service', count(changes.services)],
    ['contact', count(changes.contacts)],
  ] as const;
  const summary = others.filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  if (phones.length === 0 && summary.length === 0) return null;
  return (
    <p className="flag flag-info" data-testid="changes">
      <strong>
        Updated v{changes.fromVersion} → v{changes.toVersion}
      </strong>
      {phones.length > 0 && <> Phone numbers: {phones.join('; ')}.</>}
      {summary.length > 0 && <> Changed: {summary.join(', ')}.</>}{' '}
      <button type="button" className="link-button" onClick={showPanel}>
        What changed
      </button>
    </p>
  );
}

/** The panel sits at the top of the screen below the bar; bring it into view and move focus to it. */
function showPanel(): void {
  const panel = document.getElementById('what-changed');
  panel?.scrollIntoView({ block: 'start' });
  panel?.focus({ preventScroll: true });
}
