// What item pages need besides their item (title, version, severity scale, contact age limit): loading,
// failure, nothing installed, or the facts. Items themselves come from the per-item getters.
import type { ReactNode } from 'react';
import type { BundleInfo } from '../../../preload/contract.ts';
import { useBundleInfo } from '../data/items.ts';
import { Loaded, NothingInstalled } from './Loaded.tsx';

/** Title, version, severity scale and contact age limit: what item pages need besides the item. */
export function WithBundleInfo({ children }: { children: (info: BundleInfo) => ReactNode }) {
  return (
    <Loaded answer={useBundleInfo()} what="the support plans">
      {(info) => (info === null ? <NothingInstalled /> : children(info))}
    </Loaded>
  );
}
