// The last update's changes grouped for reading: phone numbers first (a number that moved matters
// before dialling), then vendors, services and contacts, each added / removed / changed.
import type { BundleChanges } from '../../../preload/contract.ts';

export type ChangeKind = 'phone' | 'vendor' | 'service' | 'contact';
export interface ChangeLine {
  kind: ChangeKind;
  id: string;
  label: string;
  change: 'added' | 'removed' | 'changed';
  from?: string | undefined;
  to?: string | undefined;
}

export const KIND_ORDER: ChangeKind[] = ['phone', 'vendor', 'service', 'contact'];
const CHANGE_ORDER = { changed: 0, added: 1, removed: 2 } as const;
const PART = { phone: 'phones', vendor: 'vendors', service: 'services', contact: 'contacts' } as const;

/** Lines from `details` when main sent them, else from the id lists (older status: no old/new values). */
export function changeLines(changes: BundleChanges): ChangeLine[] {
  const lines: ChangeLine[] = changes.details?.length
    ? changes.details.map((d) => ({ kind: d.kind, id: d.id, label: d.label, change: d.change, from: d.from, to: d.to }))
    : KIND_ORDER.flatMap((kind) => {
        const part = changes[PART[kind]];
        return (['changed', 'added', 'removed'] as const).flatMap((change) => part[change].map((id) => ({ kind, id, label: id, change })));
      });
  return lines.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]);
}

/** "northwind@8": the update the panel is about, for remembering its dismissal. */
export function updateKeyOf(bundleId: string | null, changes: BundleChanges | null): string | null {
  if (!bundleId || !changes || changes.fromVersion === null) return null;
  return `${bundleId}@${changes.toVersion}`;
}
