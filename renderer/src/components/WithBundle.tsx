// Screens that need the whole bundle (the binder, the search fallback): loading, failure, nothing
// installed, or the bundle. Pages showing one item use the per-item getters instead.
import type { ReactNode } from 'react';
import type { Bundle, BundleInfo } from '../../../preload/contract.ts';
import { useBundleInfo } from '../data/items.ts';
import { useBundle } from '../data/useBundle.ts';
import { Loaded, NothingInstalled } from './Loaded.tsx';

export function WithBundle({ children }: { children: (bundle: Bundle) => ReactNode }) {
  return (
    <Loaded answer={useBundle()} what="the support plans">
      {(bundle) => (bundle === null ? <NothingInstalled /> : children(bundle))}
    </Loaded>
  );
}

/** Title, version, severity scale and contact age limit: what item pages need besides the item. */
export function WithBundleInfo({ children }: { children: (info: BundleInfo) => ReactNode }) {
  return (
    <Loaded answer={useBundleInfo()} what="the support plans">
      {(info) => (info === null ? <NothingInstalled /> : children(info))}
    </Loaded>
  );
}
