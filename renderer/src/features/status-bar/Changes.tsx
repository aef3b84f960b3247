// What the last update changed, phone numbers first: a number that moved is worth knowing before dialling.
import type { BundleChanges } from '../../../../preload/contract.ts';

function count(part: { added: string[]; removed: string[]; changed: string[] }): number {
  return part.added.length + part.removed.length + part.changed.length;
}

export function Changes({ changes }: { changes: BundleChanges | null }) {
  if (!changes || changes.fromVersion === null) return null;
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
      {summary.length > 0 && <> Changed: {summary.join(', ')}.</>}
    </p>
  );
}
