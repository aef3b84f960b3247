// A read that moves with main's clock: loaded on mount, every `refreshMs`, and at once when a sync
// installs another bundle. The last answer stays on screen while the next one loads.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Result } from '../../../preload/contract.ts';
import { currentBundleKey, subscribeQueries } from './query-cache.ts';
import { settle } from './results.ts';

/** The active bundle ("<id>@<version>"), re-rendering when a sync changes it. */
export function useBundleKey(): string | null {
  return useSyncExternalStore(subscribeQueries, currentBundleKey);
}

/** `key` names what `load` reads (operation and arguments): a new key shows nothing until its answer. */
export function usePolled<T>(key: string, load: () => Promise<Result<T>>, refreshMs: number): Result<T> | undefined {
  const bundle = useBundleKey();
  const [state, setState] = useState<{ key: string; value: Result<T> } | undefined>();
  useEffect(() => {
    let live = true;
    const run = () => void settle(load).then((value) => live && setState({ key, value }));
    run();
    const timer = window.setInterval(run, refreshMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
    // The key identifies the load function; a new closure for the same key is the same read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, bundle, refreshMs]);
  return state?.key === key ? state.value : undefined;
}
